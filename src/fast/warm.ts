/**
 * What the CommonJS fast paths (due-fast.ts, stats-fast.ts) share: everything they need, but only when
 * everything is warm (a cached bank index and config, a database at the current schema). Otherwise
 * undefined, before a byte is written, and bin/prep.js runs the full program.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { bankDirList, resolvePaths, type Env } from '../adapters/paths.js';
import { readCachedConfig, DEFAULT_CONFIG, toSettings } from '../adapters/config-cache.js';
import { findBankFiles, withDefaultBankDir } from '../adapters/bank-files.js';
import { BANK_DB_FILE, BANK_DB_FORMAT, fileStamp, isCurrent, metaGet, readIndexEntries, readSummaries } from '../adapters/bank-db.js';
import { attach } from '../adapters/due-queries.js';
import { APPLICATION_ID, SCHEMA_VERSION } from '../adapters/migrations.js';
import { pin, pragma } from '../adapters/sql.js';
import type { BankSummary, ItemIndexEntry, Settings } from '../core/types.js';

export interface Warm {
  db: BetterSqlite3.Database;
  settings: Settings;
  /** Read from the attached bank cache (schema `bank`) on first use. */
  index(): { banks: BankSummary[]; items: ItemIndexEntry[] };
}

/** Open the warm state read-only, or undefined (the caller closes `db`). */
export function openWarm(env: Env, packageRoot: string, o: { db?: string; bankDir: string[] }): Warm | undefined {
  const paths = resolvePaths(env, o.db);
  const cfg = readCachedConfig(paths);
  if (cfg.kind === 'miss' || !existsSync(paths.db)) return undefined;
  const config = cfg.kind === 'hit' ? cfg.config : DEFAULT_CONFIG;
  const content = env.PREP_CONTENT_DIR || join(packageRoot, 'content');
  const dirs = withDefaultBankDir(bankDirList(o.bankDir, env, config.bank_dirs, paths.config), paths.dataDir);
  const sources = findBankFiles(dirs, join(content, 'banks'));
  const cacheFile = join(paths.cacheDir, BANK_DB_FILE);
  if (!existsSync(cacheFile)) return undefined;
  const Database = require('better-sqlite3') as typeof BetterSqlite3;
  const addon = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  const db = pin(new Database(paths.db, { timeout: 5000, readonly: true, fileMustExist: true, ...(existsSync(addon) ? { nativeBinding: addon } : {}) }));
  try {
    if (pragma(db, 'application_id') !== APPLICATION_ID || pragma(db, 'user_version') !== SCHEMA_VERSION) throw new Error('cold');
    // The bank cache, read-only like the data file: it must answer for exactly these bank files, from this build.
    attach(db, cacheFile, 'bank');
    const prebuilt = resolve(content) === resolve(packageRoot, 'content') ? join(packageRoot, 'dist', 'bank-cache.sqlite') : undefined;
    if (pragma(db, 'bank.user_version') !== BANK_DB_FORMAT || metaGet(db, 'prebuilt', 'bank') !== fileStamp(prebuilt) || !isCurrent(db, sources, 'bank')) throw new Error('cold');
  } catch {
    db.close();
    return undefined;
  }
  let index: ReturnType<Warm['index']> | undefined;
  return {
    db,
    settings: toSettings(config, env),
    index: () => (index ??= { banks: readSummaries(db, sources, 'bank'), items: readIndexEntries(db, sources, 'bank') }),
  };
}

/** Global options every fast path accepts: --db P, --bank-dir D (non-empty values only). Returns the next index or -1. */
export function globalOption(argv: string[], i: number, o: { db?: string; bankDir: string[] }): number {
  const a = argv[i]!;
  if ((a === '--db' || a === '--bank-dir') && i + 1 < argv.length && argv[i + 1]!.trim() !== '' && !argv[i + 1]!.startsWith('-')) {
    if (a === '--db') o.db = argv[i + 1]!;
    else o.bankDir.push(argv[i + 1]!);
    return i + 1;
  }
  return -1;
}
