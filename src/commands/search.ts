/**
 * `prep search WORDS`: full-text search of the banks (SQLite FTS5 in the bank cache, bm25 with field
 * weights, Porter stems, synonyms), with a typo fallback through fuse.js that says what it searched
 * instead. No match exits 1, with the report still printed.
 */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { ExitCode, PrepError } from '../errors.js';
import { toReport, type SearchReport } from './search-report.js';
import { correctQuery, indexSynonyms, parseQuery, toMatch, unitPhrases, type Unit } from '../core/search/query.js';
import { bestCorrection, checkableTokens } from '../core/search/suggest.js';
import type { ItemFilter } from '../core/queue.js';
import type { FilterOptions } from './filters.js';
import type BetterSqlite3 from 'better-sqlite3';

export type { SearchReport, SearchResult } from './search-report.js';

export interface SearchOptions extends FilterOptions {
  limit?: string;
}

/** Fixes for the words the index does not have, from fuse.js candidates of about the same length. */
async function corrections(db: BetterSqlite3.Database, units: Unit[]): Promise<Map<string, string>> {
  const { inIndex, wordsOfLength } = await import('../adapters/search-db.js');
  const unknown = [...inIndex(db, checkableTokens(units))].filter(([, known]) => !known).map(([t]) => t);
  const fixes = new Map<string, string>();
  if (!unknown.length) return fixes;
  const { default: Fuse } = await import('fuse.js');
  for (const word of unknown) {
    const words = wordsOfLength(db, Math.max(1, word.length - 2), word.length + 2);
    const fuse = new Fuse(words, { keys: ['word'], threshold: 0.7, ignoreLocation: true });
    const fix = bestCorrection(word, fuse.search(word).map((r) => r.item));
    if (fix) fixes.set(word, fix);
  }
  return fixes;
}

export async function runSearch(ctx: Ctx, query: string, filter: ItemFilter, limit: number): Promise<SearchReport> {
  const db = await ctx.bankDb();
  const [{ searchSynonyms }, { ftsSearch }] = await Promise.all([import('../adapters/search-synonyms.js'), import('../adapters/search-db.js')]);
  const synonyms = indexSynonyms(await searchSynonyms(db, ctx.contentDir));
  let units = parseQuery(query, synonyms);
  if (!units.length) throw new PrepError('usage', 'search needs some words', { hint: 'For example: prep search "bias variance"' });
  const fixes = await corrections(db, units);
  let didYouMean: string | undefined;
  if (fixes.size) {
    didYouMean = correctQuery(query, fixes);
    units = parseQuery(didYouMean, synonyms);
  }
  const match = toMatch(units);
  const hits = match ? ftsSearch(db, units.map(unitPhrases), match, filter, limit) : [];
  return toReport(query, hits, didYouMean);
}

export async function search(ctx: Ctx, words: string[], opts: SearchOptions): Promise<Outcome> {
  const query = words.join(' ').trim().slice(0, 500);
  const limit = opts.limit === undefined ? 20 : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new PrepError('usage', `--limit must be a positive whole number, got "${opts.limit}"`);
  const filtered = !!(opts.bank?.length || opts.topic?.length || opts.type?.length || opts.role?.length || opts.difficulty?.length);
  // filters.js checks values against the schema's lists (zod): loaded only when there are filters.
  const filter = filtered ? (await import('./filters.js')).itemFilter(opts, await ctx.index()) : {};
  const report = await runSearch(ctx, query, filter, limit);
  const exitCode = report.results.length ? ExitCode.ok : ExitCode.negative;
  if (ctx.opts.json) return { json: report, exitCode };
  const { formatSearch } = await import('../format/search-view.js');
  const { painter } = await import('../format/paint.js');
  return { text: formatSearch(report, await painter(ctx), ctx.io.stdout.columns || 100, !ctx.fancy), exitCode };
}

