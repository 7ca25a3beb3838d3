/**
 * `prep stats` on a home seeded with a year of reviews: every number is checked against SQL written
 * here, independently of the program's queries (plain GROUP BYs over reviews, json_extract on the card
 * JSON, ts-fsrs's own forgetting curve), on the fast path and the full program alike.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { default_w, forgetting_curve } from 'ts-fsrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, prepWith, tempDir } from '../helpers.js';
import { spread, writeBank } from '../fixtures/gen-bank.js';
// @ts-expect-error a plain JS script, shared with the benchmark
import { seedYear } from '../../scripts/seed-reviews.mjs';

const Database = createRequire(import.meta.url)('better-sqlite3');
const NOW = '2026-03-01T09:00:00Z';
const DAY = 86_400_000;
const studyDayNo = (iso: string) => Math.floor((Date.parse(iso) - 4 * 3_600_000) / DAY);

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
const { prep, json } = prepWith(() => env);
/** The drillable items of the home: the generated bank plus the fixture mini bank. */
let items: { id: string; topic: string; roles: string[]; type: string }[];
let db: { prepare(q: string): { all(...a: unknown[]): any[]; get(...a: unknown[]): any } };

beforeAll(() => {
  t = tempDir();
  const banks = join(t.dir, 'banks');
  const topics = ['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta'];
  const gen = spread(60, topics, (topic, i) => (topic === 'alpha' ? ['mle'] : i % 2 ? ['ds', 'mle'] : ['fs'])).map((g, i) => ({ ...g, type: i % 5 === 0 ? ('compare' as const) : ('concept' as const) }));
  const ids = writeBank(banks, 'gen', gen);
  items = [
    ...gen.map((g, i) => ({ id: ids[i]!, topic: g.topic, roles: g.roles, type: g.type })),
    { id: 'mini-bias-variance', topic: 'eval-fit', roles: ['ds', 'mle'], type: 'concept' },
    { id: 'mini-regularisation', topic: 'math-regularisation', roles: ['ds'], type: 'concept' },
    { id: 'mini-add', topic: 'py-numpy', roles: ['ds', 'mle', 'mlops', 'fs'], type: 'coding' },
  ];
  env = { PREP_HOME: join(t.dir, 'home'), PREP_CONTENT_DIR: join(FIXTURES, 'content'), PREP_BANK_DIRS: banks, PREP_NOW: NOW };
  expect(prep(['due', '--json']).code).toBe(0); // creates the database and warms the caches
  writeFileSync(join(env.PREP_HOME!, 'config.yaml'), 'leech_threshold: 3\n');
  seedYear(join(env.PREP_HOME!, 'prep.db'), items.map((i) => i.id), { now: NOW, reviews: 4000, seed: 7 });
  db = new Database(join(env.PREP_HOME!, 'prep.db'), { readonly: true });
});
afterAll(() => t.done());

const R = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

