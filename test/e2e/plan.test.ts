/** `prep plan` and the roles of an interview, from scripts: a generated bank of 300 unseen items for one role. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepWith, tempDir } from '../helpers.js';
import { writeBank, type GenItem } from '../fixtures/gen-bank.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
const { prep, json } = prepWith(() => env);

beforeAll(() => {
  t = tempDir();
  // Ten topics of 30 items for mlops each; topic i also has 3i items for fs only, so its priority for
  // mlops (the share of its items for the role) falls from t0 to t9.
  const items: GenItem[] = [];
  for (let i = 0; i < 10; i++) {
    for (let k = 0; k < 30; k++) items.push({ topic: `t${i}`, roles: ['mlops'] });
    for (let k = 0; k < 3 * i; k++) items.push({ topic: `t${i}`, roles: ['fs'] });
  }
  writeBank(join(t.dir, 'banks'), 'gen', items);
  mkdirSync(join(t.dir, 'content', 'banks'), { recursive: true }); // no shipped banks: exactly 300 relevant items
  env = { PREP_HOME: join(t.dir, 'home'), PREP_CONTENT_DIR: join(t.dir, 'content'), PREP_BANK_DIRS: join(t.dir, 'banks'), PREP_NOW: '2026-03-01T09:00:00Z' };
  expect(prep(['interview', 'add', 'Soon', '--date', '2026-03-06', '--role', 'MLOps engineer']).code).toBe(0);
  expect(prep(['interview', 'add', 'Later', '--date', '2026-03-31', '--roles', 'mlops']).code).toBe(0);
});
afterAll(() => t.done());

describe('prep plan', () => {
  it('5 days, 300 unseen relevant items: it does not fit and says which topics it drops, lowest priority first', () => {
    const p = json(['plan', '--interview', 'soon']);
    expect(p).toMatchObject({ version: 1, interview: { id: 'soon', daysLeft: 5, roles: ['mlops'], rolesFrom: 'role-text' }, readiness: { items: 300, unseen: 300, overall: 0 }, budget: { minutesPerDay: 60 } });
    expect(p.plan.fitsAll).toBe(false);
    expect(p.plan.fits).toBe(true);
    expect(p.plan.dropped.length).toBeGreaterThan(0);
    expect(p.plan.dropped[0].topic).toBe('t9');
    expect(p.plan.dropped.map((d: { priority: number }) => d.priority)).toEqual([...p.plan.dropped.map((d: { priority: number }) => d.priority)].sort((a, b) => a - b));
    expect(p.plan.days).toHaveLength(5);
    const text = prep(['plan', '--interview', 'soon']).stdout;
    expect(text).toMatch(/It does not fit in 60 min a day/);
    expect(text).toMatch(new RegExp(`Drop ${p.plan.dropped.length} topics, lowest priority for the roles first`));
    expect(text).toMatch(/^t9 +\d+% +30$/m);
  });

  it('30 days: the same 300 items fit, every one introduced', () => {
    const p = json(['plan', '--interview', 'later']);
    expect(p.interview).toMatchObject({ daysLeft: 30, rolesFrom: 'set' });
    expect(p.plan).toMatchObject({ fitsAll: true, fits: true, dropped: [], totals: { new: 300 } });
    expect(p.plan.peakMinutes).toBeLessThanOrEqual(60);
    expect(prep(['plan', '--interview', 'later']).stdout).toMatch(/It fits: 300 new items/);
  });

  it('the default interview is the next one; a smaller budget from config changes the verdict', () => {
    expect(json(['plan']).interview.id).toBe('soon');
    expect(prep(['config', 'set', 'daily_minutes', '20']).code).toBe(0);
    expect(json(['plan', '--interview', 'later']).plan.fitsAll).toBe(false);
    expect(prep(['config', 'unset', 'daily-minutes']).code).toBe(0);
  });

  it.each([
    [['plan', '--interview', 'nope'], /no interview "nope"/, /prep interview list/],
  ])('%j exits 2 with a hint', (args, message, hint) => {
    const r = prep([...args, '--json']);
    expect(r.code).toBe(2);
    const e = JSON.parse(r.stderr).error;
    expect(e.message).toMatch(message);
    expect(e.hint).toMatch(hint);
  });

  it('an interview whose date has passed: exit 2, pointing at prep interview edit', () => {
    const own = { ...env, PREP_HOME: join(t.dir, 'past') };
    expect(prep(['interview', 'add', 'Gone', '--date', '2026-02-20'], own).code).toBe(0);
    const r = prep(['plan', '--interview', 'gone'], own);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/was on 2026-02-20/);
    expect(r.stderr).toMatch(/prep interview edit gone --date/);
    expect(prep(['plan'], own).stderr).toMatch(/Every interview is in the past: `prep interview edit/);
  });
});

describe('roles of an interview', () => {
  it('--roles overrides the role text; auto goes back to it; unmatched text means all roles, and says so', () => {
    expect(json(['interview', 'edit', 'soon', '--roles', 'ds,mle']).roles).toEqual({ roles: ['ds', 'mle'], from: 'set' });
    expect(json(['interview', 'edit', 'soon', '--roles', 'auto']).roles).toEqual({ roles: ['mlops'], from: 'role-text' });
    const r = prep(['interview', 'edit', 'soon', '--role', 'Wizard']);
    expect(r.stdout).toMatch(/Roles: all roles \("Wizard" names none of ds, mle, mlops, fs/);
    expect(prep(['interview', 'edit', 'soon', '--role', 'MLOps engineer']).code).toBe(0);
    expect(prep(['interview', 'show', 'later']).stdout).toMatch(/Roles: mlops \(set with --roles\)/);
  });

  it.each([
    [['interview', 'add', 'X', '--date', '2026-04-01', '--roles', 'ds,cto'], /"cto" is not a role/],
    [['interview', 'edit', 'soon', '--roles', ''], /is not a role/],
    [['interview', 'edit', 'nope', '--roles', 'ds'], /no interview "nope"/],
    [['interview', 'edit', 'soon'], /needs something to change/],
    [['interview', 'edit', 'soon', '--date', '2026-02-30'], /--date/],
  ])('%j exits 2', (args, message) => {
    const r = prep(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/hint: /);
  });
});
