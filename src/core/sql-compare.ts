/**
 * Is a query's result the reference's? Same column count, same rows (as a multiset unless the order
 * matters), numbers within a relative-or-absolute tolerance, NULL equal to NULL; column names do not
 * matter. The verdict says what differs (missing rows, extra rows, wrong values in a column, wrong
 * order) and shows rows only when asked (never for the hidden data). Pure.
 */

/** A cell as the runner hands it over: blobs arrive as hex text. */
export type Cell = string | number | null;

export interface ResultSet {
  columns: string[];
  rows: Cell[][];
  /** The runner stopped reading at its row limit. */
  truncated?: boolean;
}

export interface CompareOptions {
  ordered: boolean;
  tolerance?: number;
}

export type Difference =
  | { kind: 'columns'; expected: number; got: number }
  | { kind: 'missing'; count: number; sample: Cell[][] }
  | { kind: 'extra'; count: number; sample: Cell[][] }
  /** Rows that match but for the values in these (1-based) columns. */
  | { kind: 'values'; column: number; rows: number; sample: { expected: Cell; got: Cell }[] }
  | { kind: 'order'; firstAt: number }
  | { kind: 'truncated' };

export interface Comparison {
  equal: boolean;
  rows: number;
  expectedRows: number;
  differences: Difference[];
}

export const DEFAULT_TOLERANCE = 1e-9;
const SAMPLE = 3;

export function sameCell(a: Cell, b: Cell, tol: number): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

const sameRow = (a: Cell[], b: Cell[], tol: number) => a.length === b.length && a.every((c, i) => sameCell(c, b[i]!, tol));
const key = (r: Cell[]) => JSON.stringify(r.map((c) => (typeof c === 'number' ? ['n', c] : c)));

/** Pair rows of `want` with rows of `got`: exact matches first (hashed), then within tolerance. */
function match(want: Cell[][], got: Cell[][], tol: number): { missing: Cell[][]; extra: Cell[][] } {
  const pool = new Map<string, number[]>();
  got.forEach((r, i) => pool.set(key(r), [...(pool.get(key(r)) ?? []), i]));
  const used = new Set<number>();
  const unmatched: Cell[][] = [];
  for (const r of want) {
    const hit = pool.get(key(r))?.pop();
    if (hit === undefined) unmatched.push(r);
    else used.add(hit);
  }
  const rest = got.map((r, i) => ({ r, i })).filter((x) => !used.has(x.i));
  const missing: Cell[][] = [];
  for (const r of unmatched) {
    const j = rest.findIndex((x) => sameRow(r, x.r, tol));
    if (j < 0) missing.push(r);
    else rest.splice(j, 1);
  }
  return { missing, extra: rest.map((x) => x.r) };
}

/** Missing and extra rows that pair up, differing only in some columns: wrong values in those columns. */
function wrongValues(missing: Cell[][], extra: Cell[][], tol: number): Difference[] | null {
  if (!missing.length || missing.length !== extra.length) return null;
  const width = missing[0]!.length;
  const left = [...extra];
  const byColumn = new Map<number, { expected: Cell; got: Cell }[]>();
  for (const m of missing) {
    let best = -1;
    let bestDiff: number[] = [];
    left.forEach((e, j) => {
      const diff = m.map((c, k) => (sameCell(c, e[k]!, tol) ? -1 : k)).filter((k) => k >= 0);
      if (best < 0 || diff.length < bestDiff.length) (best = j), (bestDiff = diff);
    });
    // Pairs that share no column are different rows, not wrong values.
    if (best < 0 || bestDiff.length === width || (width > 1 && bestDiff.length > width / 2)) return null;
    const e = left.splice(best, 1)[0]!;
    for (const k of bestDiff) byColumn.set(k, [...(byColumn.get(k) ?? []), { expected: m[k]!, got: e[k]! }]);
  }
  return [...byColumn.entries()].sort((a, b) => a[0] - b[0]).map(([k, pairs]) => ({ kind: 'values', column: k + 1, rows: pairs.length, sample: pairs.slice(0, SAMPLE) }));
}

export function compareResults(expected: ResultSet, got: ResultSet, opts: CompareOptions): Comparison {
  const tol = opts.tolerance ?? DEFAULT_TOLERANCE;
  const base = { rows: got.rows.length, expectedRows: expected.rows.length };
  const wantCols = expected.columns.length;
  const gotCols = got.columns.length;
  if (wantCols !== gotCols) return { ...base, equal: false, differences: [{ kind: 'columns', expected: wantCols, got: gotCols }] };
  const differences: Difference[] = got.truncated ? [{ kind: 'truncated' }] : [];
  const { missing, extra } = match(expected.rows, got.rows, tol);
  if (missing.length || extra.length) {
    const values = wrongValues(missing, extra, tol);
    if (values) differences.push(...values);
    else {
      if (missing.length) differences.push({ kind: 'missing', count: missing.length, sample: missing.slice(0, SAMPLE) });
      if (extra.length) differences.push({ kind: 'extra', count: extra.length, sample: extra.slice(0, SAMPLE) });
    }
  } else if (opts.ordered) {
    const at = expected.rows.findIndex((r, i) => !sameRow(r, got.rows[i]!, tol));
    if (at >= 0) differences.push({ kind: 'order', firstAt: at + 1 });
  }
  return { ...base, equal: differences.length === 0, differences };
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
const cellText = (c: Cell) => (c === null ? 'NULL' : typeof c === 'number' ? String(c) : JSON.stringify(c));
const rowText = (r: Cell[]) => `(${r.map(cellText).join(', ')})`;

/** The differences in words; rows and values only with `showRows` (the visible data, never the hidden). */
export function describeDifferences(c: Comparison, showRows: boolean): string[] {
  return c.differences.map((d) => {
    switch (d.kind) {
      case 'columns':
        return `returns ${plural(d.got, 'column')}; the answer has ${d.expected}`;
      case 'truncated':
        return `returns more rows than the row limit (${c.rows} read); the answer has ${c.expectedRows}`;
      case 'missing':
        return `${plural(d.count, 'row')} missing${showRows ? `, e.g. ${d.sample.map(rowText).join(' ')}` : ''}`;
      case 'extra':
        return `${plural(d.count, 'extra row')}${showRows ? `, e.g. ${d.sample.map(rowText).join(' ')}` : ''}`;
      case 'values':
        return `wrong values in column ${d.column} on ${plural(d.rows, 'row')}${showRows ? `, e.g. ${d.sample.map((p) => `${cellText(p.got)} instead of ${cellText(p.expected)}`).join('; ')}` : ''}`;
      case 'order':
        return `the right rows in the wrong order (first out of place: row ${d.firstAt})`;
    }
  });
}
