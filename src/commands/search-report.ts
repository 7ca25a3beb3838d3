/** What `prep search` reports (shared by the command and its CommonJS fast path). Pure. */
import { sanitize } from '../core/sanitize.js';
import type { SearchField } from '../core/search/fields.js';

export interface SearchResult {
  id: string;
  bank: string;
  type: string;
  prompt: string;
  /** -bm25 with field weights: higher is better, never increasing down the list. */
  score: number;
  /** Why it matched: the fields, and a snippet of the most telling one with [start, end) highlights. */
  matched: { fields: SearchField[]; field: SearchField; snippet: string; highlights: [number, number][] };
}

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
