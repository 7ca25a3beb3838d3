/**
 * Migration 4 from every earlier schema: interviews keep their rows (roles NULL), review_days is
 * backfilled to the sums of the reviews, and its triggers keep it equal through grades and undo.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/adapters/store.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from '../../src/adapters/migrations.js';
import { newCard, schedule } from '../../src/core/scheduler.js';
import { at, tempDir } from '../helpers.js';

const Database = createRequire(import.meta.url)('better-sqlite3');
const now = at('2026-03-01T09:00:00Z');
const s = { desiredRetention: 0.9, maximumInterval: 365, timeZone: 'UTC', dayCutoffHour: 4, fuzz: false };

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.done());

/** review_days as the triggers keep it, and the same sums computed from reviews directly. */
function sums(db: { prepare(q: string): { all(): unknown[] } }) {
  const kept = db.prepare('SELECT kind, study_day, reviews, round(seconds, 6) AS seconds, timed, mature, mature_again, early, timeouts FROM review_days ORDER BY kind, study_day').all();
  const direct = db.prepare(`SELECT kind, study_day, count(*) AS reviews, round(total(seconds), 6) AS seconds, count(seconds) AS timed,
      sum(coalesce(json_extract(card_before, '$.state') = 'review' AND json_extract(card_before, '$.scheduledDays') >= 21, 0)) AS mature,
      sum(coalesce(json_extract(card_before, '$.state') = 'review' AND json_extract(card_before, '$.scheduledDays') >= 21 AND rating = 'again', 0)) AS mature_again,
      sum(coalesce(json_extract(card_before, '$.due') > reviewed_at, 0)) AS early, sum(timed_out) AS timeouts
    FROM reviews GROUP BY kind, study_day ORDER BY kind, study_day`).all();
  return { kept, direct };
}

const mature = (id: string, due: string) => JSON.stringify({ id, kind: 'item', state: 'review', due, stability: 40, difficulty: 5, scheduledDays: 30, learningSteps: 0, reps: 4, lapses: 0, lastReview: '2026-01-01T09:00:00.000Z' });

describe.each(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1).filter((v) => v < 5))('upgrade from schema %i', (version) => {
  it('keeps interviews and reviews, backfills review_days, and its triggers follow grades and undo', async () => {
    const file = join(t.dir, `v${version}.db`);
    const d = new Database(file);
    d.pragma(`application_id = ${APPLICATION_ID}`);
    for (let v = 0; v < version; v++) MIGRATIONS[v]!(d);
    d.pragma(`user_version = ${version}`);
    const ins = d.prepare(`INSERT INTO reviews (card_id, kind, reviewed_at, study_day, rating, seconds, timed_out, source, card_before, card_after) VALUES (?, 'item', ?, ?, ?, ?, ?, 'drill', ?, '{}')`);
    ins.run('a', '2026-02-01T09:00:00.000Z', '2026-02-01', 'good', 30.5, 0, null);
    ins.run('a', '2026-02-10T09:00:00.000Z', '2026-02-10', 'again', 12, 1, mature('a', '2026-02-12T04:00:00.000Z')); // mature, early
    ins.run('b', '2026-02-10T10:00:00.000Z', '2026-02-10', 'hard', null, 0, mature('b', '2026-02-09T04:00:00.000Z')); // mature, on time
    if (version >= 2) d.prepare("INSERT INTO interviews (id, company, date, role, notes, created_at) VALUES ('acme', 'Acme', '2026-03-10', 'ML Engineer', NULL, '2026-02-01')").run();
    d.close();

    const store = await Store.open(file, { now });
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const before = sums(store.db);
    expect(before.kept).toEqual(before.direct);
    expect(before.kept).toContainEqual({ kind: 'item', study_day: '2026-02-10', reviews: 2, seconds: 12, timed: 1, mature: 2, mature_again: 1, early: 1, timeouts: 1 });
    if (version >= 2) expect(store.db.prepare('SELECT id, role, roles FROM interviews').all()).toEqual([{ id: 'acme', role: 'ML Engineer', roles: null }]);

    const c0 = newCard('c', 'item', now);
    const id = store.recordReview({ cardBefore: c0, cardAfter: schedule(c0, 'good', now, s), rating: 'good', reviewedAt: now, studyDay: '2026-03-01', seconds: 40, source: 'grade' });
    expect(sums(store.db).kept).toEqual(sums(store.db).direct);
    store.undoReview(id);
    const after = sums(store.db);
    expect(after.kept).toEqual(after.direct);
    expect(after.kept).toEqual(before.kept); // the day row is gone again, not left at zero
    store.close();
  });
});
