/**
 * The aggregates behind `prep stats`, `prep plan`, readiness and the today screen, in SQL. Item metadata
 * (bank, topic, type, roles) lives in the banks, not the database, so useItems() loads the items a
 * report is about into two TEMP tables (keyed, so joins are lookups) with one INSERT from a JSON
 * parameter; per-day sums come from review_days (kept by triggers) and per-range sums from a covering
 * index, so 100k reviews are never walked in JavaScript. CJS-safe (the stats fast path). TEMP
 * tables belong to the connection and work on a read-only one.
 *
 * Two SQL functions, bound to the user's zone, call the pure core: prep_recall(state, stability,
 * last_review, at_day) is FSRS's predicted recall on a study day (atDay() gives its number), prep_day(iso)
 * the study day number of an instant.
 */
import type { Database } from 'better-sqlite3';
import { recallOfRow, type Zone } from '../core/recall.js';
import { studyDayNumber } from '../core/studyday.js';
import type { ItemIndexEntry, Rating } from '../core/types.js';
import type { DayRow, MasteryRow } from '../core/stats.js';
import { sql } from './sql.js';
import { earlySql, matureSql } from './migrations.js';

const registered = new WeakMap<Database, string>();
const zones = new WeakMap<Database, Zone>();

/** The study day number of an instant in the zone useZone() set (the last argument of prep_recall). */
export const atDay = (db: Database, at: Date): number => {
  const z = zones.get(db)!;
  return studyDayNumber(at, z.timeZone, z.dayCutoffHour);
};

/** Register prep_recall and prep_day for this zone (again only when the zone changes). */
export function useZone(db: Database, z: Zone): void {
  const key = `${z.timeZone}\0${z.dayCutoffHour}`;
  if (registered.get(db) === key) return;
  db.function('prep_recall', { deterministic: true }, (state: unknown, stability: unknown, last: unknown, day: unknown) =>
    recallOfRow(String(state), Number(stability), typeof last === 'string' ? last : null, Number(day), z));
  db.function('prep_day', { deterministic: true }, (iso: unknown) => studyDayNumber(new Date(String(iso)), z.timeZone, z.dayCutoffHour));
  registered.set(db, key);
  zones.set(db, z);
}

/** The item list as the JSON parameter the loaders read: [{i, b, t, y, r: [roles]}]. */
export const metaJson = (items: readonly ItemIndexEntry[]) =>
  JSON.stringify(items.map((it) => ({ i: it.id, b: it.bank, t: it.topic ?? '(no topic)', y: it.type, r: it.roles })));

