/**
 * `prep doctor`: turn what was read (database facts, bank lint counts, config) into checks with a status
 * and a fix. `problem` makes the exit code 1; `note` is worth knowing but healthy. Pure.
 */

export type CheckStatus = 'ok' | 'note' | 'problem';

export interface Check {
  id: string;
  status: CheckStatus;
  message: string;
  hint?: string;
  /** Repaired by this `--fix` run. */
  fixed?: boolean;
}

export interface DbInput {
  exists: boolean;
  refused?: string;
  schema?: number;
  quickCheck?: string[];
  journalMode?: string;
  walBytes?: number;
  /** Item cards whose item is in no bank (null: banks could not be loaded, so unknown). */
  orphanItems: string[] | null;
  storyOrphans?: string[];
  orphanReviews?: number;
  future?: { table: string; column: string; count: number; latest: string }[];
}

/** A write-ahead log this big is worth folding back (`--fix` checkpoints it). */
export const LARGE_WAL_BYTES = 64 * 1024 * 1024;

const list = (ids: readonly string[], max = 5) => `${ids.slice(0, max).join(', ')}${ids.length > max ? `, … (${ids.length - max} more)` : ''}`;
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

export function databaseChecks(db: DbInput, schemaVersion: number): Check[] {
  if (!db.exists) return [{ id: 'database', status: 'ok', message: 'no database yet; it is created on first use' }];
  if (db.refused) return [{ id: 'database', status: 'problem', message: `the database file is refused: ${db.refused}`, hint: 'Point --db at your prep database, or move this file away (prep starts a new one).' }];
  const out: Check[] = [];
  const qc = db.quickCheck ?? [];
  out.push(qc.length === 1 && qc[0] === 'ok'
    ? { id: 'integrity', status: 'ok', message: 'quick_check: ok' }
    : { id: 'integrity', status: 'problem', message: `quick_check found damage: ${list(qc, 3)}`, hint: 'Restore the newest prep.db.*.bak beside the database, or `prep export` what can still be read and import it into a new home.' });
  const v = db.schema ?? 0;
  out.push(v === schemaVersion ? { id: 'schema', status: 'ok', message: `schema ${v} (current)` }
    : v > schemaVersion ? { id: 'schema', status: 'problem', message: `schema ${v} is newer than this prep knows (${schemaVersion})`, hint: 'Update prep (in a git checkout: git pull && npm ci).' }
    : { id: 'schema', status: 'note', message: `schema ${v}; upgraded to ${schemaVersion} on next use, after a backup` });
  if (db.journalMode !== 'wal') out.push({ id: 'wal', status: 'problem', message: `journal mode is ${db.journalMode ?? 'unknown'}, not WAL`, hint: '`prep doctor --fix` switches it back to WAL.' });
  else if ((db.walBytes ?? 0) > LARGE_WAL_BYTES) out.push({ id: 'wal', status: 'note', message: `WAL; the write-ahead log holds ${Math.round((db.walBytes ?? 0) / 1048576)} MB`, hint: '`prep doctor --fix` folds it into the database.' });
  else out.push({ id: 'wal', status: 'ok', message: `WAL; write-ahead log ${Math.round((db.walBytes ?? 0) / 1024)} KB` });
  out.push(orphanCheck(db));
  const future = db.future ?? [];
  out.push(future.length
    ? { id: 'future', status: 'problem', message: `times in the future: ${future.map((f) => `${plural(f.count, 'row')} of ${f.table}.${f.column} (latest ${f.latest})`).join('; ')}`, hint: 'A clock ran ahead (or PREP_NOW was set). Grading still works (a grade is never earlier than the last); check the system clock. They are not changed by --fix.' }
    : { id: 'future', status: 'ok', message: 'no times in the future' });
  return out;
}

function orphanCheck(db: DbInput): Check {
  const stories = db.storyOrphans ?? [];
  const reviews = db.orphanReviews ?? 0;
  if (db.orphanItems === null) return { id: 'orphans', status: 'note', message: 'not checked: the banks could not be loaded (see banks below)' };
  const items = db.orphanItems;
  if (!items.length && !stories.length && !reviews) return { id: 'orphans', status: 'ok', message: 'every card has its item or story' };
  const parts = [items.length ? `${plural(items.length, 'card')} whose item is in no bank (${list(items)})` : '', stories.length ? `${plural(stories.length, 'story card')} without a story` : '', reviews ? `${plural(reviews, 'review')} of cards that are gone` : ''].filter(Boolean);
  return { id: 'orphans', status: 'problem', message: `${parts.join('; ')}; kept`, hint: 'A bank folder missing from this run (--bank-dir, bank_dirs) brings them back; `prep doctor --fix` deletes them after a backup.' };
}

export function bankCheck(lint: { files: number; errors: number; warnings: number } | { failed: string }): Check {
  if ('failed' in lint) return { id: 'banks', status: 'problem', message: `banks could not be checked: ${lint.failed}` };
  const summary = `${plural(lint.errors, 'error')}, ${plural(lint.warnings, 'warning')} in ${plural(lint.files, 'bank file')}`;
  if (lint.errors) return { id: 'banks', status: 'problem', message: summary, hint: '`prep bank lint` lists each with its file:line:col.' };
  return { id: 'banks', status: lint.warnings ? 'note' : 'ok', message: summary, ...(lint.warnings ? { hint: '`prep bank lint` lists them.' } : {}) };
}

export const healthy = (checks: readonly Check[]): boolean => checks.every((c) => c.status !== 'problem' || c.fixed);
