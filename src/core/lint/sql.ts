/**
 * Lint rules for `type: sql` items (FORMATS.md): every table in data and hidden_data is created by the
 * schema and every row has the table's column count (every lint run); at least one wrong query in
 * `checks`, each fitting 78 columns (strict); and, from the runs, the solution runs on both data sets
 * and each check passes the visible data and fails the hidden data (strict). Pure.
 */
import type { Item } from '../schema.js';
import { tableColumns, type SqlOutcome, type SqlReport } from '../sql-check.js';
import { issue, type LintIssue } from './types.js';
import type { LintBank } from './references.js';
import { MAX_COLUMNS, wideLines } from './text.js';

type Sql = Extract<Item, { type: 'sql' }>;
type Path = (string | number)[];

export const sqlItems = (banks: readonly LintBank[]) =>
  banks.flatMap((b) => b.data.items.flatMap((it, i) => (it.type === 'sql' ? [{ file: b.file, at: ['items', i] as Path, item: it }] : [])));

function rowIssues(file: string, at: Path, field: 'data' | 'hidden_data', data: Sql['data'], columns: Map<string, string[]>): LintIssue[] {
  const out: LintIssue[] = [];
  for (const [table, rows] of Object.entries(data)) {
    const cols = columns.get(table.toLowerCase());
    if (!cols) {
      out.push(issue(file, [...at, field, table], `${field} has rows for table "${table}", which the schema does not create`, `Tables in the schema: ${[...columns.keys()].join(', ') || 'none'}.`));
      continue;
    }
    rows.forEach((r, j) => {
      if (r.length !== cols.length) {
        out.push(issue(file, [...at, field, table, j], `${table} row ${j + 1} has ${r.length} value${r.length === 1 ? '' : 's'}; the table has ${cols.length} columns (${cols.join(', ')})`, 'Write each row as a list in the CREATE TABLE column order; null for a missing value.'));
      }
    });
  }
  return out;
}

/** Tables and row widths: checked on every lint run. */
export function sqlShapeIssues(banks: readonly LintBank[]): LintIssue[] {
  return sqlItems(banks).flatMap(({ file, at, item }) => {
    const columns = tableColumns(item.schema);
    if (!columns.size) return [issue(file, [...at, 'schema'], 'the schema creates no table', 'Write CREATE TABLE statements, e.g. CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);')];
    return [...rowIssues(file, at, 'data', item.data, columns), ...rowIssues(file, at, 'hidden_data', item.hidden_data, columns)];
  });
}

/** Strict rules that need no run: a wrong query to check, and check queries that fit the screen. */
export function sqlQualityIssues(file: string, at: Path, item: Sql): LintIssue[] {
  const out: LintIssue[] = [];
  if (!item.checks?.length) out.push(issue(file, at, 'sql item has no checks', 'Add a plausible wrong query that passes the visible data and fails the hidden data: checks: [{why: ..., query: ...}].'));
  item.checks?.forEach((c, k) => {
    for (const w of wideLines(c.query)) out.push(issue(file, [...at, 'checks', k, 'query'], `query line ${w.index + 1} is ${w.width} columns wide; preformatted fields fit ${MAX_COLUMNS}`, 'Break the line.'));
  });
  return out;
}

const said = (o: SqlOutcome) => (o.kind === 'rows' ? '' : o.message);
const why = (r: SqlReport, set: 'visible' | 'hidden') => r.error ?? r[set]?.differences.join('; ') ?? '';

/** From the runs: the solution's outcome on each data set, and each check's report. */
export function sqlRunIssues(file: string, at: Path, item: Sql, runs: { visible: SqlOutcome; hidden: SqlOutcome; checks: SqlReport[] }): LintIssue[] {
  const out: LintIssue[] = [];
  for (const set of ['visible', 'hidden'] as const) {
    const o = runs[set];
    if (o.kind === 'setup') out.push(issue(file, [...at, set === 'visible' ? 'data' : 'hidden_data'], `the ${set} data does not load: ${o.message}`, 'Fix the schema or the rows.'));
    else if (o.kind !== 'rows') out.push(issue(file, [...at, 'solution'], `the solution does not run on the ${set} data: ${said(o)}`, 'Fix the query (SQLite dialect), the schema or the rows.'));
    else if (!o.rows.length) out.push(issue(file, [...at, 'solution'], `the solution returns no rows on the ${set} data`, 'Give the data rows that the question selects.', 'warning'));
  }
  if (runs.visible.kind !== 'rows' || runs.hidden.kind !== 'rows') return out;
  runs.checks.forEach((r, k) => {
    const path = [...at, 'checks', k, 'query'];
    if (!r.visible?.correct) out.push(issue(file, path, `check ${k + 1} does not pass the visible data (${why(r, 'visible')})`, 'A check is a plausible wrong query that looks right on the visible rows: the candidate cannot tell it is wrong from them.'));
    else if (r.hidden?.correct) out.push(issue(file, path, `check ${k + 1} passes the hidden data: it is not caught`, `Add the edge case it misses (${item.checks?.[k]?.why ?? 'ties, NULLs, empty groups'}) to hidden_data.`));
  });
  return out;
}
