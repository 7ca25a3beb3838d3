/**
 * What `prep doctor` reads from the database, through a read-only connection that changes nothing
 * (no migration, no checkpoint): integrity, schema, journal, orphaned cards, future timestamps.
 * And the few repairs `doctor --fix` makes, on the normal read-write store.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { APPLICATION_ID } from './migrations.js';
import { pin, pragma, sql } from './sql.js';
import type { Store } from './store.js';

const require = createRequire(import.meta.url);

export interface DbFacts {
  exists: boolean;
  /** Why the file cannot be read as a prep database, if it cannot. */
  refused?: string;
  schema?: number;
  quickCheck?: string[];
  journalMode?: string;
  walBytes?: number;
  itemCards?: string[];
  storyOrphans?: string[];
  orphanReviews?: number;
  future?: { table: string; column: string; count: number; latest: string }[];
  sqlite?: string;
}

const FUTURE: [string, string][] = [['reviews', 'reviewed_at'], ['cards', 'last_review'], ['cards', 'created_at'], ['stories', 'updated_at'], ['story_tellings', 'told_at'], ['interviews', 'created_at'], ['checklist_checks', 'checked_at']];

function sqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

const tableExists = (db: BetterSqlite3.Database, name: string) => !!sql(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);

/** Read everything doctor needs; `futureAfter` is now plus a little slack for clocks that disagree. */
export function readDbFacts(file: string, futureAfter: Date): DbFacts {
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st || st.size === 0) return { exists: false };
  if (st.isDirectory()) return { exists: true, refused: 'it is a folder, not a file' };
  if (!sqliteHeader(file)) return { exists: true, refused: 'it is not a SQLite file' };
  const Database = require('better-sqlite3') as typeof BetterSqlite3;
  const db = pin(new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 }));
  try {
    const appId = pragma(db, 'application_id') as number;
    const schema = pragma(db, 'user_version') as number;
    const objects = sql(db, 'SELECT count(*) FROM sqlite_master').pluck().get() as number;
    if (appId !== APPLICATION_ID && (objects > 0 || appId !== 0 || schema !== 0)) return { exists: true, refused: 'it is a SQLite database but not a prep database' };
    const facts: DbFacts = { exists: true, schema, sqlite: sql(db, 'SELECT sqlite_version() AS v').pluck().get() as string };
    facts.quickCheck = sql(db, 'PRAGMA quick_check').pluck().all() as string[];
    facts.journalMode = pragma(db, 'journal_mode') as string;
    facts.walBytes = statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    if (tableExists(db, 'cards')) facts.itemCards = sql(db, "SELECT id FROM cards WHERE kind = 'item' ORDER BY id").pluck().all() as string[];
    if (tableExists(db, 'stories')) facts.storyOrphans = sql(db, "SELECT id FROM cards WHERE kind = 'story' AND substr(id, 7) NOT IN (SELECT id FROM stories) ORDER BY id").pluck().all() as string[];
    if (tableExists(db, 'reviews')) facts.orphanReviews = sql(db, 'SELECT count(*) FROM reviews WHERE card_id NOT IN (SELECT id FROM cards)').pluck().get() as number;
    const at = futureAfter.toISOString();
    facts.future = FUTURE.filter(([t]) => tableExists(db, t)).map(([table, column]) => {
      const r = sql(db, `SELECT count(*) AS count, max(${column}) AS latest FROM ${table} WHERE ${column} > ?`).get(at) as { count: number; latest: string | null };
      return { table, column, count: r.count, latest: r.latest ?? '' };
    }).filter((f) => f.count > 0);
    return facts;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return { exists: true, refused: `it cannot be read (${code})` };
    throw e;
  } finally {
    db.close();
  }
}

/** Delete orphaned cards (and their reviews) and reviews of cards that are gone; returns how many cards went. */
export function deleteOrphans(store: Store, itemIds: readonly string[]): number {
  return store.write(() => {
    let n = 0;
    for (const id of itemIds) {
      n += sql(store.db, "DELETE FROM cards WHERE id = ? AND kind = 'item'").run(id).changes;
      sql(store.db, 'DELETE FROM reviews WHERE card_id = ?').run(id);
    }
    n += sql(store.db, "DELETE FROM cards WHERE kind = 'story' AND substr(id, 7) NOT IN (SELECT id FROM stories)").run().changes;
    sql(store.db, 'DELETE FROM reviews WHERE card_id NOT IN (SELECT id FROM cards)').run();
    return n;
  });
}

/** Fold the write-ahead log back into the database file and empty it. */
export function checkpoint(store: Store): void {
  store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
}
