/**
 * The bank cache: one SQLite file (`<cache>/banks.sqlite`) with every parsed bank, an `items` table of
 * filter fields (id, bank, type, topic, roles, difficulty) that the data file can be joined with, the
 * FTS5 search index and the words typo suggestions come from. Each bank is keyed by path, size, mtime
 * and a hash of its bytes, and re-indexed alone when it changes (adapters/bank-db-sync.ts). This part
 * only reads, and is CJS-safe: the fast path of `prep due` uses it too.
 */
import { statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import type { BankSummary, ItemIndexEntry, LoadedItem } from '../core/types.js';
import { sql } from './sql.js';

type DB = BetterSqlite3.Database;

/** Bumped whenever the tables or the parsed item shape change: an older file is rebuilt. */
export const BANK_DB_FORMAT = 4;
export const BANK_DB_FILE = 'banks.sqlite';

export const BANK_DB_SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  CREATE TABLE IF NOT EXISTS banks (
    file TEXT PRIMARY KEY, bank TEXT NOT NULL, size INTEGER NOT NULL, mtime_ms REAL NOT NULL,
    hash TEXT NOT NULL, summary TEXT NOT NULL
  ) STRICT;
  CREATE TABLE IF NOT EXISTS items (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, bank TEXT NOT NULL, file TEXT NOT NULL, ord INTEGER NOT NULL,
    type TEXT NOT NULL, topic TEXT, difficulty TEXT NOT NULL, roles TEXT NOT NULL, data TEXT NOT NULL
  ) STRICT;
  -- Covering indexes: due counts and the light index never read an item's JSON (10k items: ~100 ms -> ~5 ms).
  CREATE INDEX IF NOT EXISTS items_id ON items (id, type);
  CREATE INDEX IF NOT EXISTS items_file ON items (file, ord, id, bank, type, topic, difficulty, roles);
  CREATE TABLE IF NOT EXISTS item_roles (id TEXT NOT NULL, role TEXT NOT NULL, file TEXT NOT NULL, PRIMARY KEY (role, id, file)) STRICT, WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS words (file TEXT NOT NULL, word TEXT NOT NULL, len INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (file, word)) STRICT, WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS words_len ON words (len);
  CREATE TABLE IF NOT EXISTS stems (file TEXT NOT NULL, stem TEXT NOT NULL, PRIMARY KEY (file, stem)) STRICT, WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS synonyms (grp INTEGER NOT NULL, term TEXT NOT NULL, scope TEXT NOT NULL) STRICT;
  CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
    id, prompt, tags, topic, points, answer,
    tokenize = "porter unicode61 remove_diacritics 2 separators '/-_.'"
  );
`;

export interface SourceKey {
  file: string;
  size: number;
  mtimeMs: number;
}

export const metaGet = (db: DB, key: string, schema = 'main'): string | undefined =>
  (sql(db, `SELECT value FROM ${schema}.meta WHERE key = ?`).pluck().get(key) as string | undefined);

export const metaSet = (db: DB, key: string, value: string): void => {
  sql(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
};

/** What a set of bank files looked like when it last loaded without a problem. */
export const sourcesKey = (sources: readonly SourceKey[]) => sources.map((s) => `${s.file}\0${s.size}\0${s.mtimeMs}`).join('\n');

/** A file's size and mtime as one string ('none' when it is missing): names the prebuilt cache a copy came from. */
export function fileStamp(file: string | undefined): string {
  const st = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
  return st ? `${st.size}:${st.mtimeMs}` : 'none';
}

/** The cache answers for exactly these sources (loaded, cross-checked and unchanged since). */
export const isCurrent = (db: DB, sources: readonly SourceKey[], schema = 'main') => metaGet(db, 'loaded', schema) === sourcesKey(sources);

const order = (sources: readonly SourceKey[]) => new Map(sources.map((s, i) => [s.file, i]));

export function readSummaries(db: DB, sources: readonly SourceKey[], schema = 'main'): BankSummary[] {
  const pos = order(sources);
  const rows = sql(db, `SELECT file, summary FROM ${schema}.banks`).all() as { file: string; summary: string }[];
  return rows.filter((r) => pos.has(r.file)).sort((a, b) => pos.get(a.file)! - pos.get(b.file)!).map((r) => JSON.parse(r.summary) as BankSummary);
}

/** Ids and filter fields in load order (banks in source order, items in file order). */
export function readIndexEntries(db: DB, sources: readonly SourceKey[], schema = 'main'): ItemIndexEntry[] {
  const pos = order(sources);
  const rows = sql(db, `SELECT id, bank, file, type, topic, difficulty, roles FROM ${schema}.items ORDER BY file, ord`).all() as (ItemIndexEntry & { file: string; topic: string | null; roles: string })[];
  return rows
    .filter((r) => pos.has(r.file))
    .sort((a, b) => pos.get(a.file)! - pos.get(b.file)!)
    .map((r) => ({ id: r.id, bank: r.bank, type: r.type, ...(r.topic ? { topic: r.topic } : {}), difficulty: r.difficulty, roles: r.roles.split(',') as ItemIndexEntry['roles'] }));
}

/** Every item with all its fields, in load order. */
export function readItems(db: DB, sources: readonly SourceKey[]): LoadedItem[] {
  const get = sql(db, 'SELECT data FROM items WHERE file = ? ORDER BY ord').pluck();
  return sources.flatMap((s) => (get.all(s.file) as string[]).map((d) => JSON.parse(d) as LoadedItem));
}

/** Some items by id (drill and show need a few in full, not all of them). */
export function readItemsById(db: DB, ids: readonly string[]): Map<string, LoadedItem> {
  const get = sql(db, 'SELECT data FROM items WHERE id = ?').pluck();
  const out = new Map<string, LoadedItem>();
  for (const id of ids) {
    const d = get.get(id) as string | undefined;
    if (d) out.set(id, JSON.parse(d) as LoadedItem);
  }
  return out;
}

/** Every word of the cached banks, stemmed (written per bank when it is cached; see core/rubric itemsVocabulary). */
export function readVocabulary(db: DB): Set<string> {
  return new Set(sql(db, 'SELECT DISTINCT stem FROM stems').pluck().all() as string[]);
}
