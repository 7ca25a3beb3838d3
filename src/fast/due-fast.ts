/**
 * The fast path for scripted `prep due --json` / `--quiet`, compiled to CommonJS (tsconfig.cjs.json)
 * because starting the ESM loader alone costs more than the start-up budget allows. It runs the same
 * `due()` command with the same cache, config and query code, but only when everything is warm: a
 * cached bank index and config, and a database at the current schema. Anything else (a cold cache, a
 * migration, a refusal, any error) returns undefined before writing a byte, and bin/prep.js runs the
 * full program, which reports errors properly.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { bankDirList, resolvePaths, type Env } from '../adapters/paths.js';
import { makeClock } from '../adapters/clock.js';
import { readCachedConfig, DEFAULT_CONFIG, toSettings } from '../adapters/config-cache.js';
import { findBankFiles, indexKey, withDefaultBankDir } from '../adapters/bank-files.js';
import { readIndexCache } from '../adapters/bank-cache.js';
import { APPLICATION_ID, SCHEMA_VERSION } from '../adapters/migrations.js';
import * as q from '../adapters/store-queries.js';
import { pin, pragma } from '../adapters/sql.js';
import { due } from '../commands/due.js';
import { somethingDue } from '../core/due.js';
import { toJson } from '../core/sanitize.js';

export interface FastIO {
  stdout: { write(s: string): boolean };
}

/** `due` plus only --json, --quiet, --db P, --bank-dir D; anything else is for the full program. */
function parse(argv: string[]): { json: boolean; quiet: boolean; db?: string; bankDir: string[] } | undefined {
  if (argv[0] !== 'due') return undefined;
  const o = { json: false, quiet: false, bankDir: [] as string[] } as { json: boolean; quiet: boolean; db?: string; bankDir: string[] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--quiet' || a === '-q') o.quiet = true;
    else if (a === '--no-color') continue;
    else if ((a === '--db' || a === '--bank-dir') && i + 1 < argv.length && argv[i + 1]!.trim() !== '' && !argv[i + 1]!.startsWith('-')) {
      if (a === '--db') o.db = argv[++i]!;
      else o.bankDir.push(argv[++i]!);
    } else return undefined;
  }
  return o.json || o.quiet ? o : undefined;
}

export async function runFastDue(argv: string[], env: Env, io: FastIO, packageRoot: string): Promise<number | undefined> {
  const o = parse(argv);
  if (!o) return undefined;
  let db: BetterSqlite3.Database | undefined;
  try {
    const paths = resolvePaths(env, o.db);
    const cfg = readCachedConfig(paths);
    if (cfg.kind === 'miss' || !existsSync(paths.db)) return undefined;
    const config = cfg.kind === 'hit' ? cfg.config : DEFAULT_CONFIG;
    const content = env.PREP_CONTENT_DIR || join(packageRoot, 'content');
    const dirs = withDefaultBankDir(bankDirList(o.bankDir, env, config.bank_dirs, paths.config), paths.dataDir);
    const index = readIndexCache(paths.cacheDir, indexKey(findBankFiles(dirs, join(content, 'banks'))));
    if (!index) return undefined;
    const Database = require('better-sqlite3') as typeof BetterSqlite3;
    const addon = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    db = pin(new Database(paths.db, { timeout: 5000, readonly: true, fileMustExist: true, ...(existsSync(addon) ? { nativeBinding: addon } : {}) }));
    if (pragma(db, 'application_id') !== APPLICATION_ID || pragma(db, 'user_version') !== SCHEMA_VERSION) return undefined;
    const conn = db;
    const settings = toSettings(config, env);
    const report = await due({
      now: makeClock(env),
      settings: async () => settings,
      index: async () => index,
      store: async () => ({
        cards: (kind) => q.cards(conn, kind),
        storyCount: () => q.storyCount(conn),
        newStartedOn: (day) => q.newStartedOn(conn, day),
        reviewsOn: (day) => q.reviewsOn(conn, day),
      }),
    });
    if (!o.quiet) io.stdout.write(`${toJson(report, 2)}\n`);
    return o.quiet && !somethingDue(report) ? 1 : 0;
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}
