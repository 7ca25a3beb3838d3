/**
 * The fast path for scripted `prep due --json` / `--quiet`, compiled to CommonJS (tsconfig.cjs.json)
 * because starting the ESM loader alone costs more than the start-up budget allows. It runs the same
 * `due()` command with the same cache, config and SQL, but only when everything is warm: a bank cache
 * that answers for exactly the configured bank files, a cached config, and a database at the current schema. Anything else (a cold cache, a
 * migration, a refusal, any error) returns undefined before writing a byte, and bin/prep.js runs the
 * full program, which reports errors properly.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Env } from '../adapters/paths.js';
import { makeClock } from '../adapters/clock.js';
import * as q from '../adapters/store-queries.js';
import { dueCounts } from '../adapters/due-queries.js';
import { due } from '../commands/due.js';
import { somethingDue } from '../core/due.js';
import { toJson } from '../core/sanitize.js';
import { globalOption, openWarm } from './warm.js';

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
    else {
      const next = globalOption(argv, i, o);
      if (next < 0) return undefined;
      i = next;
    }
  }
  return o.json || o.quiet ? o : undefined;
}

export async function runFastDue(argv: string[], env: Env, io: FastIO, packageRoot: string): Promise<number | undefined> {
  const o = parse(argv);
  if (!o) return undefined;
  let db: BetterSqlite3.Database | undefined;
  try {
    const warm = openWarm(env, packageRoot, o);
    if (!warm) return undefined;
    db = warm.db;
    const conn = db;
    const settings = warm.settings;
    const report = await due({
      now: makeClock(env),
      settings: async () => settings,
      store: async () => ({
        dueCounts: (now, dayStart) => dueCounts(conn, { data: 'main', bank: 'bank' }, now, dayStart),
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
