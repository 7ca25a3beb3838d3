/** `prep` with no command: the today screen, without a terminal (plain text, --json) and in a PTY. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepWith, tempDir } from '../helpers.js';
import { spawnPrep } from './pty.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
const { prep, json } = prepWith(() => env);

beforeAll(() => {
  t = tempDir();
  // The shipped content: the screen reads the checklist too.
  env = { PREP_HOME: t.dir, PREP_NOW: '2026-03-01T09:00:00Z' };
  // Two grades yesterday and one today: a streak of two days; one item due again later today.
  expect(prep(['grade', 'ml-l1-vs-l2', 'easy'], { PREP_NOW: '2026-02-28T10:00:00Z' }).code).toBe(0);
  expect(prep(['grade', 'ml-bias-variance', 'again', '--seconds', '60']).code).toBe(0);
  expect(prep(['interview', 'add', 'Acme', '--date', '2026-03-07', '--role', 'Senior ML Engineer']).code).toBe(0);
});
afterAll(() => t.done());

describe('prep (no command) without a terminal', () => {
  it('--json: due, goal, streak, the interview with its roles, checklist stage, readiness, deadline mode and the next step', () => {
    const r = json([]);
    expect(r).toMatchObject({
      version: 1,
      studyDay: '2026-03-01',
      due: { items: 0, learning: 1, stories: 0 },
      goal: { unit: 'reviews', target: 20, done: 1, met: false },
      streak: { days: 2, today: true },
      interview: { id: 'acme', daysLeft: 6, roles: ['mle'], rolesFrom: 'role-text', checklist: { stage: 'd-7', overdue: 0 } },
      readiness: { date: '2026-03-07' },
      deadline: { active: true, days: 14 },
    });
    // two of the many mle items seen: readiness is small but not zero, and the rest are unseen
    expect(r.readiness.overall).toBeGreaterThan(0);
    expect(r.readiness.overall).toBeLessThan(0.05);
    expect(r.readiness.unseen).toBe(r.readiness.items - 2);
    expect(r.next.command).toMatch(/^prep /);
    // the same data with the global options before no command at all
    expect(json(['--no-color'])).toMatchObject({ studyDay: '2026-03-01', interview: { id: 'acme' } });
  });

  it('plain text: every part, no colour, the next step last', () => {
    const r = prep([]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b/);
    for (const label of ['Today,', 'Due now', 'New', 'Goal', 'streak 2 days', 'Interview  Acme in 6 days (2026-03-07), for mle (from "Senior ML Engineer")', 'checklist D-7', 'Readiness', 'Deadline   mode on', 'Mocks      no mock round yet']) expect(r.stdout).toContain(label);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^Next: /);
  });

  it('ten minutes later the learning step is due: the next step is the review queue', () => {
    const r = json([], { PREP_NOW: '2026-03-01T09:20:00Z' });
    expect(r.due.items).toBe(1);
    expect(r.next).toEqual({ text: '1 due', command: 'prep review' });
  });

  it('--help is still the help; stray options are still errors', () => {
    const h = prep(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^Usage: prep \[options\] \[command\]/);
    expect(h.stdout).not.toMatch(/^\s+today\b/m); // the today command is hidden
    expect(prep(['--frob']).code).toBe(2);
  });

  it('without any interview: says how to add one', () => {
    const own = tempDir();
    const r = prep([], { PREP_HOME: own.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Interview +none planned \(prep interview add/);
    expect(r.stdout).toMatch(/Next: 10 new items to start: `prep drill`/);
    own.done();
  });
});

describe('prep (no command) in a terminal', () => {
  it('shows the screen and exits 0 without waiting for input', async () => {
    const s = spawnPrep([], env);
    await s.waitFor(/Next: .*prep/);
    expect(await s.exited).toBe(0);
    expect(s.output()).toMatch(/Today, Sun 1 Mar/);
    expect(s.raw()).toMatch(/\u001b\[1m/); // bold on a terminal
  });

});