/** Make temp.meta (id, bank, topic, type) and temp.meta_roles (id, role) hold exactly these items. */
export function useItems(db: Database, items: readonly ItemIndexEntry[]): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS meta (id TEXT PRIMARY KEY, bank TEXT NOT NULL, topic TEXT NOT NULL, type TEXT NOT NULL) WITHOUT ROWID;
    CREATE TEMP TABLE IF NOT EXISTS meta_roles (id TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (role, id)) WITHOUT ROWID;
    DELETE FROM temp.meta; DELETE FROM temp.meta_roles;`);
  const json = metaJson(items);
  sql(db, `INSERT OR IGNORE INTO temp.meta SELECT j.value->>'i', j.value->>'b', j.value->>'t', j.value->>'y' FROM json_each(?) j`).run(json);
  sql(db, `INSERT OR IGNORE INTO temp.meta_roles SELECT j.value->>'i', r.value FROM json_each(?) j, json_each(j.value->'r') r`).run(json);
}

export interface DayAggregate extends DayRow {
  /** Reviews of mature cards (interval 21+ days before the review), and those graded Again. */
  mature: number;
  matureAgain: number;
  /** Reviews done before the card was due (study ahead, cram, --id). */
  early: number;
  timeouts: number;
}

/**
 * Item reviews per study day from `from` to `to`. Unfiltered: every item review (items since removed from
 * the banks included), read from review_days (kept by triggers: a row per day, not per review). Filtered:
 * the reviews of the items in temp.meta, summed here.
 */
export function reviewDays(db: Database, from: string, to: string, filtered: boolean): DayAggregate[] {
  if (!filtered) {
    return sql(db, `SELECT study_day AS day, reviews, seconds, mature, mature_again AS matureAgain, early, timeouts FROM review_days
      WHERE kind = 'item' AND study_day BETWEEN @from AND @to ORDER BY study_day`).all({ from, to }) as DayAggregate[];
  }
  return sql(db, `SELECT r.study_day AS day, count(*) AS reviews, total(r.seconds) AS seconds, total(${matureSql('r.')}) AS mature,
      total(${matureSql('r.')} AND r.rating = 'again') AS matureAgain, total(${earlySql('r.')}) AS early, sum(r.timed_out) AS timeouts
    FROM temp.meta m JOIN reviews r ON r.card_id = m.id WHERE r.kind = 'item' AND r.study_day BETWEEN @from AND @to
    GROUP BY r.study_day ORDER BY r.study_day`).all({ from, to }) as DayAggregate[];
}

/** Every study day with any review (questions or stories), for the streak. */
export const studyDays = (db: Database): string[] => sql(db, 'SELECT DISTINCT study_day FROM review_days ORDER BY study_day').pluck().all() as string[];

/** Per topic (or per role) of the items in temp.meta: items, seen items and the sum of their predicted recall at `at`. */
export function masteryBy(db: Database, by: 'topic' | 'role', at: Date): MasteryRow[] {
  const q = by === 'topic'
    ? `SELECT m.topic AS key, count(*) AS items, count(c.id) AS seen, total(prep_recall(c.state, c.stability, c.last_review, @at)) AS recallSum
       FROM temp.meta m LEFT JOIN cards c ON c.id = m.id AND c.state != 'new' GROUP BY m.topic`
    : `SELECT m.role AS key, count(*) AS items, count(c.id) AS seen, total(prep_recall(c.state, c.stability, c.last_review, @at)) AS recallSum
       FROM temp.meta_roles m LEFT JOIN cards c ON c.id = m.id AND c.state != 'new' GROUP BY m.role`;
  return sql(db, q).all({ at: atDay(db, at) }) as MasteryRow[];
}

/** Due reviews per study day (day numbers) before `until`, for the items in temp.meta; overdue ones under their own day. */
export const dueByDay = (db: Database, until: Date): { day: number; due: number }[] =>
  sql(db, `SELECT prep_day(c.due) AS day, count(*) AS due FROM cards c JOIN temp.meta m ON m.id = c.id
    WHERE c.kind = 'item' AND c.state != 'new' AND c.due < @until GROUP BY day ORDER BY day`).all({ until: until.toISOString() }) as { day: number; due: number }[];

export interface TypeTime {
  type: string;
  reviews: number;
  seconds: number;
  /** Reviews with a time budget, their total budget, and how many went over it. */
  budgeted: number;
  budget: number;
  over: number;
  timeouts: number;
}

/** Time taken against the time budget, by item type, over the range (from the covering index reviews_range). */
export const timeByType = (db: Database, from: string, to: string, filtered: boolean): TypeTime[] =>
  sql(db, `SELECT coalesce(m.type, 'removed') AS type, count(*) AS reviews, total(r.seconds) AS seconds, count(r.time_limit) AS budgeted,
      total(r.time_limit) AS budget, total(r.seconds > r.time_limit) AS over, sum(r.timed_out) AS timeouts
    FROM reviews r ${filtered ? 'JOIN' : 'LEFT JOIN'} temp.meta m ON m.id = r.card_id
    WHERE r.kind = 'item' AND r.study_day BETWEEN @from AND @to GROUP BY 1 ORDER BY 1`).all({ from, to }) as TypeTime[];

export interface LeechRow {
  id: string;
  bank: string;
  topic: string;
  lapses: number;
  due: string;
}

/** Cards of the items in temp.meta with `threshold` lapses or more, the most first. */
export const leeches = (db: Database, threshold: number, limit = 20): LeechRow[] =>
  sql(db, `SELECT c.id, m.bank, m.topic, c.lapses, c.due FROM cards c JOIN temp.meta m ON m.id = c.id
    WHERE c.kind = 'item' AND c.lapses >= @threshold ORDER BY c.lapses DESC, c.id LIMIT @limit`).all({ threshold, limit }) as LeechRow[];

export const leechCount = (db: Database, threshold: number): number =>
  (sql(db, `SELECT count(*) AS n FROM cards c JOIN temp.meta m ON m.id = c.id WHERE c.kind = 'item' AND c.lapses >= ?`).get(threshold) as { n: number }).n;

/** Suggested grade against the grade given, over the range (filtered: the items in temp.meta). */
export function gradePairs(db: Database, from: string, to: string, filtered: boolean): { suggested: Rating; given: Rating; reviews: number }[] {
  const filter = filtered ? 'AND card_id IN (SELECT id FROM temp.meta)' : '';
  return sql(db, `SELECT suggested, rating AS given, count(*) AS reviews FROM reviews
    WHERE kind = 'item' AND suggested IS NOT NULL AND study_day BETWEEN @from AND @to ${filter} GROUP BY suggested, rating`)
    .all({ from, to }) as { suggested: Rating; given: Rating; reviews: number }[];
}

/** Reviews and seconds on one study day (questions and stories), for the daily goal. */
export const dayTotals = (db: Database, day: string): { reviews: number; seconds: number } =>
  sql(db, 'SELECT total(reviews) AS reviews, total(seconds) AS seconds FROM review_days WHERE study_day = ?').get(day) as { reviews: number; seconds: number };

export interface MockKindRow {
  kind: string;
  rounds: number;
  finished: number;
  coverage: number | null;
}

/** Mock rounds started in the range (local study days), by kind: how many, finished, mean coverage of the finished. */
export const mockByKind = (db: Database, from: string, to: string): MockKindRow[] =>
  sql(db, `SELECT kind, count(*) AS rounds, sum(status = 'finished') AS finished, avg(CASE WHEN status = 'finished' THEN coverage END) AS coverage
    FROM mock_rounds WHERE study_day BETWEEN ? AND ? GROUP BY kind ORDER BY kind`).all(from, to) as MockKindRow[];

export interface MockRecentRow {
  id: number;
  kind: string;
  day: string;
  status: string;
  coverage: number | null;
}

/** The newest rounds in the range, newest first (the coverage-over-time list). */
export const mockRecent = (db: Database, from: string, to: string, limit = 10): MockRecentRow[] =>
  sql(db, 'SELECT id, kind, study_day AS day, status, coverage FROM mock_rounds WHERE study_day BETWEEN ? AND ? ORDER BY started_at DESC, id DESC LIMIT ?').all(from, to, limit) as MockRecentRow[];

