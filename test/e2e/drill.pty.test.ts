import { writeFileSync } from 'node:fs';
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
  env = { PREP_HOME: t.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content'), PREP_NOW: '2026-03-01T09:00:00Z' };
  // Sessions here end after their items; the one test of in-session relearning turns it back on.
  writeFileSync(join(t.dir, 'config.yaml'), 'learn_ahead_minutes: 0\n');
});
afterEach(() => t.done());

const rows = (dir: string) => {
  const db = new Database(join(dir, 'prep.db'), { readonly: true });
  const r = db.prepare('SELECT card_id, rating, seconds, time_limit, timed_out, typed_answer, rubric_score, source FROM reviews ORDER BY id').all();
  db.close();
  return r;
};

describe('prep drill in a terminal', () => {
  it('answers one item typed and one aloud; the countdown falls; both grades are stored', async () => {
    const s = spawnPrep(['drill', '-n', '2', '--time', '30', '--type', 'concept'], env);
    const first = await s.waitFor(/(\d):(\d\d) left of 0:30/);
    const firstSecs = Number(first[1]) * 60 + Number(first[2]);
    await new Promise((r) => setTimeout(r, 2200));
    const mark = s.mark();
    const second = await s.waitFor(/(\d):(\d\d) left of 0:30/, 5000, mark);
    expect(Number(second[1]) * 60 + Number(second[2])).toBeLessThan(firstSecs);

    s.send('Too simple models underfit; too flexible ones overfit');
    s.send('\r');
    s.send('and regularisation trades one for the other');
    s.send('\u0004'); // Ctrl-D submits
    await s.waitFor(/Your answer[\s\S]*Grade with 1\/2\/3\/4/);
    expect(s.output()).toMatch(/✓ a\) Bias/);
    s.send('3');
    await s.waitFor(/2\/2 · /);
    const m2 = s.mark();
    s.send('\r'); // empty answer + Enter: answered aloud
    await s.waitFor(/tick what you covered/, 5000, m2);
    s.send('a');
    s.send('\r'); // accept the suggestion
    expect(await s.exited).toBe(0);
    expect(s.output()).toMatch(/Session done: 2 graded/);
    const r = rows(t.dir);
    expect(r).toHaveLength(2);
    expect(r[0]).toMatchObject({ rating: 'good', time_limit: 30, timed_out: 0, source: 'drill' });
    expect(r[0].typed_answer).toMatch(/underfit[\s\S]*regularisation/);
    expect(r[0].rubric_score).toBe(1);
    expect(r[1]).toMatchObject({ typed_answer: null, timed_out: 0 });
    expect(r[1].rubric_score).toBeCloseTo(1 / 3);
  });

  it('Ctrl-C after the first grade keeps it, prints the summary, restores the cursor and exits 130', async () => {
    const s = spawnPrep(['drill', '--time', '60'], env);
    await s.waitFor(/left of 1:00/);
    s.send('\r');
    await s.waitFor(/Grade with/);
    s.send('2');
    await s.waitFor(/2\/\d · /);
    s.send('half an answer');
    s.send('\u0003');
    expect(await s.exited).toBe(130);
    expect(s.output()).toMatch(/Stopped: 1 graded/);
    expect(s.raw().lastIndexOf('\u001b[?25h')).toBeGreaterThan(s.raw().lastIndexOf('\u001b[?25l'));
    expect(rows(t.dir)).toEqual([expect.objectContaining({ rating: 'hard' })]);
  });

  it('reveals at zero and marks the review timed out', async () => {
    const s = spawnPrep(['drill', '-n', '1', '--time', '5'], env);
    s.send('bias');
    await s.waitFor(/Time is up \(0:05\)/, 9000);
    s.send('\r'); // still typing as the clock ran out: ignored, not a grade
    await new Promise((r) => setTimeout(r, 1500));
    expect(rows(t.dir)).toHaveLength(0);
    s.send('1');
    expect(await s.exited).toBe(0);
    expect(rows(t.dir)[0]).toMatchObject({ rating: 'again', timed_out: 1, time_limit: 5 });
  });

  it('runs typed code against the tests and scores it by the share that pass', async () => {
    const s = spawnPrep(['drill', '--type', 'coding', '--time', '60'], env);
    await s.waitFor(/def test_strings[\s\S]*│ def add\(a, b\):\s+│     raise NotImplementedError/); // the box starts with the starter
    s.send('\u007f'.repeat('raise NotImplementedError'.length)); // keep the indentation, replace the body
    s.send('if True:\r'); // Enter indents: one level more after a colon
    s.send('return a + b + (1 if a == -1 else 0)'); // wrong for a negative a, and for strings
    await s.waitScreen(/│     if True:\n│         return a \+ b/);
    s.send('\u0004');
    await s.waitFor(/Tests: 3\/5 passed[\s\S]*✗ test_negative[\s\S]*✗ test_strings[\s\S]*Score: 60%/, 15_000);
    s.send('\r');
    expect(await s.exited).toBe(0);
    expect(rows(t.dir)[0]).toMatchObject({ card_id: 'mini-add', rubric_score: 0.6 });
  });

  it('a database locked by another process while grading exits 3 with the terminal restored', async () => {
    const s = spawnPrep(['drill', '--time', '60'], env);
    await s.waitFor(/left of 1:00/);
    const other = new Database(join(t.dir, 'prep.db'));
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      s.send('\r');
      await s.waitFor(/Grade with/);
      s.send('3');
      expect(await s.exited).toBe(3);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(s.output()).toMatch(/is locked by another process/);
    expect(s.raw().lastIndexOf('\u001b[?25h')).toBeGreaterThan(s.raw().lastIndexOf('\u001b[?25l'));
  }, 20_000);

  it('with nothing to do, says so and what the session would give without the filters or --due', async () => {
    const a = spawnPrep(['review'], env);
    expect(await a.exited).toBe(0);
    expect(a.output()).toMatch(/Nothing due right now\.\s+`prep drill` has 3 new items to start/);
    const d = spawnPrep(['drill', '--due'], env);
    expect(await d.exited).toBe(0);
    expect(d.output()).toMatch(/Without --due: 3 new items to start/);
    const b = spawnPrep(['drill', '--difficulty', 'hard'], env);
    expect(await b.exited).toBe(0);
    expect(b.output()).toMatch(/Without the filters: 0 due items and 2 new items/);
    const c = spawnPrep(['drill', '--type', 'ask'], env);
    expect(await c.exited).toBe(0);
    expect(c.output()).toMatch(/Questions to ask the interviewer are never drilled: `prep ask`/);
  });

  it('with today\'s new items used up, --extra-new allows more for this session; --type code-review is accepted', async () => {
    writeFileSync(join(t.dir, 'config.yaml'), 'new_per_day: 0\nlearn_ahead_minutes: 0\n');
    const a = spawnPrep(['drill'], env);
    expect(await a.exited).toBe(0);
    expect(a.output()).toMatch(/new items are used up[^\n]*--extra-new 5/);
    const b = spawnPrep(['drill', '--extra-new', '1', '--time', '60', '--type', 'concept,code-review'], env);
    await b.waitFor(/1\/1 · mini-/);
    b.send('\u0003');
    expect(await b.exited).toBe(130);
  });

  it('roles in config.yaml are the default --role; --role overrides them', async () => {
    writeFileSync(join(t.dir, 'config.yaml'), 'roles: [fs]\nlearn_ahead_minutes: 0\n');
    const a = spawnPrep(['drill'], env); // the only fs item is a coding one, held back in a default session
    expect(await a.exited).toBe(0);
    expect(a.output()).toMatch(/Without the filters \(roles fs come from config\.yaml[^)]*\): 0 due items and 2 new items/);
    const b = spawnPrep(['drill', '--role', 'ds', '--time', '60'], env);
    await b.waitFor(/mini-bias-variance[\s\S]*left of 1:00/);
    b.send('\u0003');
    expect(await b.exited).toBe(130);
  });

  it('undo takes a second u (or Ctrl-Z while the next item is asked) and puts the item back; q q stops with exit 0', async () => {
    const s = spawnPrep(['drill', '-n', '2', '--time', '60'], env);
    await s.waitFor(/left of 1:00/);
    s.send('\r');
    await s.waitFor(/Grade with/);
    s.send('4');
    await s.waitFor(/2\/2 · /);
    let m = s.mark();
    s.send('\u001a'); // Ctrl-Z while the next item is being asked
    await s.waitFor(/Undid the grade of mini-bias-variance[\s\S]*Explain the bias-variance[\s\S]*Grade with/, 5000, m);
    expect(rows(t.dir)).toHaveLength(0);
    s.send('3');
    await s.waitFor(/2\/2 · /, 5000, m);
    s.send('\r');
    await s.waitFor(/Grade with[\s\S]*Grade with/, 5000, m);
    m = s.mark();
    s.send('u');
    await s.waitFor(/Press u again to undo the grade of mini-bias-variance/, 5000, m);
    expect(rows(t.dir)).toHaveLength(1); // one u arms; it does not undo
    s.send('u');
    await s.waitFor(/Undid the grade of mini-bias-variance/, 5000, m);
    expect(rows(t.dir)).toHaveLength(0);
    s.send('q');
    await s.waitFor(/Press q again to stop/, 5000, m);
    s.send('q');
    expect(await s.exited).toBe(0);
  });

  it('keys typed at the grading screen as if into an answer box grade nothing; a pasted newline never reveals', async () => {
    const s = spawnPrep(['drill', '-n', '2', '--time', '60'], env);
    await s.waitFor(/left of 1:00/);
    s.send('\u001b[200~bias means underfit\rvariance means overfit\u001b[201~'); // a bracketed paste with a newline
    await s.waitFor(/│ variance means overfit/);
    expect(s.output()).not.toMatch(/Grade with/);
    s.send('\u0004');
    await s.waitFor(/Grade with/);
    const m = s.mark();
    s.send('I used a queue 3 times'); // meant for an answer box: u, q and 3 must not act
    await s.waitFor(/The answer is shown: keys now grade/, 5000, m);
    await new Promise((r) => setTimeout(r, 300));
    expect(rows(t.dir)).toHaveLength(0);
    expect(s.output().slice(m)).not.toMatch(/Undid|Press q again/);
    await new Promise((r) => setTimeout(r, 1200)); // the keys are held until typing stops
    s.send('3');
    await s.waitFor(/2\/2 · /, 5000, m);
    expect(rows(t.dir)).toEqual([expect.objectContaining({ rating: 'good', typed_answer: 'bias means underfit\nvariance means overfit' })]);
    s.send('\u0003');
    expect(await s.exited).toBe(130);
  });

  it('an item graded Again comes back at the end of the same session (learn-ahead, like Anki)', async () => {
    writeFileSync(join(t.dir, 'config.yaml'), 'learn_ahead_minutes: 20\n');
    const s = spawnPrep(['drill', '-n', '1', '--time', '60'], env);
    await s.waitFor(/1\/1 · mini-bias-variance/);
    s.send('\r');
    await s.waitFor(/Grade with/);
    s.send('1');
    await s.waitScreen(/2\/2 · mini-bias-variance[\s\S]*Graded Again; next review in 1m\. It comes back at the end of this session\./);
    s.send('\r');
    await s.waitFor(/Grade with[\s\S]*Grade with/);
    s.send('4'); // Easy: due in days, so it does not come back
    expect(await s.exited).toBe(0);
    expect(s.output()).toMatch(/Session done: 2 graded/);
    expect(rows(t.dir).map((r: { rating: string }) => r.rating)).toEqual(['again', 'easy']);
  });
});
