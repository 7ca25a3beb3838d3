/**
 * The fast path for scripted `prep search WORDS` (plain text when not on a terminal, or `--json`), in
 * CommonJS like due-fast.ts: the same query parsing, FTS5 query and report as the full command, on the
 * warm bank cache attached read-only. Anything it does not cover (filters, a terminal, a word the index
 * lacks, which needs the typo fallback, stale synonyms, any error) returns undefined before writing a
 * byte, and bin/prep.js runs the full program.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import type { Env } from '../adapters/paths.js';
import { fileStamp, metaGet } from '../adapters/bank-db.js';
import { ftsSearch, inIndex } from '../adapters/search-db.js';
import { stored } from '../adapters/search-synonyms-read.js';
import { toReport } from '../commands/search-report.js';
import { indexSynonyms, parseQuery, toMatch, unitPhrases } from '../core/search/query.js';
import { checkableTokens } from '../core/search/suggest.js';
import { toJson } from '../core/sanitize.js';
import { formatSearch } from '../format/search-view.js';
import { plain } from '../format/paint.js';
import { globalOption, openWarm } from './warm.js';

export interface FastSearchIO {
  stdout: { write(s: string): boolean; isTTY?: boolean };
}

interface Args {
  json: boolean;
  limit: number;
  words: string[];
  db?: string;
  bankDir: string[];
}

/** `search` with words and only --json, --no-color, --limit N, --db P, --bank-dir D; anything else is for the full program. */
function parse(argv: string[]): Args | undefined {
  if (argv[0] !== 'search') return undefined;
  const o: Args = { json: false, limit: 20, words: [], bankDir: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--no-color') continue;
    else if (a === '--limit' && /^[1-9]\d{0,3}$/.test(argv[i + 1] ?? '')) o.limit = Number(argv[++i]);
    else if (a.startsWith('-')) {
      const next = globalOption(argv, i, o);
      if (next < 0) return undefined;
      i = next;
    } else o.words.push(a);
  }
  return o.words.length ? o : undefined;
}

export function runFastSearch(argv: string[], env: Env, io: FastSearchIO, packageRoot: string): number | undefined {
  const o = parse(argv);
  if (!o || (!o.json && io.stdout.isTTY)) return undefined;
  let db: BetterSqlite3.Database | undefined;
  try {
    const warm = openWarm(env, packageRoot, o);
    if (!warm) return undefined;
    db = warm.db;
    // Memory-mapped reads of the bank cache, as the full program opens it (bm25 reads thousands of pages).
    db.pragma('bank.mmap_size = 268435456');
    // Synonyms as the full command last stored them for this file; changed since: the full program re-reads it.
    const content = env.PREP_CONTENT_DIR || join(packageRoot, 'content');
    if (metaGet(db, 'synonyms', 'bank') !== fileStamp(join(content, 'synonyms.yaml'))) return undefined;
    const query = o.words.join(' ').trim().slice(0, 500);
    const units = parseQuery(query, indexSynonyms(stored(db, 'bank')));
    if (!units.length || [...inIndex(db, checkableTokens(units)).values()].some((known) => !known)) return undefined;
    const match = toMatch(units);
    const report = toReport(query, match ? ftsSearch(db, units.map(unitPhrases), match, {}, o.limit) : []);
    io.stdout.write(o.json ? `${toJson(report, 2)}\n` : `${formatSearch(report, plain, 100, true)}\n`);
    return report.results.length ? 0 : 1;
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}
