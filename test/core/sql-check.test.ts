/** A SQL answer judged on both data sets, and the columns read from CREATE TABLE statements. */
import { describe, expect, it } from 'vitest';
import { judgeSql, tableColumns, type SqlOutcome } from '../../src/core/sql-check.js';

const rows = (r: (string | number | null)[][]): SqlOutcome => ({ kind: 'rows', columns: (r[0] ?? ['x']).map((_, k) => `c${k}`), rows: r });
const opts = { order_matters: false };

describe('judgeSql', () => {
  it('correct when both data sets match', () => {
    const r = judgeSql(opts, { visible: { expected: rows([[1]]), got: rows([[1]]) }, hidden: { expected: rows([[1], [2]]), got: rows([[2], [1]]) } });
    expect(r).toEqual({ correct: true, visible: { correct: true, rows: 1, expectedRows: 1, differences: [] }, hidden: { correct: true, rows: 2, expectedRows: 2, differences: [] }, error: null });
  });

  it('passes the visible data and fails the hidden data, without the hidden rows', () => {
    const r = judgeSql(opts, { visible: { expected: rows([[1]]), got: rows([[1]]) }, hidden: { expected: rows([['secret', 2]]), got: rows([['other', 3]]) } });
    expect(r.correct).toBe(false);
    expect(r.visible?.correct).toBe(true);
    expect(r.hidden?.differences.join(' ')).not.toMatch(/secret|other/);
  });

  it.each<[string, SqlOutcome, RegExp]>([
    ['an SQLite error', { kind: 'error', message: 'near "FORM": syntax error (line 1, column 10)' }, /^near "FORM"/],
    ['a refusal', { kind: 'refused', message: 'PRAGMA is refused' }, /PRAGMA/],
    ['a timeout', { kind: 'timeout', message: 'The query ran past the 2 s limit' }, /2 s/],
  ])('%s on the visible data is the error, and nothing else is judged', (_, got, message) => {
    const r = judgeSql(opts, { visible: { expected: rows([[1]]), got }, hidden: null });
    expect(r).toMatchObject({ correct: false, visible: null, hidden: null });
    expect(r.error).toMatch(message);
  });

  it('an error on the hidden data only names the hidden data', () => {
    const r = judgeSql(opts, { visible: { expected: rows([[1]]), got: rows([[1]]) }, hidden: { expected: rows([[1]]), got: { kind: 'timeout', message: 'stopped' } } });
    expect(r.error).toBe('on the hidden data: stopped');
    expect(r.correct).toBe(false);
  });

  it('a reference solution that fails is said to be the item\'s fault', () => {
    const r = judgeSql(opts, { visible: { expected: { kind: 'setup', message: 'row 2 has 1 value' }, got: rows([[1]]) }, hidden: null });
    expect(r.error).toMatch(/reference solution did not run: row 2/);
  });
});

describe('tableColumns', () => {
  it('reads names in order, skipping constraints, comments and quotes', () => {
    const cols = tableColumns(`
      -- people
      CREATE TABLE employees (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, "dept" TEXT DEFAULT 'a,b', salary NUMERIC(10, 2),
        UNIQUE (name, dept), FOREIGN KEY (dept) REFERENCES depts(id)
      );
      /* second */ create table if not exists Events (user_id INT, ts TEXT, CONSTRAINT pk PRIMARY KEY (user_id, ts));`);
    expect([...cols.entries()]).toEqual([['employees', ['id', 'name', 'dept', 'salary']], ['events', ['user_id', 'ts']]]);
  });
});