describe('prep stats --json against independent SQL', () => {
  let report: any;
  beforeAll(() => (report = json(['stats', '--days', '30'])));

  it('range, totals and every day of the range', () => {
    expect(report.range).toMatchObject({ from: '2026-01-31', to: '2026-03-01', days: 30, yearFrom: '2025-03-02' });
    const range = "kind = 'item' AND study_day BETWEEN '2026-01-31' AND '2026-03-01'";
    const tot = db.prepare(`SELECT count(*) AS n, total(seconds) AS s, count(DISTINCT study_day) AS d, sum(timed_out) AS t,
        sum(coalesce(json_extract(card_before, '$.due') > reviewed_at, 0)) AS early,
        sum(coalesce(json_extract(card_before, '$.state') = 'review' AND json_extract(card_before, '$.scheduledDays') >= 21, 0)) AS m,
        sum(coalesce(json_extract(card_before, '$.state') = 'review' AND json_extract(card_before, '$.scheduledDays') >= 21 AND rating != 'again', 0)) AS mp
      FROM reviews WHERE ${range}`).get();
    expect(tot.n).toBeGreaterThan(200);
    expect(report.totals).toMatchObject({ reviews: tot.n, minutes: R(tot.s / 60), daysStudied: tot.d, timeouts: tot.t, early: tot.early, matureReviews: tot.m, retention: R(tot.mp / tot.m, 3), items: items.length });
    const days = db.prepare(`SELECT study_day AS day, count(*) AS reviews, total(seconds) AS s FROM reviews WHERE ${range} GROUP BY study_day`).all();
    expect(report.daily).toHaveLength(30);
    for (const d of days) expect(report.daily.find((x: any) => x.day === d.day)).toEqual({ day: d.day, reviews: d.reviews, minutes: R(d.s / 60) });
    expect(report.daily.reduce((a: number, d: any) => a + d.reviews, 0)).toBe(tot.n);
  });

  it('streak, calendar and true retention per month over the year', () => {
    const allDays = db.prepare('SELECT DISTINCT study_day AS d FROM reviews ORDER BY d DESC').all().map((r: any) => r.d);
    let streak = 0;
    while (allDays.includes(new Date(Date.parse('2026-03-01') - streak * DAY).toISOString().slice(0, 10))) streak++;
    expect(report.totals.streak.days).toBe(streak);
    const cal = db.prepare("SELECT study_day AS day, count(*) AS reviews FROM reviews WHERE kind = 'item' AND study_day >= '2025-03-02' GROUP BY study_day ORDER BY day").all();
    expect(report.calendar).toEqual(cal);
    const months = db.prepare(`SELECT substr(study_day, 1, 7) AS month, count(*) AS n, sum(rating != 'again') AS p FROM reviews
      WHERE kind = 'item' AND study_day >= '2025-03-02' AND json_extract(card_before, '$.state') = 'review' AND json_extract(card_before, '$.scheduledDays') >= 21 GROUP BY month ORDER BY month`).all();
    expect(months.length).toBeGreaterThan(6);
    expect(report.retention).toEqual(months.map((m: any) => ({ month: m.month, reviews: m.n, retention: R(m.p / m.n, 3), desired: 0.9 })));
  });

  it('the 30-day forecast, leeches and suggested against given', () => {
    const ids = items.map((i) => `'${i.id}'`).join(',');
    const today = studyDayNo(NOW);
    const expected = Array(30).fill(0);
    for (const c of db.prepare(`SELECT due FROM cards WHERE kind = 'item' AND state != 'new' AND id IN (${ids})`).all()) {
      const i = Math.max(0, studyDayNo(c.due) - today);
      if (i < 30) expected[i]++;
    }
    expect(report.forecast.map((f: any) => f.due)).toEqual(expected);
    expect(report.forecast[29].day).toBe('2026-03-30');
    const leeches = db.prepare(`SELECT id, lapses FROM cards WHERE kind = 'item' AND lapses >= 3 AND id IN (${ids}) ORDER BY lapses DESC, id LIMIT 20`).all();
    expect(leeches.length).toBeGreaterThan(0);
    expect(report.leeches.map((l: any) => ({ id: l.id, lapses: l.lapses }))).toEqual(leeches);
    expect(report.totals.leeches).toBe(db.prepare(`SELECT count(*) AS n FROM cards WHERE kind = 'item' AND lapses >= 3 AND id IN (${ids})`).get().n);
    const g = db.prepare("SELECT count(*) AS n, sum(suggested = rating) AS same FROM reviews WHERE kind = 'item' AND suggested IS NOT NULL AND study_day BETWEEN '2026-01-31' AND '2026-03-01'").get();
    expect(report.grading).toMatchObject({ total: g.n, agreed: g.same, overrideRate: R((g.n - g.same) / g.n, 3) });
  });

  it('mastery per topic and role: seen / items and mean recall now (ts-fsrs curve)', () => {
    const cards = new Map(db.prepare("SELECT id, stability, last_review FROM cards WHERE state != 'new'").all().map((c: any) => [c.id, c]));
    const recall = (id: string) => {
      const c: any = cards.get(id);
      return c ? forgetting_curve(default_w, studyDayNo(NOW) - studyDayNo(c.last_review), c.stability) : 0;
    };
    const check = (key: string, members: typeof items) => {
      const seen = members.filter((i) => cards.has(i.id));
      const sum = members.reduce((a, i) => a + recall(i.id), 0);
      return { id: key, items: members.length, seen: seen.length, recall: seen.length ? R(sum / seen.length, 3) : null, mastery: R(sum / members.length, 3) };
    };
    for (const topic of ['alpha', 'beta', 'eval-fit']) expect(report.topics.find((x: any) => x.id === topic)).toEqual(check(topic, items.filter((i) => i.topic === topic)));
    for (const role of ['ds', 'mle', 'fs', 'mlops']) expect(report.roles.find((x: any) => x.id === role)).toEqual(check(role, items.filter((i) => i.roles.includes(role))));
    expect(report.weakestTopics).toHaveLength(5);
  });

  it('time against the budget by type, removed items apart', () => {
    const byType = new Map(items.map((i) => [i.id, i.type]));
    const rows = db.prepare("SELECT card_id, seconds, time_limit, timed_out FROM reviews WHERE kind = 'item' AND study_day BETWEEN '2026-01-31' AND '2026-03-01'").all();
    const concept = rows.filter((r: any) => byType.get(r.card_id) === 'concept');
    const removed = rows.filter((r: any) => !byType.has(r.card_id));
    const c = report.time.find((x: any) => x.type === 'concept');
    expect(c).toMatchObject({ reviews: concept.length, timeouts: concept.filter((r: any) => r.timed_out).length, overBudget: concept.filter((r: any) => r.time_limit !== null && r.seconds > r.time_limit).length });
    expect(report.time.find((x: any) => x.type === 'removed')?.reviews ?? 0).toBe(removed.length);
  });

  it('the full program gives the same report as the fast path', () => {
    const full = json(['stats', '--days=30']); // an option spelling only the full program parses
    expect({ ...full }).toEqual(report);
  });

  it('warm, it is answered by the CommonJS fast path: no ESM program, commander, zod, yaml or ts-fsrs loaded', () => {
    for (const args of [['stats', '--json'], ['stats', '--days', '7'], ['stats', '--role', 'ds', '--json']]) {
      const out = join(t.dir, 'modules.json');
      const r = spawnSync(process.execPath, ['-r', join(FIXTURES, 'record-modules.cjs'), BIN, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', ...env, PREP_MODULES_OUT: out }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const loaded = JSON.parse(readFileSync(out, 'utf8')) as { cjs: string[] };
      expect(loaded.cjs.some((m) => m.endsWith('dist/cjs/fast/stats-fast.js'))).toBe(true);
      expect(loaded.cjs.filter((m) => /node_modules\/(@inquirer|ora|fuse\.js|yaml|commander|zod|chalk|ts-fsrs)\//.test(m))).toEqual([]);
    }
  });

  it('--bank filters the reviews to that bank', () => {
    const r = json(['stats', '--bank', 'mini']);
    const n = db.prepare("SELECT count(*) AS n FROM reviews WHERE kind = 'item' AND card_id LIKE 'mini-%' AND study_day BETWEEN '2026-01-31' AND '2026-03-01'").get().n;
    expect(r.totals.reviews).toBe(n);
    expect(r.totals.items).toBe(3);
    expect(r.filter).toEqual({ bank: ['mini'] });
  });
});

describe('prep stats as text and on bad input', () => {
  it('fits 80 columns, plain without a terminal, every chart present', () => {
    for (const days of ['7', '30', '365']) {
      const r = prep(['stats', '--days', days]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/\u001b/);
      for (const line of r.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
      for (const title of ['Reviews per', 'Minutes per', 'Study days, last year', 'True retention by month', 'Due in the next 30 days', 'Mastery by role', 'Weakest topics', 'Time taken against the budget', 'Leeches', 'Suggested grade']) expect(r.stdout).toContain(title);
    }
  });

  it.each([['--days', '0'], ['--days', 'x'], ['--role', 'cto'], ['--topic', 'nope']])('%s %s exits 2 with a hint', (flag, value) => {
    const r = prep(['stats', flag, value, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr).error.hint).toBeTruthy();
  });

  it('no history at all is not a mistake: exit 0, and it says why the charts are empty', () => {
    const own = tempDir();
    const e = { PREP_HOME: own.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content') };
    const r = prep(['stats'], e);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No reviews yet/);
    expect(JSON.parse(prep(['stats', '--json'], e).stdout)).toMatchObject({ version: 1, totals: { reviews: 0, streak: { days: 0 } }, retention: [], leeches: [] });
    own.done();
  });
});
