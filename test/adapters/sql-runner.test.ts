/** The SQL runner on a real child process: rows, errors, refusals, the time limit, the row limit, and no file written. */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlRunner, type SqlJob } from '../../src/adapters/sql-runner.js';
import { tempDir } from '../helpers.js';

const ITEM = {
  schema: 'CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL);',
  data: { t: [[1, 'Ann', 1.5], [2, 'Bo', null], [3, 'Cy', 3]] },
};
const q = (query: string): SqlJob => ({ ...ITEM, query });

let dir: ReturnType<typeof tempDir>;
let runner: SqlRunner;
beforeAll(() => {
  dir = tempDir('prep-sql-');
  // An empty working folder and temp folder: whatever a query does, they must stay empty.
  runner = new SqlRunner({ timeoutMs: 1500, rowLimit: 50, cwd: dir.dir, env: { ...process.env, TMPDIR: dir.dir, SQLITE_TMPDIR: dir.dir } });
});
afterAll(() => {
  runner.close();
  dir.done();
});

describe('SqlRunner', () => {
  it('returns columns and rows, NULL as null, on a fresh database each time', async () => {
    expect(await runner.run(q('SELECT name, score FROM t ORDER BY id'))).toEqual({ kind: 'rows', columns: ['name', 'score'], rows: [['Ann', 1.5], ['Bo', null], ['Cy', 3]] });
    // The tables are the item's, built afresh: nothing from an earlier query survives.
    expect(await runner.run(q('SELECT count(*) FROM t'))).toMatchObject({ rows: [[3]] });
  });

  it("gives SQLite's message with the position of the token it names", async () => {
    const o = await runner.run(q('SELECT name\nFORM t'));
    expect(o).toMatchObject({ kind: 'error' });
    expect(o.kind === 'error' && o.message).toMatch(/near "t": syntax error \(line 2, column 6\)/);
    expect(await runner.run(q('SELECT nope FROM t'))).toMatchObject({ kind: 'error', message: expect.stringMatching(/no such column: nope/) });
  });

  it.each([
    ["ATTACH DATABASE 'stolen.db' AS s", /ATTACH is refused/],
    ['DETACH DATABASE main', /DETACH is refused/],
    ["VACUUM INTO 'copy.db'", /VACUUM is refused/],
    ['PRAGMA table_info(t)', /PRAGMA is refused/],
    ['INSERT INTO t VALUES (4, NULL, NULL)', /INSERT is refused/],
    ['UPDATE t SET name = 1', /UPDATE is refused/],
    ['DELETE FROM t', /DELETE is refused/],
    ['CREATE TABLE u (a)', /CREATE is refused/],
    ['DROP TABLE t', /DROP is refused/],
    ['ALTER TABLE t RENAME TO u', /ALTER is refused/],
    ['REPLACE INTO t VALUES (1, NULL, NULL)', /REPLACE is refused/],
    ["SELECT load_extension('./x.so')", /load_extension is refused/],
    ['.tables', /shell command, not SQL: the tables, their columns and the visible rows are shown above the answer box/],
    ['SELECT 1; SELECT 2', /one statement/],
  ])('refuses %j', async (query, message) => {
    expect(await runner.run(q(query))).toEqual({ kind: 'refused', message: expect.stringMatching(message) });
  });

  it('stops at the row limit', async () => {
    const o = await runner.run(q('WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT n FROM c'));
    expect(o.kind === 'rows' && [o.rows.length, o.truncated]).toEqual([50, true]);
  });

  it('kills a runaway query at the time limit, and the next query runs in a new worker', async () => {
    await runner.run(q('SELECT 1'));
    const before = runner.pid;
    const start = Date.now();
    const o = await runner.run(q('WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT count(*) FROM c'));
    expect(o).toEqual({ kind: 'timeout', message: expect.stringMatching(/ran past the 1\.5 s limit and was stopped/) });
    expect(Date.now() - start).toBeLessThan(4000);
    expect(await runner.run(q('SELECT count(*) FROM t a, t b'))).toMatchObject({ kind: 'rows', rows: [[9]] });
    expect(runner.pid).not.toBe(before);
  });

  it('a cross join that multiplies rows stops at the limit too', async () => {
    const big = { ...ITEM, data: { t: Array.from({ length: 200 }, (_, i) => [i, `n${i}`, i / 2]) } };
    const o = await runner.run({ ...big, query: 'SELECT count(*) FROM t a, t b, t c, t d WHERE a.score + b.score + c.score + d.score > -1' });
    expect(o.kind).toBe('timeout');
  });

  it('reports a broken item (a short row, an unknown table, a hostile schema) as setup, not as the answer', async () => {
    expect(await runner.run({ ...ITEM, data: { t: [[1, 'Ann']] }, query: 'SELECT 1' })).toEqual({ kind: 'setup', message: 't has 3 columns; its row 1 has 2 values' });
    expect(await runner.run({ ...ITEM, data: { u: [[1]] }, query: 'SELECT 1' })).toMatchObject({ kind: 'setup', message: expect.stringMatching(/table u/) });
    expect(await runner.run({ ...ITEM, schema: "ATTACH 'x.db' AS x", query: 'SELECT 1' })).toMatchObject({ kind: 'setup' });
  });

  it('writes no file: not in its working folder, not in the temp folder', async () => {
    // A large sort and a large DISTINCT would use temporary storage: it stays in memory.
    const sorted = await runner.run(q("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 100000) SELECT n, printf('%.100c', 'x') FROM c ORDER BY 2, 1 DESC"));
    expect(sorted).toMatchObject({ kind: 'rows', rows: expect.arrayContaining([[100000, 'x'.repeat(100)]]) });
    await runner.run(q("ATTACH DATABASE 'stolen.db' AS s"));
    await runner.run(q("VACUUM INTO 'copy.db'"));
    expect(readdirSync(dir.dir)).toEqual([]);
  });
});
