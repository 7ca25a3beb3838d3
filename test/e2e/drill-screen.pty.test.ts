/** The drill screen as a candidate sees it, read back from a terminal emulator frame by frame. */
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
  writeFileSync(join(t.dir, 'config.yaml'), 'learn_ahead_minutes: 0\n');
});
afterEach(() => t.done());

const query = (sql: string) => {
  const db = new Database(join(t.dir, 'prep.db'), { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ANSWER = 'Simple models underfit because their assumptions are too simple for the data, while flexible models overfit and show high variance on new samples. Regularisation and more data trade one for the other, and crossvalidation picks the balance between them.';

describe('the drill screen in a terminal', () => {
  it('a draft typed before an undo is on screen when the item returns, and in the stored answer', async () => {
    const s = spawnPrep(['drill', '-n', '2', '--time', '60', '--type', 'concept'], env, { cols: 80, rows: 24 });
    await s.waitScreen(/1\/2 · mini-/);
    s.send('\r');
    await s.waitScreen(/Grade with/);
    s.send('3');
    await s.waitScreen(/2\/2 · mini-/);
    s.send('my draft before the undo');
    await s.waitScreen(/│ my draft before the undo/);
    s.send('\u001a'); // Ctrl-Z: back to the first item's reveal
    await s.waitScreen(/1\/2 · mini-[\s\S]*Undid the grade of mini-/);
    expect(query('SELECT text FROM answer_drafts')).toEqual([{ text: 'my draft before the undo' }]);
    s.send('2');
    await s.waitScreen(/2\/2 · mini-[\s\S]*│ my draft before the undo/);
    s.send(' and after it');
    s.send('\u0004');
    await s.waitScreen(/Your answer\n {2}my draft before the undo and after it/);
    s.send('3');
    expect(await s.exited).toBe(0);
    const rows = query('SELECT rating, typed_answer, suggested FROM reviews ORDER BY id') as { rating: string; typed_answer: string | null; suggested: string }[];
    expect(rows.map((r) => r.rating)).toEqual(['hard', 'good']);
    expect(rows[1]!.typed_answer).toBe('my draft before the undo and after it');
    expect(rows.every((r) => ['again', 'hard', 'good', 'easy'].includes(r.suggested))).toBe(true); // every drill grade stores the suggestion
    expect(query('SELECT * FROM answer_drafts')).toEqual([]); // graded: the draft is gone
  }, 30_000);

  it('Ctrl-C keeps the typed answer; the next drill of the item offers it, and Ctrl-R starts afresh', async () => {
    const a = spawnPrep(['drill', '-n', '1', '--time', '60', '--type', 'concept'], env, { cols: 80, rows: 24 });
    await a.waitScreen(/1\/1 · mini-bias-variance/);
    a.send('half an answer');
    await a.waitScreen(/│ half an answer/);
    a.send('\u0003');
    expect(await a.exited).toBe(130);
    expect(query('SELECT item_id, text FROM answer_drafts')).toEqual([{ item_id: 'mini-bias-variance', text: 'half an answer' }]);
    const b = spawnPrep(['drill', '-n', '1', '--time', '60', '--type', 'concept'], env, { cols: 80, rows: 24 });
    await b.waitScreen(/Your draft from .* is in the box; Ctrl-R starts afresh\.[\s\S]*│ half an answer/);
    b.send('\u0012');
    await b.waitScreen(/Started afresh; Ctrl-R brings back your draft/);
    expect(b.screen().join('\n')).not.toMatch(/│ half an answer/);
    b.send('\u0003');
    expect(await b.exited).toBe(130);
  }, 30_000);

  it('answering 30 lines at 80x24: the prompt\'s first line and a falling countdown are on every frame', async () => {
    const s = spawnPrep(['drill', '-n', '1', '--time', '90', '--type', 'concept'], env, { cols: 80, rows: 24 });
    await s.waitScreen(/Explain the bias-variance trade-off\./);
    for (let i = 1; i <= 30; i++) {
      s.send(`line ${i} of my answer, about bias and variance\r`);
      await pause(90);
    }
    await s.waitScreen(/│ line 30 of my answer/);
    await pause(1200); // at least one more tick of the countdown
    const frames = s.frames().filter((f) => f[0]?.includes('1/1 · mini-bias-variance')); // the drill's own (the bank spinner draws some too)
    expect(frames.length).toBeGreaterThan(30);
    let last = Infinity;
    let fell = 0;
    for (const f of frames) {
      expect(f[1], f.join('\n')).toBe('Explain the bias-variance trade-off.');
      const m = f.join('\n').match(/⏱ (\d+):(\d\d) left of 1:30/);
      expect(m, f.join('\n')).not.toBeNull();
      const left = Number(m![1]) * 60 + Number(m![2]);
      expect(left).toBeLessThanOrEqual(last);
      if (left < last && last !== Infinity) fell++;
      last = left;
    }
    expect(fell).toBeGreaterThanOrEqual(2);
    s.send('\u0003');
    expect(await s.exited).toBe(130);
  }, 30_000);

  it('a 300-character answer is wrapped on word boundaries at the reveal, and a reveal longer than the screen pages', async () => {
    expect(ANSWER.length).toBeGreaterThanOrEqual(250);
    const answer = `${ANSWER} Then I would check the learning curves.`;
    expect(answer.length).toBeGreaterThanOrEqual(290);
    const s = spawnPrep(['drill', '-n', '1', '--time', '120', '--type', 'concept'], env, { cols: 80, rows: 24 });
    await s.waitScreen(/Explain the bias-variance/);
    s.send(answer);
    s.send('\u0004');
    const first = await s.waitScreen(/┄ rows 1-(\d+) of (\d+) · PgDn\/space: more/);
    const seen: string[] = [];
    const words = new Set(answer.toLowerCase().match(/[a-z]+/g));
    for (let page = 0; page < 6; page++) {
      const screen = s.screen();
      expect(screen.some((l) => /Grade with 1\/2\/3\/4|1\/2\/3\/4: grade/.test(l)), screen.join('\n')).toBe(true);
      seen.push(...screen);
      s.send(' ');
      await pause(250);
    }
    await s.waitScreen(/┄ rows \d+-(\d+) of \1 · the end/);
    expect(Number(first[2])).toBeGreaterThan(Number(first[1]));
    // The answer's rows: no word split between the end of one row and the start of the next.
    const at = seen.indexOf('Your answer');
    expect(at).toBeGreaterThan(-1);
    const rows = seen.slice(at + 1).filter((l) => l.startsWith('  '));
    expect(rows.join(' ').replace(/\s+/g, ' ').trim()).toContain('crossvalidation picks the balance');
    for (let i = 0; i + 1 < rows.length; i++) {
      const tail = rows[i]!.toLowerCase().match(/[a-z]+$/)?.[0];
      const head = rows[i + 1]!.trim().toLowerCase().match(/^[a-z]+/)?.[0];
      if (tail && head) expect(words.has(tail + head) && !words.has(tail), `${rows[i]} / ${rows[i + 1]}`).toBe(false);
    }
    expect(query('SELECT count(*) AS n FROM reviews')).toEqual([{ n: 0 }]); // paging graded nothing
    s.send('3');
    expect(await s.exited).toBe(0);
    expect(query('SELECT typed_answer FROM reviews')).toEqual([{ typed_answer: answer }]);
  }, 30_000);
});
