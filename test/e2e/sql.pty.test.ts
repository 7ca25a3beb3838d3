/** A sql item drilled in a terminal: a wrong query tried and submitted, then the same item answered right. */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers.js';
import { spawnPrep } from './pty.js';

const Database = createRequire(import.meta.url)('better-sqlite3');
let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeEach(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_BANK_DIRS: join(FIXTURES, 'sql', 'bank'), PREP_NOW: '2026-03-01T09:00:00Z' };
});
afterEach(() => t.done());

const WRONG = ['SELECT name FROM customers', 'WHERE id NOT IN (SELECT customer_id FROM orders)', 'ORDER BY name;'];
const RIGHT = ['SELECT c.name FROM customers c', 'WHERE NOT EXISTS (', '  SELECT 1 FROM orders o WHERE o.customer_id = c.id)', 'ORDER BY c.name;'];

describe('prep drill on a sql item', () => {
  it('answers wrong (the hidden data catches it), then right when the item comes back, after a query stopped at 2 s', async () => {
    const s = spawnPrep(['drill', '--id', 'sqlfix-no-orders', '--time', '300'], env, { cols: 100, rows: 40 });
    await s.waitScreen(/Schema \(SQLite\):[\s\S]*customers \(3 rows\)[\s\S]*Ctrl-T: run/);
    expect(s.screen().join('\n')).toMatch(/id │ name\n\s+───┼─────\n\s+1 │ Ann/);
    s.send(WRONG.join('\r'));
    s.send('\u0014'); // Ctrl-T: run on the visible rows
    await s.waitScreen(/Your query on the visible rows: 1 row[\s\S]*Bo/);
    s.send('\u0004'); // Ctrl-D: submit
    await s.waitScreen(/Query: not correct[\s\S]*✓ visible data\s+✗ hidden data[\s\S]*hidden data: 3 rows missing/);
    await s.waitScreen(/Enter: Again \(suggested\)/);
    s.send('1');
    // Again: it comes back at the end of the session, with a fresh box.
    await s.waitScreen(/2\/2 · sqlfix-no-orders[\s\S]*Ctrl-T: run/);
    // A runaway query is stopped at 2 s and the drill goes on.
    s.send('WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT count(*) FROM c');
    s.send('\u0014');
    await s.waitScreen(/ran past the 2 s limit and was stopped/);
    s.send('\u0015');
    s.send('.tables');
    s.send('\u0014');
    await s.waitScreen(/\.tables is a sqlite3 shell command, not SQL/);
    s.send('\u0015'); // Ctrl-U clears the line
    s.send(RIGHT.join('\r'));
    s.send('\u0004');
    await s.waitScreen(/Query: correct on the visible and the hidden data/);
    s.send('\r'); // take the suggestion
    expect(await s.exited).toBe(0);
    const db = new Database(join(t.dir, 'prep.db'), { readonly: true });
    const rows = db.prepare('SELECT card_id, rating, suggested, typed_answer, rubric_score FROM reviews ORDER BY id').all();
    db.close();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ card_id: 'sqlfix-no-orders', rating: 'again', suggested: 'again', rubric_score: 0 });
    expect(rows[0].typed_answer).toMatch(/NOT IN/);
    expect(rows[1]).toMatchObject({ rubric_score: 1 });
    expect(rows[1].rating).toBe(rows[1].suggested);
    expect(rows[1].typed_answer).toMatch(/NOT EXISTS/);
  }, 60_000);
});
