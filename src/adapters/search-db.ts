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
  /** -bm25 with field weights: higher is better, never increasing down the list. */
  score: number;
  /** Why it matched: the fields, and a snippet of the most telling one with [start, end) highlights. */
  matched: { fields: SearchField[]; field: SearchField; snippet: string; highlights: [number, number][] };
}

export const BODY_SHARE = 0.3;
const HEAD: readonly SearchField[] = ['id', 'prompt', 'tags', 'topic'];
const weighted = (keep: (f: SearchField) => boolean) => `bm25(fts, ${SEARCH_FIELDS.map((f) => (keep(f) ? FIELD_WEIGHTS[f] : 0)).join(', ')})`;
/**
 * bm25 saturates a term's weighted count across all fields, so once the prompt matches, a match in the
 * id or tags adds almost nothing, and the words in a long answer decide. Scoring what an item asks
 * (id, prompt, tags, topic) and what it answers (key points, answer) apart, each saturating on its own
 * (as BM25F does), keeps "what the item is about" ahead of "what its answer mentions".
 */
const BM25 = `(${weighted((f) => HEAD.includes(f))} + ${BODY_SHARE} * ${weighted((f) => !HEAD.includes(f))})`;
const OPEN = '\u0001';
const CLOSE = '\u0002';
/** Which field's snippet explains a hit best: the most telling one that matched. */
const SNIPPET_ORDER: SearchField[] = ['prompt', 'tags', 'topic', 'points', 'id', 'answer'];

const list = (v: readonly string[] | undefined) => (v?.length ? JSON.stringify(v) : null);

/**
 * The best `limit` items, filtered in SQL. `units` holds each unit's phrases; a row's score is the sum
 * over units of its best phrase's -bm25 (bm25 is a sum over phrases, so this is bm25 with every unit
 * counted once), so higher is better. `match` (every phrase ORed) picks the snippets.
 */
export function ftsSearch(db: DB, units: readonly (readonly string[])[], match: string, filter: ItemFilter, limit: number): SearchHit[] {
  const weights = unitWeights(db, units);
  const params: Record<string, unknown> = {
    limit, bank: list(filter.bank), topic: list(filter.topic), type: list(filter.type), difficulty: list(filter.difficulty), role: list(filter.role),
  };
  const parts: string[] = [];
  units.forEach((phrases, u) => [...new Set(phrases)].forEach((p) => {
    const name = `p${parts.length}`;
    params[name] = p;
    parts.push(`SELECT rowid, ${u} AS unit, -${weights[u]} * ${BM25} AS s FROM fts WHERE fts MATCH @${name}`);
  }));
  const rows = sql(db, `
    WITH hits AS MATERIALIZED (${parts.join(' UNION ALL ')}),
         best AS (SELECT rowid, unit, max(s) AS s FROM hits GROUP BY rowid, unit),
         scored AS (SELECT rowid, sum(s) AS score FROM best GROUP BY rowid)
    , ranked AS MATERIALIZED (SELECT i.rowid AS rowid, scored.score AS score, i.id AS id
    FROM scored JOIN items i ON i.rowid = scored.rowid
    WHERE (@bank IS NULL OR i.bank IN (SELECT value FROM json_each(@bank)))
      AND (@topic IS NULL OR i.topic IN (SELECT value FROM json_each(@topic)))
      AND (@type IS NULL OR i.type IN (SELECT value FROM json_each(@type)))
      AND (@difficulty IS NULL OR i.difficulty IN (SELECT value FROM json_each(@difficulty)))
      AND (@role IS NULL OR EXISTS (SELECT 1 FROM item_roles r WHERE r.id = i.id AND r.file = i.file AND r.role IN (SELECT value FROM json_each(@role))))
    ORDER BY score DESC, i.id
    LIMIT @limit)
    -- Only the rows shown read their item's JSON (the prompt): scoring thousands of matches never does.
    SELECT i.id, i.bank, i.type, json_extract(i.data, '$.prompt') AS prompt, i.rowid AS rowid, ranked.score AS score
    FROM ranked JOIN items i ON i.rowid = ranked.rowid
    ORDER BY ranked.score DESC, ranked.id`).all(params) as { id: string; bank: string; type: string; prompt: string; rowid: number; score: number }[];
  const why = whyAll(db, match, rows.map((r) => r.rowid));
  const none = { fields: [], field: 'prompt' as const, snippet: '', highlights: [] };
  return rows.map((r) => ({ id: r.id, bank: r.bank, type: r.type, prompt: r.prompt, score: r.score, matched: why.get(r.rowid) ?? none }));
}

/** How much a unit of the query weighs: the vocabulary of ids, tags and topics names what an item is about. */
export const DOMAIN_WEIGHT = 2;

/**
 * Each unit's weight: DOMAIN_WEIGHT when one of its phrases names some item (in an id, tag or topic
 * title); the other units share a weight of two, each at most 1. So the everyday words of a long pasted
 * question ("we ran an experiment on the checkout page…") together count no more than two topic words,
 * and "p-value" decides.
 */
function unitWeights(db: DB, units: readonly (readonly string[])[]): number[] {
  const q = sql(db, 'SELECT 1 FROM fts WHERE fts MATCH ? LIMIT 1').pluck();
  const domain = units.map((phrases) => q.get(`{id tags topic} : (${[...new Set(phrases)].join(' OR ')})`) !== undefined);
  const plain = domain.filter((d) => !d).length;
  return domain.map((d) => (d ? DOMAIN_WEIGHT : Math.min(1, 2 / plain)));
}

/**
 * The fields each shown row matched, and a snippet of the most telling one with its highlights: one query
 * for all the rows (a query per row cost about 15 ms for 20 hits). The snippet's column is picked per row in
 * SQL, in SNIPPET_ORDER. Rows are picked by `rowid IN (json_each)`: `rowid = ?` with a bound number picked
 * the wrong row in SQLite 3.53's FTS5.
 */
function whyAll(db: DB, match: string, rowids: readonly number[]): Map<number, SearchHit['matched']> {
  const flag = (k: number) => `instr(highlight(fts, ${k}, '${OPEN}', '${CLOSE}'), '${OPEN}') > 0`;
  const pick = `CASE ${SNIPPET_ORDER.map((f) => `WHEN ${flag(SEARCH_FIELDS.indexOf(f))} THEN ${SEARCH_FIELDS.indexOf(f)}`).join(' ')} ELSE ${SEARCH_FIELDS.indexOf('prompt')} END`;
  const rows = sql(db, `SELECT rowid, ${SEARCH_FIELDS.map((_, k) => flag(k)).join(', ')}, ${pick}, snippet(fts, ${pick}, '${OPEN}', '${CLOSE}', '…', 16)
    FROM fts WHERE fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`).raw().all(match, JSON.stringify(rowids)) as (number | string)[][];
  const out = new Map<number, SearchHit['matched']>();
  for (const r of rows) {
    const fields = SEARCH_FIELDS.filter((_, k) => r[k + 1]);
    const field = SEARCH_FIELDS[Number(r[SEARCH_FIELDS.length + 1])] ?? 'prompt';
    out.set(Number(r[0]), { fields, field, ...marks(String(r[SEARCH_FIELDS.length + 2] ?? '').replace(/\s+/g, ' ').trim()) });
  }
  return out;
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
