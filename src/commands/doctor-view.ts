/** The human view of `prep doctor`. Pure. */
import type { Check } from '../core/doctor.js';
import type { Paint } from '../format/paint.js';
import { sanitize } from '../core/sanitize.js';

export interface DoctorReport {
  healthy: boolean;
  fixed: boolean;
  backup: string | null;
  checks: Check[];
  paths: { db: string; config: string; cache: string; content: string; bankDirs: { dir: string; from: string }[]; backups: number; latestBackup: string | null };
  versions: { prep: string; node: string; abi: string; platform: string; betterSqlite3: string; sqlite: string | null };
}

export function formatDoctor(r: DoctorReport, paint: Paint = (_s, t) => t): string {
  const mark = (c: Check) => (c.fixed ? paint('green', 'fixed  ') : c.status === 'ok' ? paint('green', 'ok     ') : c.status === 'note' ? paint('yellow', 'note   ') : paint('red', 'PROBLEM'));
  const width = Math.max(...r.checks.map((c) => c.id.length));
  const lines = r.checks.flatMap((c) => [`${mark(c)} ${c.id.padEnd(width)}  ${sanitize(c.message)}`, ...(c.hint && c.status !== 'ok' && !c.fixed ? [`        ${' '.repeat(width)}  ${paint('dim', `hint: ${sanitize(c.hint)}`)}`] : [])]);
  const p = r.paths;
  const v = r.versions;
  lines.push(
    '',
    paint('bold', 'Paths'),
    `  database  ${p.db}`,
    `  config    ${p.config}`,
    `  cache     ${p.cache}`,
    `  content   ${p.content}`,
    ...p.bankDirs.map((d) => `  banks     ${d.dir} (${d.from})`),
    `  backups   ${p.backups}${p.latestBackup ? `, newest ${p.latestBackup}` : ''}`,
    '',
    paint('bold', 'Versions'),
    `  prep ${v.prep} · Node ${v.node} (ABI ${v.abi}, ${v.platform}) · better-sqlite3 ${v.betterSqlite3}${v.sqlite ? ` · SQLite ${v.sqlite}` : ''}`,
    '',
  );
  if (r.backup) lines.push(`Backed up the database before fixing: ${r.backup}`);
  const fixable = r.checks.some((c) => c.status !== 'ok' && !c.fixed && (c.id === 'orphans' || c.id === 'wal') && c.status === 'problem');
  lines.push(r.healthy ? 'Healthy.' : `Problems found.${fixable && !r.fixed ? ' `prep doctor --fix` repairs the ones marked in the hints (after a backup).' : ''}`);
  return lines.join('\n');
}
