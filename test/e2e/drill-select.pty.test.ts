/** Drill selections in a terminal: --id, --ahead (an early review, scheduled, never reset), deadline mode, the streak line. */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runPrep, tempDir } from '../helpers.js';
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

/** Answer the item on screen aloud (Enter on the empty box) and grade it Good. */
async function answerGood(s: ReturnType<typeof spawnPrep>): Promise<void> {
  await s.waitFor(/left of/);
  s.send('\r');
  await s.waitFor(/tick what you covered/);
  s.send('3');
}

describe('drill selections', () => {
  it('--id drills the named item even though it is new and not due; the summary ends with the goal and streak', async () => {
    const s = spawnPrep(['drill', '--id', 'mini-regularisation', '--time', '60'], env);
    await s.waitFor(/What is regularisation\?/);
    await answerGood(s);
    expect(await s.exited).toBe(0);
    expect(s.output()).toMatch(/Session done: 1 graded/);
    expect(s.output()).toMatch(/Daily goal: 1 of 20 reviews \(19 to go\); streak 1 day\./);
  });

  it('--ahead 30 takes an item not due for days: the early review is recorded and scheduled from its card, not reset', async () => {
    expect(runPrep(['grade', 'mini-bias-variance', 'easy'], { ...env, PREP_NOW: '2026-02-27T09:00:00Z' }).code).toBe(0);
    const s = spawnPrep(['drill', '--ahead', '30', '--time', '60'], env);
    await s.waitFor(/Studying ahead: 1 item due within 30 days/);
    await s.waitFor(/bias-variance/i);
    await answerGood(s);
    expect(await s.exited).toBe(0);
    const db = new Database(join(t.dir, 'prep.db'), { readonly: true });
    const [first, early] = db.prepare('SELECT reviewed_at, card_before, card_after FROM reviews ORDER BY id').all();
    db.close();
    const before = JSON.parse(early.card_before);
    const after = JSON.parse(early.card_after);
    expect(Date.parse(before.due)).toBeGreaterThan(Date.parse(early.reviewed_at)); // early
    expect(before).toMatchObject({ state: 'review', reps: 1 });
    expect(after).toMatchObject({ state: 'review', reps: 2, lapses: 0 });
    expect(after.stability).toBeGreaterThan(before.stability * 0.9);
    expect(first).toBeTruthy();
    const stats = JSON.parse(runPrep(['stats', '--json'], env).stdout);
    expect(stats.totals).toMatchObject({ reviews: 2, early: 1 });
  });

  it('deadline mode: with an interview in 5 days a plain drill follows the plan and says so; review does not', async () => {
    expect(runPrep(['interview', 'add', 'Acme', '--date', '2026-03-06', '--roles', 'ds'], env).code).toBe(0);
    const s = spawnPrep(['drill', '--time', '60'], env);
    await s.waitFor(/Deadline mode: Acme in 5 days, for ds \(set with --roles\)\. Following the plan: 0 due \(its topics first\), then \d+ new from its weakest topics/);
    await s.waitFor(/left of/);
    s.send('\u0003');
    expect(await s.exited).toBe(130);
    const r = spawnPrep(['review'], env);
    expect(await r.exited).toBe(0);
    expect(r.output()).not.toMatch(/Deadline mode/);
  });
});

describe('drill selections: bad input exits 2 with a hint, before any terminal is needed', () => {
  it.each([
    [['--ahead', '0'], /--ahead takes a whole number of days from 1 to 365; got "0"/],
    [['--ahead', 'soon'], /--ahead takes a whole number/],
    [['--id', 'mini-nope'], /no item with id "mini-nope"/],
    [['--id', 'mini-ask-team'], /never drilled/],
    [['--cram'], /--cram needs --topic/],
    [['--ahead', '3', '--leeches'], /exclude each other/],
    [['--id', 'mini-add', '--bank', 'mini'], /--id names the items itself/],
  ])('%j', (args, message) => {
    const r = runPrep(['drill', ...args, '--json'], env);
    expect(r.code).toBe(2);
    const e = JSON.parse(r.stderr).error;
    expect(e.message).toMatch(message);
    expect(e.hint).toBeTruthy();
  });
});
