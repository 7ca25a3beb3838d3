/** A mock concept round in a terminal: two questions and a follow-up answered, one follow-up let run out, then graded. */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runPrep as run, tempDir } from '../helpers.js';
import { spawnPrep } from './pty.js';

const Database = createRequire(import.meta.url)('better-sqlite3');
let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeEach(() => {
  t = tempDir();
  // 10 minutes at a twentieth: 11 s per question, 5 s per follow-up (the shortest budget), 32 s in all.
  env = { PREP_HOME: t.dir, PREP_CONTENT_DIR: join(FIXTURES, 'mock-content'), PREP_NOW: '2026-03-01T09:00:00Z', PREP_TIME_SCALE: '0.05', PREP_FUZZ: '0' };
});
afterEach(() => t.done());

describe('prep mock concept', () => {
  it('holds answers unseen, times a follow-up out, reveals and grades at the end, and saves the report and the reviews', async () => {
    const s = spawnPrep(['mock', 'concept', '--minutes', '10', '--seed', '4'], env, { cols: 100, rows: 40 });
    await s.waitScreen(/Mock concept round · question 1 of 2[\s\S]*Round: 0:\d\d left of 0:3\d/);
    s.send('A model too simple underfits; one too sensitive to its sample overfits.');
    s.send('\u0004');
    await s.waitScreen(/question 1 of 2 · follow-up/);
    expect(s.screen().join('\n')).not.toMatch(/Coverage|Model answer/); // nothing is revealed during the round
    s.send('When a missed positive is costly. A penalty on complexity lowers variance. L1 leaves exactly zero weights.');
    s.send('\u0004');
    await s.waitScreen(/question 2 of 2 ─/);
    s.send('Precision is the share of predicted positives that are right.');
    s.send('\u0004');
    await s.waitScreen(/question 2 of 2 · follow-up/);
    // This one runs out of time with nothing said; then the reveals start.
    await s.waitScreen(/question 1 of 2 ─[\s\S]*The round is over[\s\S]*Coverage: \d+%/, 15_000);
    // Keys in the first second after a time-out are held (the candidate may still be typing).
    await new Promise((r) => setTimeout(r, 1500));
    s.send('3');
    await s.waitScreen(/question 1 of 2 · follow-up[\s\S]*Your grade, for the report only/);
    s.send('2');
    await s.waitScreen(/question 2 of 2 ─[\s\S]*Next review/);
    s.send('\r');
    await s.waitScreen(/question 2 of 2 · follow-up[\s\S]*Time is up/);
    s.send('1');
    await s.waitFor(/2 of 2 questions answered · follow-ups 1 of 2[\s\S]*Saved as round 1/);
    expect(await s.exited).toBe(0);

    const shown = run(['mock', 'show', '1', '--json'], env);
    expect(shown.code).toBe(0);
    const report = JSON.parse(shown.stdout);
    expect(report).toMatchObject({ version: 1, id: 1, kind: 'concept', minutes: 10, seed: 4, status: 'finished', ended: 'answered' });
    expect(report.questions).toHaveLength(2);
    const [q1, q2] = report.questions;
    expect([q1.grade, q2.grade, q1.followUps[0].grade, q2.followUps[0].grade]).toEqual(['good', q2.suggested, 'hard', 'again']);
    expect(q1.answer).toMatch(/underfits/);
    expect(q1.followUps[0]).toMatchObject({ mode: 'typed', timedOut: false });
    expect(q1.followUps[0].coverage).toBeGreaterThan(0); // a scored follow-up
    expect(q2.followUps[0]).toMatchObject({ answer: null, timedOut: true });
    expect(report.summary).toMatchObject({ questions: 2, answered: 2, followUps: 2, followUpsAnswered: 1, timedOut: 1, graded: 4 });

    // The main questions' grades are reviews from the mock; the follow-ups' are the report's only.
    const db = new Database(join(t.dir, 'prep.db'), { readonly: true });
    const rows = db.prepare('SELECT card_id, rating, source FROM reviews ORDER BY id').all();
    db.close();
    expect(rows).toEqual([{ card_id: q1.id, rating: 'good', source: 'mock' }, { card_id: q2.id, rating: q2.suggested, source: 'mock' }]);
    const stats = JSON.parse(run(['stats', '--json'], env).stdout);
    expect(stats.mocks.byKind).toEqual([{ kind: 'concept', rounds: 1, finished: 1, coverage: report.summary.coverage }]);
    expect(run(['mock', 'history'], env).stdout).toMatch(/1\s+Sun 1 Mar.*concept\s+10 min\s+2\/2\s+\d+%\s+finished/);
  }, 60_000);

  it('Ctrl-C keeps the answers given and the one in the box, saved as an interrupted round (exit 130)', async () => {
    const s = spawnPrep(['mock', 'concept', '--minutes', '10', '--seed', '4'], env, { cols: 100, rows: 40 });
    await s.waitScreen(/question 1 of 2/);
    s.send('Too simple underfits.');
    s.send('\u0004');
    await s.waitScreen(/follow-up/);
    s.send('half a thought');
    s.send('\u0003');
    expect(await s.exited).toBe(130);
    const report = JSON.parse(run(['mock', 'show', '1', '--json'], env).stdout);
    expect(report.status).toBe('interrupted');
    expect(report.questions[0].answer).toBe('Too simple underfits.');
    expect(report.questions[0].followUps[0].answer).toBe('half a thought');
    expect(report.questions[1].reached).toBe(false);
  }, 30_000);
});
