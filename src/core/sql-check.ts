/**
 * A SQL answer judged: the candidate's result against the reference solution's, on the visible and the
 * hidden data (core/sql-compare.ts), as `prep score`, the drill and the linter report it. Also the
 * columns of the item's tables, read from its CREATE TABLE statements, for the on-screen tables. Pure.
 */
import { compareResults, describeDifferences, type ResultSet } from './sql-compare.js';

/** What running one query on one data set gave (the runner's answer). */
export type SqlOutcome =
  | ({ kind: 'rows' } & ResultSet)
  | { kind: 'refused'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'timeout'; message: string }
  /** The item's own schema or rows are broken (a content bug, not the candidate's). */
  | { kind: 'setup'; message: string };

export interface SqlSetReport {
  correct: boolean;
  rows: number;
  expectedRows: number;
  /** What differs, in words; the visible data's with example rows, the hidden data's never. */
  differences: string[];
}

export interface SqlReport {
  correct: boolean;
  visible: SqlSetReport | null;
  hidden: SqlSetReport | null;
  /** A refusal, an SQLite error or the time limit, naming the data set; null when both ran. */
  error: string | null;
}

export interface SqlRuns {
  /** The reference solution's outcome, and the answer's, on each data set. */
  visible: { expected: SqlOutcome; got: SqlOutcome };
  hidden: { expected: SqlOutcome; got: SqlOutcome } | null;
}

export interface SqlJudgeOptions {
  order_matters: boolean;
  float_tolerance?: number;
}

function setReport(expected: ResultSet, got: ResultSet, o: SqlJudgeOptions, showRows: boolean): SqlSetReport {
  const c = compareResults(expected, got, { ordered: o.order_matters, ...(o.float_tolerance !== undefined ? { tolerance: o.float_tolerance } : {}) });
  return { correct: c.equal, rows: c.rows, expectedRows: c.expectedRows, differences: describeDifferences(c, showRows) };
}

const failure = (o: SqlOutcome): string | null => (o.kind === 'rows' ? null : o.message);

/** The verdict on both data sets; `hidden` null when the visible data already failed to run. */
export function judgeSql(item: SqlJudgeOptions, runs: SqlRuns): SqlReport {
  const ref = failure(runs.visible.expected) ?? (runs.hidden ? failure(runs.hidden.expected) : null);
  if (ref) return { correct: false, visible: null, hidden: null, error: `the item's reference solution did not run: ${ref}` };
  const v = runs.visible;
  if (v.got.kind !== 'rows') return { correct: false, visible: null, hidden: null, error: v.got.message };
  const visible = setReport(v.expected as ResultSet, v.got, item, true);
  const h = runs.hidden;
  if (!h) return { correct: false, visible, hidden: null, error: null };
  if (h.got.kind !== 'rows') return { correct: false, visible, hidden: null, error: `on the hidden data: ${h.got.message}` };
  const hidden = setReport(h.expected as ResultSet, h.got, item, false);
  return { correct: visible.correct && hidden.correct, visible, hidden, error: null };
}

const CONSTRAINT = /^(CONSTRAINT|PRIMARY|FOREIGN|UNIQUE|CHECK)\b/i;

/** Split at commas outside parentheses and quotes. */
function topLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let cur = '';
  for (const c of s) {
    if (quote) (cur += c), c === quote && (quote = null);
    else if (c === "'" || c === '"' || c === '`') (quote = c), (cur += c);
    else if (c === '(') depth++, (cur += c);
    else if (c === ')') depth--, (cur += c);
    else if (c === ',' && depth === 0) out.push(cur), (cur = '');
    else cur += c;
  }
  return [...out, cur].map((x) => x.trim()).filter(Boolean);
}

const unquote = (name: string) => name.replace(/^["`[]|["`\]]$/g, '');

/** Table -> column names, in order, from CREATE TABLE statements (comments dropped). */
export function tableColumns(schema: string): Map<string, string[]> {
  const text = schema.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  const out = new Map<string, string[]>();
  const re = /CREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?("[^"]+"|`[^`]+`|\[[^\]]+\]|[\w.]+)\s*\(/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let depth = 1;
    let i = re.lastIndex;
    while (i < text.length && depth) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0, i++;
    const defs = topLevel(text.slice(re.lastIndex, i - 1)).filter((d) => !CONSTRAINT.test(d));
    out.set(unquote(m[1]!).toLowerCase(), defs.map((d) => unquote(/^("[^"]+"|`[^`]+`|\[[^\]]+\]|\S+)/.exec(d)![1]!)));
  }
  return out;
}
