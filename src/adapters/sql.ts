/**
 * Prepared statements that are never garbage-collected. better-sqlite3 12 on Node 24 aborts the process
 * (`Assertion failed: (env) != nullptr` in RemoveEnvironmentCleanupHook) when a Statement or Database
 * wrapper is finalised by a GC that runs with no current context, e.g. during teardown
 * (WiseLibs/better-sqlite3#1515; fixed in 13.x, which needs Node 22+). So every statement and database
 * we create is pinned for the life of the process, pragmas are set with exec() (which creates no
 * Statement), and bin/prep.js ends with process.exit() so teardown never finalises them. CJS-safe.
 */
import type BetterSqlite3 from 'better-sqlite3';

type DB = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement;

const pinned: unknown[] = [];
const cache = new WeakMap<DB, Map<string, Statement>>();

export function pin<T>(value: T): T {
  pinned.push(value);
  return value;
}

/** The same Statement object for the same SQL on the same database, pinned. */
export function sql(db: DB, text: string): Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(text);
  if (!s) m.set(text, (s = pin(db.prepare(text))));
  return s;
}

/** A pragma's value, through a pinned statement (db.pragma() makes a new Statement on every call). */
export const pragma = (db: DB, name: string): unknown => sql(db, `PRAGMA ${name}`).pluck().get();

/** One BEGIN IMMEDIATE transaction through pinned statements (db.transaction() makes its own). */
export function immediate<T>(db: DB, fn: () => T): T {
  sql(db, 'BEGIN IMMEDIATE').run();
  try {
    const result = fn();
    sql(db, 'COMMIT').run();
    return result;
  } catch (e) {
    if (db.inTransaction) sql(db, 'ROLLBACK').run();
    throw e;
  }
}
