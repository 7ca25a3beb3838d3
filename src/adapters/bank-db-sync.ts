/**
 * Brings the bank cache up to date with the bank files: a bank whose size and mtime are unchanged is
 * kept; one whose bytes hash the same gets its new mtime; any other is parsed again and re-indexed
 * alone (items, roles, FTS rows, words), in one transaction. Banks no longer configured are dropped.
 * The cross-bank rules (duplicate ids, clashing bank ids) are checked on every change.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readCapped, ReadFailure } from './read-text.js';
import type BetterSqlite3 from 'better-sqlite3';
import type { LoadedItem } from '../core/types.js';
import { SEARCH_FIELDS, searchFields } from '../core/search/fields.js';
import { tokenize } from '../core/search/text.js';
import { itemsVocabulary } from '../core/rubric.js';
import type { Finding } from './finding.js';
import type { BankSource } from './bank-files.js';
import { bankClashes } from './bank-rules.js';
import { fileStamp, metaGet, metaSet, sourcesKey } from './bank-db.js';
import { immediate, sql } from './sql.js';
import type { CachedBank } from './bank-cache.js';

type DB = BetterSqlite3.Database;

export interface SyncDeps {
  /** Parse one bank file from its text: the cache record, or the problems found. */
  parse(src: BankSource, text: Uint8Array): Promise<{ bank?: CachedBank; findings: Finding[] }>;
  /** Topic id -> title, for the index (read only when something is re-indexed). */
  topicTitles(): Promise<Map<string, string>>;
  taxonomyFile?: string;
  progress?: (src: BankSource) => Promise<void>;
}

const hashOf = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

function dropBank(db: DB, file: string): void {
  sql(db, 'DELETE FROM fts WHERE rowid IN (SELECT rowid FROM items WHERE file = ?)').run(file);
  for (const t of ['items', 'item_roles', 'words', 'stems', 'banks']) sql(db, `DELETE FROM ${t} WHERE file = ?`).run(file);
}

