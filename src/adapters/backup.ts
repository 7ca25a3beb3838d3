/**
 * Timestamped copies of the database, made before every destructive step (a schema migration, an import
 * over existing data, `doctor --fix`). Named `<db>.<reason>-<UTC time>.bak` beside the database, so
 * `ls ~/.local/share/prep` shows them in order; a second backup in the same second gets `-2`, `-3`.
 */
import { existsSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';

/** `2026-03-01T09-00-00Z`: sortable, and no colons (which some file systems refuse). */
export const stamp = (now: Date): string => now.toISOString().slice(0, 19).replace(/:/g, '-') + 'Z';

export function backupPath(file: string, reason: string, now: Date, exists: (p: string) => boolean = existsSync): string {
  const base = `${file}.${reason}-${stamp(now)}`;
  for (let n = 1; ; n++) {
    const candidate = `${base}${n === 1 ? '' : `-${n}`}.bak`;
    if (!exists(candidate)) return candidate;
  }
}

/** Copy the open database (a consistent snapshot, WAL included) and return where it went. */
export async function backupDatabase(db: BetterSqlite3.Database, file: string, reason: string, now: Date): Promise<string> {
  const dest = backupPath(file, reason, now);
  await db.backup(dest);
  return dest;
}
