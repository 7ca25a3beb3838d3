/**
 * Queries on the bank cache's FTS5 index: ranked hits with bm25 field weights and the filters inside
 * the SQL, which fields matched with a snippet, whether a word is in the index at all, and the index's
 * words of about a length (for typo suggestions).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { ItemFilter } from '../core/queue.js';
import { FIELD_WEIGHTS, SEARCH_FIELDS, type SearchField } from '../core/search/fields.js';
import { sql } from './sql.js';

type DB = BetterSqlite3.Database;

export interface SearchHit {
  id: string;
  bank: string;
  type: string;
  prompt: string;
  score: number;
  matched: { fields: SearchField[]; field: SearchField; snippet: string; highlights: [number, number][] };
}

const BM25 = `bm25(fts, ${SEARCH_FIELDS.map((f) => FIELD_WEIGHTS[f]).join(', ')})`;
const OPEN = '\u0001';
const CLOSE = '\u0002';
/** Which field's snippet explains a hit best: the most telling one that matched. */
const SNIPPET_ORDER: SearchField[] = ['prompt', 'tags', 'topic', 'points', 'id', 'answer'];

const list = (v: readonly string[] | undefined) => (v?.length ? JSON.stringify(v) : null);

/** The best `limit` items for an FTS5 expression, filtered in SQL; score = -bm25, so higher is better. */
export function ftsSearch(db: DB, match: string, filter: ItemFilter, limit: number): SearchHit[] {
  const rows = sql(db, `
    SELECT i.id, i.bank, i.type, f.prompt, f.rowid AS rowid, -${BM25} AS score
    FROM fts f JOIN items i ON i.rowid = f.rowid
    WHERE fts MATCH @match
      AND (@bank IS NULL OR i.bank IN (SELECT value FROM json_each(@bank)))
      AND (@topic IS NULL OR i.topic IN (SELECT value FROM json_each(@topic)))
      AND (@type IS NULL OR i.type IN (SELECT value FROM json_each(@type)))
      AND (@difficulty IS NULL OR i.difficulty IN (SELECT value FROM json_each(@difficulty)))
      AND (@role IS NULL OR EXISTS (SELECT 1 FROM item_roles r WHERE r.id = i.id AND r.file = i.file AND r.role IN (SELECT value FROM json_each(@role))))
    ORDER BY score DESC, i.id
    LIMIT @limit`).all({
    match, limit,
    bank: list(filter.bank), topic: list(filter.topic), type: list(filter.type), difficulty: list(filter.difficulty), role: list(filter.role),
  }) as { id: string; bank: string; type: string; prompt: string; rowid: number; score: number }[];
  return rows.map((r) => ({ id: r.id, bank: r.bank, type: r.type, prompt: r.prompt, score: r.score, matched: why(db, match, r.rowid) }));
}

/**
 * The fields of one row that the query matched, and a snippet of the most telling one with its highlights.
 * (The row is picked with BETWEEN: `rowid = ?` with a bound number picked the wrong row in SQLite 3.53's FTS5.)
 */
function why(db: DB, match: string, rowid: number): SearchHit['matched'] {
  const cols = SEARCH_FIELDS.map((_, k) => `instr(highlight(fts, ${k}, '${OPEN}', '${CLOSE}'), '${OPEN}') > 0`).join(', ');
  const hit = sql(db, `SELECT ${cols} FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ?`).raw().get(match, rowid, rowid) as number[] | undefined;
  const fields = SEARCH_FIELDS.filter((_, k) => hit?.[k]);
  const field = SNIPPET_ORDER.find((f) => fields.includes(f)) ?? 'prompt';
  const k = SEARCH_FIELDS.indexOf(field);
  const raw = (sql(db, `SELECT snippet(fts, ${k}, '${OPEN}', '${CLOSE}', '…', 16) FROM fts WHERE fts MATCH ? AND rowid BETWEEN ? AND ?`).pluck().get(match, rowid, rowid) as string | undefined) ?? '';
  return { fields, field, ...marks(raw.replace(/\s+/g, ' ').trim()) };
}

/** Split marker characters out of a snippet into [start, end) highlight ranges. */
export function marks(raw: string): { snippet: string; highlights: [number, number][] } {
  let snippet = '';
  const highlights: [number, number][] = [];
  let start = -1;
  for (const ch of raw) {
    if (ch === OPEN) start = snippet.length;
    else if (ch === CLOSE) {
      if (start >= 0 && snippet.length > start) highlights.push([start, snippet.length]);
      start = -1;
    } else snippet += ch;
  }
  return { snippet, highlights };
}

/** Whether each token occurs in the index (as FTS5 reads it: stemmed). */
export function inIndex(db: DB, tokens: readonly string[]): Map<string, boolean> {
  const q = sql(db, 'SELECT 1 FROM fts WHERE fts MATCH ? LIMIT 1').pluck();
  return new Map(tokens.map((t) => [t, q.get(`"${t.replace(/"/g, '')}"`) !== undefined]));
}

/** The index's words from `min` to `max` letters long, with how often they occur. */
export function wordsOfLength(db: DB, min: number, max: number): { word: string; n: number }[] {
  return sql(db, 'SELECT word, sum(n) AS n FROM words WHERE len BETWEEN ? AND ? GROUP BY word').all(min, max) as { word: string; n: number }[];
}
