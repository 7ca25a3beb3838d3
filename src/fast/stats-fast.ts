/**
 * The fast path for `prep stats` (text or --json), compiled to CommonJS like due-fast.ts: the same
 * stats() and formatStats() on the warm cache and a read-only connection, without the ESM loader,
 * commander or chalk. Anything unusual (a cold cache, an option it does not know, any error) returns
 * undefined before writing a byte, and the full program runs and reports it.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Env } from '../adapters/paths.js';
import { makeClock } from '../adapters/clock.js';
import { stats, type StatsOptions } from '../commands/stats.js';
import { toJson } from '../core/sanitize.js';
import type { StatsPaint } from '../format/stats-view.js';
import { globalOption, openWarm } from './warm.js';

export interface FastStatsIO {
  stdout: { write(s: string): boolean; isTTY?: boolean };
}

type Parsed = StatsOptions & { json: boolean; color: boolean; db?: string; bankDir: string[] };

const LISTS = { '--bank': 'bank', '--topic': 'topic', '--role': 'role' } as const;

function parse(argv: string[]): Parsed | undefined {
  if (argv[0] !== 'stats') return undefined;
  const o: Parsed = { json: false, color: true, bankDir: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const value = argv[i + 1];
    const ok = value !== undefined && value.trim() !== '' && !value.startsWith('-');
    if (a === '--json') o.json = true;
    else if (a === '--no-color') o.color = false;
    else if (a === '--days' && ok) o.days = argv[++i]!;
    else if (a in LISTS && ok) {
      const k = LISTS[a as keyof typeof LISTS];
      o[k] = [...(o[k] ?? []), argv[++i]!];
    } else {
      const next = globalOption(argv, i, o);
      if (next < 0) return undefined;
      i = next;
    }
  }
  return o;
}

const SGR = { bold: [1, 22], dim: [2, 22], yellow: [33, 39] } as const;
const ansi: StatsPaint = (style, s) => `\u001b[${SGR[style][0]}m${s}\u001b[${SGR[style][1]}m`;

export async function runFastStats(argv: string[], env: Env, io: FastStatsIO, packageRoot: string): Promise<number | undefined> {
  const o = parse(argv);
  if (!o) return undefined;
  let db: BetterSqlite3.Database | undefined;
  try {
    const warm = openWarm(env, packageRoot, o);
    if (!warm) return undefined;
    db = warm.db;
    const conn = db;
    const report = await stats({ now: makeClock(env), settings: async () => warm.settings, index: async () => warm.index(), db: async () => conn }, o);
    if (o.json) {
      io.stdout.write(`${toJson(report, 2)}\n`);
      return 0;
    }
    const fancy = o.color && !!io.stdout.isTTY && !env.NO_COLOR && env.TERM !== 'dumb';
    const { formatStats } = await import('../format/stats-view.js'); // text only: --json never loads the charts
    io.stdout.write(`${formatStats(report, fancy ? ansi : (_s, t) => t)}\n`);
    return 0;
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}
