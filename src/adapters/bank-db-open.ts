/**
 * Opens the bank cache for the full program. A fresh home starts from the cache built with the program
 * (`npm run build` writes dist/bank-cache.sqlite for the shipped banks), so its first run parses
 * nothing. A copy made from an older build, or of an older format, is thrown away and made again. A
 * cache that cannot be created or written (read-only or full disk) only costs speed: the program then
 * works on an in-memory copy.
 */
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type BetterSqlite3 from 'better-sqlite3';
import { ensureDir } from './ensure-dir.js';
import { BANK_DB_FILE, BANK_DB_FORMAT, BANK_DB_SCHEMA, fileStamp, metaGet, metaSet } from './bank-db.js';
import { pin, pragma, sql } from './sql.js';
import { Database, openOptions } from './sqlite.js';

type DB = BetterSqlite3.Database;
const options = openOptions(5000);

/** The cache built with the program, next to dist/adapters. */
export const PREBUILT = fileURLToPath(new URL('../bank-cache.sqlite', import.meta.url));

export function openDb(file: string | Buffer): DB {
  const db = pin(new Database(file as string, options));
  // Memory-mapped reads: a search's bm25 touches thousands of index pages, each otherwise copied into a
  // fresh page cache per process (10k items: the first query 49 ms -> 29 ms). A no-op for in-memory caches.
  if (typeof file === 'string' && file !== ':memory:') db.pragma('mmap_size = 268435456');
  return db;
}

/** Create the tables (idempotent) and stamp the format. */
export function initBankDb(db: DB): void {
  db.exec(BANK_DB_SCHEMA);
  db.exec(`PRAGMA user_version = ${BANK_DB_FORMAT}`);
}

/** Paths in a prebuilt cache are those of the machine that built it: move them to this install's content folder. */
function rebase(db: DB, shippedDir: string): void {
  const from = metaGet(db, 'content_dir');
  if (from === undefined || from === shippedDir) return;
  db.exec('BEGIN IMMEDIATE');
  for (const t of ['banks', 'items', 'item_roles', 'words', 'stems']) {
    sql(db, `UPDATE ${t} SET file = ? || substr(file, ?) WHERE substr(file, 1, ?) = ?`).run(shippedDir, from.length + 1, from.length, from);
  }
  // Each item's JSON names its file too.
  const rows = sql(db, 'SELECT rowid, data FROM items').all() as { rowid: number; data: string }[];
  for (const r of rows) {
    const v = JSON.parse(r.data) as { file: string };
    if (v.file.startsWith(from)) sql(db, 'UPDATE items SET data = ? WHERE rowid = ?').run(JSON.stringify({ ...v, file: shippedDir + v.file.slice(from.length) }), r.rowid);
  }
  sql(db, "DELETE FROM meta WHERE key = 'loaded'").run();
  metaSet(db, 'content_dir', shippedDir);
  db.exec('COMMIT');
}

function usable(db: DB, stamp: string): boolean {
  try {
    return pragma(db, 'user_version') === BANK_DB_FORMAT && metaGet(db, 'prebuilt') === stamp;
  } catch {
    return false;
  }
}

function seed(file: string, prebuilt: string | undefined, stamp: string, shippedDir: string): DB {
  if (prebuilt && stamp !== 'none') {
    const tmp = `${file}.${process.pid}.tmp`;
    copyFileSync(prebuilt, tmp);
    renameSync(tmp, file);
  }
  const db = openDb(file);
  initBankDb(db);
  rebase(db, shippedDir);
  metaSet(db, 'prebuilt', stamp);
  return db;
}

/** The cache at `<cacheDir>/banks.sqlite`, made from the prebuilt one when missing or out of date. */
export function openBankDb(cacheDir: string | undefined, shippedDir: string, prebuilt: string | undefined): DB {
  const stamp = fileStamp(prebuilt);
  if (cacheDir) {
    const file = join(cacheDir, BANK_DB_FILE);
    try {
      if (existsSync(file)) {
        const db = openDb(file);
        if (usable(db, stamp)) return db;
        db.close();
        rmSync(file, { force: true });
      }
      ensureDir(cacheDir);
      return seed(file, prebuilt, stamp, shippedDir);
    } catch {
      // A cache folder that cannot be written, or a damaged file: work in memory this time.
    }
  }
  const db = openDb(stamp !== 'none' ? readFileSync(prebuilt!) : ':memory:');
  initBankDb(db);
  rebase(db, shippedDir);
  return db;
}
