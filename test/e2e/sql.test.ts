/** SQL items through the real binary: `bank lint --strict` on fixture banks, and `prep score --json` with the `sql` block. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runPrep, tempDir } from '../helpers.js';

const GOOD = join(FIXTURES, 'sql', 'bank');
const BROKEN = join(FIXTURES, 'sql', 'broken');

let t: ReturnType<typeof tempDir>;
beforeAll(() => {
  t = tempDir();
});
afterAll(() => t.done());

const env = (dir = GOOD) => ({ PREP_HOME: t.dir, PREP_BANK_DIRS: dir });
const lint = (dir: string) => {
  const r = runPrep(['bank', 'lint', '--strict', '--json', join(dir, dir === GOOD ? 'sqlfix.yaml' : 'sqlbad.yaml')], env(dir));
  return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: { line: number; message: string }[] }).findings };
};

describe('bank lint --strict on sql items', () => {
  it('passes a bank whose solutions run and whose checks pass the visible data and fail the hidden data', () => {
    const r = lint(GOOD);
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('fails a check that passes the hidden data, a check that fails the visible data, and rows of the wrong width', () => {
    const r = lint(BROKEN);
    expect(r.code).toBe(2);
    const messages = r.findings.map((f) => f.message);
    expect(messages).toContain('check 1 passes the hidden data: it is not caught');
    expect(messages).toContainEqual(expect.stringMatching(/^check 2 does not pass the visible data \(the right rows in the wrong order/));
    expect(messages).toContain('customers row 2 has 1 value; the table has 2 columns (id, name)');
    expect(messages).toContain('hidden_data has rows for table "visits", which the schema does not create');
  });

  it('checks row widths without --strict too', () => {
    const r = runPrep(['bank', 'lint', '--json', join(BROKEN, 'sqlbad.yaml')], env(BROKEN));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).findings.map((f: { message: string }) => f.message)).toContain('customers row 2 has 1 value; the table has 2 columns (id, name)');
  });
});

describe('prep score on a sql item', () => {
  const score = (query: string, extra: string[] = []) => {
    const file = join(t.dir, 'q.sql');
    writeFileSync(file, query);
    const r = runPrep(['score', 'sqlfix-no-orders', '--answer-file', file, '--json', ...extra], env());
    return { code: r.code, json: r.stdout ? JSON.parse(r.stdout) : null, stderr: r.stderr };
  };

  it('a right query: correct on both data sets', () => {
    const r = score('SELECT c.name FROM customers c LEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.id IS NULL ORDER BY 1;');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ version: 1, id: 'sqlfix-no-orders', type: 'sql', coverage: 1 });
    expect(r.json.sql).toEqual({
      correct: true,
      visible: { correct: true, rows: 1, expectedRows: 1, differences: [] },
      hidden: { correct: true, rows: 3, expectedRows: 3, differences: [] },
      error: null,
    });
  });

  it('the NOT IN trap: right on the visible data, wrong on the hidden data, whose rows are not shown', () => {
    const r = score('SELECT name FROM customers WHERE id NOT IN (SELECT customer_id FROM orders) ORDER BY name');
    expect(r.code).toBe(0);
    expect(r.json.sql).toMatchObject({ correct: false, visible: { correct: true }, hidden: { correct: false, rows: 0, expectedRows: 3, differences: ['3 rows missing'] }, error: null });
    expect(r.json.suggested).toBe('again');
    expect(JSON.stringify(r.json)).not.toMatch(/"Al"|\bAl\b/); // a hidden customer's name
  });

  it('the wrong order when the order matters', () => {
    const r = score('SELECT c.name FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) ORDER BY 1 DESC');
    expect(r.json.sql.hidden.differences).toEqual(['the right rows in the wrong order (first out of place: row 1)']);
  });

  it.each([
    ['SELECT name FORM customers', /near "customers": syntax error \(line 1, column 18\)/],
    ['PRAGMA table_info(customers)', /PRAGMA is refused/],
    ['.tables', /shell command/],
  ])('%j is a result: exit 0 with error set', (query, message) => {
    const r = score(query);
    expect(r.code).toBe(0);
    expect(r.json.sql).toMatchObject({ correct: false, visible: null, hidden: null, error: expect.stringMatching(message) });
  });

  it('a runaway query is stopped at 2 s: exit 0 with error set', () => {
    const start = Date.now();
    const r = score('WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT count(*) FROM c');
    expect(r.code).toBe(0);
    expect(r.json.sql.error).toMatch(/ran past the 2 s limit and was stopped/);
    expect(Date.now() - start).toBeLessThan(15_000);
  });
});
