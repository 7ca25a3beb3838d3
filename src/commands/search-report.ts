/** What `prep search` reports (shared by the command and its CommonJS fast path). Pure. */
import { sanitize } from '../core/sanitize.js';
import type { SearchHit } from '../adapters/search-db.js';

/** One hit: see SearchHit (score is -bm25, higher is better; `matched` says why). */
export type SearchResult = SearchHit;

export interface SearchReport {
  version: 1;
  query: string;
  /** The query with misspelt words fixed, when that is what was searched. */
  didYouMean?: string;
  results: SearchResult[];
}

/** The report from the hits (shared with the search fast path). */
export function toReport(query: string, hits: readonly SearchResult[], didYouMean?: string): SearchReport {
  return {
    version: 1,
    query,
    ...(didYouMean ? { didYouMean: sanitize(didYouMean) } : {}),
    results: hits.map((h) => ({ ...h, prompt: sanitize(h.prompt), score: Math.round(h.score * 1000) / 1000 })),
  };
}
