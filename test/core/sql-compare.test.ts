/** The result comparator: column count, multiset or ordered rows, float tolerance, NULL = NULL, and the report of what differs. */
import { describe, expect, it } from 'vitest';
import { compareResults, describeDifferences, sameCell, type Cell, type ResultSet } from '../../src/core/sql-compare.js';

const rs = (rows: Cell[][], columns = rows[0]?.map((_, k) => `c${k}`) ?? ['c0']): ResultSet => ({ columns, rows });
const kinds = (c: ReturnType<typeof compareResults>) => c.differences.map((d) => d.kind);

describe('sameCell', () => {
  it.each<[Cell, Cell, number, boolean]>([
    [null, null, 1e-9, true],
    [null, 0, 1e-9, false],
    [null, '', 1e-9, false],
    [1, 1.0, 1e-9, true],
    [0.1 + 0.2, 0.3, 1e-9, true],
    [1000000, 1000000.0001, 1e-9, true], // relative
    [1000000, 1000001, 1e-9, false],
    [0.5, 0.51, 0.05, true],
    [1, '1', 1e-9, false], // a number is not its text
    ['a', 'a', 1e-9, true],
    ['a', 'A', 1e-9, false],
  ])('%j vs %j (tolerance %d): %s', (a, b, tol, want) => expect(sameCell(a, b, tol)).toBe(want));
});

describe('compareResults', () => {
  const want = rs([['eng', 100], ['ops', 80], ['hr', null]]);
  it.each<[string, ResultSet, boolean, string[]]>([
    ['the same rows in another order, order not asked', rs([['ops', 80], ['hr', null], ['eng', 100]]), false, []],
    ['column names do not matter', rs([['eng', 100], ['ops', 80], ['hr', null]], ['x', 'y']), false, []],
    ['floats within tolerance', rs([['eng', 100.0000000001], ['ops', 80], ['hr', null]]), false, []],
    ['a missing row', rs([['eng', 100], ['ops', 80]]), false, ['missing']],
    ['an extra row', rs([['eng', 100], ['ops', 80], ['hr', null], ['hr', null]]), false, ['extra']],
    ['wrong values in one column', rs([['eng', 120], ['ops', 90], ['hr', null]]), false, ['values']],
    ['a NULL where a value belongs', rs([['eng', 100], ['ops', null], ['hr', null]]), false, ['values']],
    ['one column too many', rs([['eng', 100, 1], ['ops', 80, 1], ['hr', null, 1]]), false, ['columns']],
    ['the wrong order when it matters', rs([['ops', 80], ['eng', 100], ['hr', null]]), true, ['order']],
    ['the right order when it matters', rs([['eng', 100], ['ops', 80], ['hr', null]]), true, []],
    ['different rows altogether', rs([['a', 1], ['b', 2], ['c', 3]]), false, ['missing', 'extra']],
  ])('%s', (_, got, ordered, diffs) => {
    const c = compareResults(want, got, { ordered });
    expect(kinds(c)).toEqual(diffs);
    expect(c.equal).toBe(diffs.length === 0);
  });

  it('duplicates count: a multiset, not a set', () => {
    expect(compareResults(rs([[1], [1], [2]]), rs([[1], [2], [2]]), { ordered: false }).equal).toBe(false);
    expect(compareResults(rs([[1], [1], [2]]), rs([[2], [1], [1]]), { ordered: false }).equal).toBe(true);
  });

  it('an empty result against an empty answer is equal; a truncated result is not', () => {
    expect(compareResults(rs([], ['a']), rs([], ['b']), { ordered: false }).equal).toBe(true);
    expect(compareResults(rs([[1]]), { ...rs([[1]]), truncated: true }, { ordered: false }).equal).toBe(false);
  });

  it('a wider tolerance is honoured', () => {
    expect(compareResults(rs([[0.333]]), rs([[1 / 3]]), { ordered: false }).equal).toBe(false);
    expect(compareResults(rs([[0.333]]), rs([[1 / 3]]), { ordered: false, tolerance: 0.01 }).equal).toBe(true);
  });
});

describe('describeDifferences', () => {
  const want = rs([['eng', 100], ['ops', 80]]);
  it('names the column of wrong values and shows them only when rows may be shown', () => {
    const c = compareResults(want, rs([['eng', 120], ['ops', 80]]), { ordered: false });
    expect(describeDifferences(c, true)).toEqual(['wrong values in column 2 on 1 row, e.g. 120 instead of 100']);
    expect(describeDifferences(c, false)).toEqual(['wrong values in column 2 on 1 row']);
  });

  it('never prints a row of the hidden data', () => {
    const c = compareResults(want, rs([['secret', 1], ['hidden', 2], ['rows', 3]]), { ordered: false });
    const hidden = describeDifferences(c, false).join('\n');
    expect(hidden).toBe('2 rows missing\n3 extra rows');
    expect(hidden).not.toMatch(/secret|hidden|eng|ops/);
    expect(describeDifferences(c, true).join('\n')).toMatch(/\("eng", 100\)[\s\S]*\("secret", 1\)/);
  });

  it('says the column count, and the first row out of order', () => {
    expect(describeDifferences(compareResults(want, rs([['eng'], ['ops']]), { ordered: false }), true)).toEqual(['returns 1 column; the answer has 2']);
    expect(describeDifferences(compareResults(want, rs([['ops', 80], ['eng', 100]]), { ordered: true }), true)).toEqual(['the right rows in the wrong order (first out of place: row 1)']);
  });
});