function writeBank(db: DB, src: BankSource, hash: string, bank: CachedBank, titles: Map<string, string>): void {
  dropBank(db, src.file);
  sql(db, 'INSERT INTO banks (file, bank, size, mtime_ms, hash, summary) VALUES (?, ?, ?, ?, ?, ?)').run(src.file, src.bank, src.size, src.mtimeMs, hash, JSON.stringify(bank.summary));
  const item = sql(db, 'INSERT INTO items (id, bank, file, ord, type, topic, difficulty, roles, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const role = sql(db, 'INSERT OR IGNORE INTO item_roles (id, role, file) VALUES (?, ?, ?)');
  const fts = sql(db, `INSERT INTO fts (rowid, ${SEARCH_FIELDS.join(', ')}) VALUES (?, ${SEARCH_FIELDS.map(() => '?').join(', ')})`);
  const words = new Map<string, number>();
  bank.items.forEach((it: LoadedItem, i) => {
    const rowid = item.run(it.id, it.bank, it.file, i, it.type, it.topic ?? null, it.difficulty, it.roles.join(','), JSON.stringify(it)).lastInsertRowid;
    for (const r of it.roles) role.run(it.id, r, it.file);
    const f = searchFields(it, it.topic ? titles.get(it.topic) : undefined);
    fts.run(rowid, ...SEARCH_FIELDS.map((k) => f[k]));
    for (const k of SEARCH_FIELDS) for (const w of tokenize(f[k])) if (w.length <= 40) words.set(w, (words.get(w) ?? 0) + 1);
  });
  const word = sql(db, 'INSERT INTO words (file, word, len, n) VALUES (?, ?, ?, ?)');
  for (const [w, n] of words) word.run(src.file, w, w.length, n);
  const stem = sql(db, 'INSERT INTO stems (file, stem) VALUES (?, ?)');
  for (const t of itemsVocabulary(bank.items)) stem.run(src.file, t);
}

/** Update the cache for these sources; returns the problems found (none: the cache answers for them). */
export async function syncBankDb(db: DB, sources: readonly BankSource[], deps: SyncDeps): Promise<Finding[]> {
  const taxonomy = fileStamp(deps.taxonomyFile);
  if (metaGet(db, 'taxonomy') !== taxonomy) {
    // Topic titles are in every row of the index: a new taxonomy re-indexes everything.
    immediate(db, () => {
      for (const t of ['fts', 'items', 'item_roles', 'words', 'stems', 'banks']) sql(db, `DELETE FROM ${t}`).run();
      metaSet(db, 'taxonomy', taxonomy);
    });
  }
  const rows = new Map((sql(db, 'SELECT file, size, mtime_ms AS mtimeMs, hash FROM banks').all() as { file: string; size: number; mtimeMs: number; hash: string }[]).map((r) => [r.file, r]));
  const findings: Finding[] = [];
  let titles: Map<string, string> | undefined;
  for (const src of sources) {
    const row = rows.get(src.file);
    if (row && row.size === src.size && row.mtimeMs === src.mtimeMs) continue;
    let bytes: Uint8Array;
    try {
      bytes = readCapped(src.file);
    } catch (e) {
      if (!(e instanceof ReadFailure)) throw e;
      findings.push({ file: src.file, line: 1, col: 1, severity: 'error', message: e.words, hint: e.hint });
      immediate(db, () => dropBank(db, src.file));
      continue;
    }
    const hash = hashOf(bytes);
    // The stat that goes with the bytes read (the file may have changed since it was listed).
    const st = statSync(src.file, { throwIfNoEntry: false });
    const now = { ...src, size: st?.size ?? src.size, mtimeMs: st?.mtimeMs ?? src.mtimeMs };
    if (row && row.hash === hash) {
      immediate(db, () => sql(db, 'UPDATE banks SET size = ?, mtime_ms = ? WHERE file = ?').run(now.size, now.mtimeMs, src.file));
      continue;
    }
    await deps.progress?.(src);
    const r = await deps.parse(now, bytes);
    findings.push(...r.findings);
    titles ??= await deps.topicTitles();
    const t = titles;
    immediate(db, () => (r.bank ? writeBank(db, now, hash, r.bank, t) : dropBank(db, src.file)));
  }
  const wanted = new Set(sources.map((s) => s.file));
  const gone = [...rows.keys()].filter((f) => !wanted.has(f));
  if (gone.length) immediate(db, () => gone.forEach((f) => dropBank(db, f)));
  findings.push(...crossChecks(db, sources));
  if (!findings.length) {
    const current = sources.map((s) => ({ ...s, ...(sql(db, 'SELECT size, mtime_ms AS mtimeMs FROM banks WHERE file = ?').get(s.file) as { size: number; mtimeMs: number }) }));
    immediate(db, () => metaSet(db, 'loaded', sourcesKey(current)));
  }
  return findings;
}

/** Ids used twice and bank ids that clash, over every bank in the cache (only the configured ones are left). */
function crossChecks(db: DB, sources: readonly BankSource[]): Finding[] {
  const pos = new Map(sources.map((s, i) => [s.file, i]));
  const at = (file: string) => pos.get(file) ?? Infinity;
  const banks = (sql(db, 'SELECT bank, file FROM banks').all() as { bank: string; file: string }[]).sort((a, b) => at(a.file) - at(b.file));
  const findings: Finding[] = bankClashes(banks);
  const dups = sql(db, 'SELECT id FROM items GROUP BY id HAVING count(*) > 1').pluck().all() as string[];
  for (const id of dups) {
    const where = (sql(db, 'SELECT data FROM items WHERE id = ? ORDER BY rowid').pluck().all(id) as string[]).map((d) => JSON.parse(d) as LoadedItem).sort((a, b) => at(a.file) - at(b.file));
    for (const it of where.slice(1)) {
      findings.push({ file: it.file, line: it.line, col: 1, severity: 'error', message: `duplicate id "${id}": also in ${where[0]!.file}:${where[0]!.line}`, hint: 'Ids are unique across all banks; rename one (user banks are best prefixed with their bank name).' });
    }
  }
  return findings;
}
