/**
 * `prep stats` shaping: the aggregates come from SQL (adapters/stats-queries.ts) grouped by study day,
 * month or grade; this fills in the empty days, turns counts into rates and finds streaks. Pure: days
 * arrive as YYYY-MM-DD study days (the day cutoff and the user's zone already applied) or day numbers.
 */
import { dayNumberToIso, isoToDayNumber, studyDayNumber } from './studyday.js';
import type { Zone } from './recall.js';
import type { Rating } from './types.js';

/** Plain code-unit order: localeCompare would start ICU's collator (~10 ms) on the stats fast path. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface StatsRange {
  /** First and last study day (YYYY-MM-DD), both included; `to` is today. */
  from: string;
  to: string;
  days: number;
}

/** The last `days` study days, today included. */
export function statsRange(now: Date, z: Zone, days: number): StatsRange {
  const today = studyDayNumber(now, z.timeZone, z.dayCutoffHour);
  return { from: dayNumberToIso(today - days + 1), to: dayNumberToIso(today), days };
}

/** A year back from the range's end (or the range's start, if earlier): the calendar and retention window. */
export const yearFrom = (r: StatsRange) => dayNumberToIso(Math.min(isoToDayNumber(r.from), isoToDayNumber(r.to) - 364));

export interface DayRow {
  day: string;
  reviews: number;
  seconds: number;
}

export interface DailyStat {
  day: string;
  reviews: number;
  minutes: number;
}

/** One entry per day of the range, zeros where nothing was done. */
export function fillDaily(r: StatsRange, rows: readonly DayRow[]): DailyStat[] {
  const by = new Map(rows.map((x) => [x.day, x]));
  const start = isoToDayNumber(r.from);
  return Array.from({ length: r.days }, (_, i) => {
    const day = dayNumberToIso(start + i);
    const row = by.get(day);
    return { day, reviews: row?.reviews ?? 0, minutes: row ? Math.round(row.seconds / 6) / 10 : 0 };
  });
}

export interface MonthRow {
  month: string;
  /** Reviews of mature cards (interval of 21 days or more before the review). */
  reviews: number;
  /** Of those, not graded Again. */
  passed: number;
}

export interface RetentionStat {
  month: string;
  reviews: number;
  /** Share of mature reviews not graded Again; null without any. */
  retention: number | null;
  desired: number;
}

/** True retention per month, against the desired retention. */
export function retentionByMonth(rows: readonly MonthRow[], desired: number): RetentionStat[] {
  return [...rows]
    .sort((a, b) => byText(a.month, b.month))
    .map((m) => ({ month: m.month, reviews: m.reviews, retention: m.reviews ? Math.round((m.passed / m.reviews) * 1000) / 1000 : null, desired }));
}

export interface ForecastStat {
  day: string;
  due: number;
}

/** Due reviews for each of the next `days` study days from today; overdue cards count today. */
export function forecast(today: number, rows: readonly { day: number; due: number }[], days = 30): ForecastStat[] {
  const out = Array.from({ length: days }, (_, i) => ({ day: dayNumberToIso(today + i), due: 0 }));
  for (const r of rows) {
    const i = Math.max(0, r.day - today);
    if (i < days) out[i]!.due += r.due;
  }
  return out;
}

export interface Streak {
  /** Consecutive study days with a review, ending today (or yesterday, when today has none yet). */
  days: number;
  /** Today already counts. */
  today: boolean;
  longest: number;
}

/** Streaks from the distinct study days that have reviews (any order). */
export function streakOf(studyDays: readonly string[], today: string): Streak {
  const set = new Set(studyDays.map(isoToDayNumber));
  const t = isoToDayNumber(today);
  const end = set.has(t) ? t : t - 1;
  let days = 0;
  while (set.has(end - days)) days++;
  let longest = 0;
  for (const d of set) {
    if (set.has(d - 1)) continue;
    let n = 1;
    while (set.has(d + n)) n++;
    longest = Math.max(longest, n);
  }
  return { days, today: set.has(t), longest };
}

export interface GoalProgress {
  unit: 'reviews' | 'minutes';
  target: number;
  done: number;
  met: boolean;
}

export function goalProgress(goal: { amount: number; unit: 'reviews' | 'minutes' }, reviewsToday: number, secondsToday: number): GoalProgress {
  const done = goal.unit === 'reviews' ? reviewsToday : Math.floor(secondsToday / 60);
  return { unit: goal.unit, target: goal.amount, done, met: done >= goal.amount };
}

const RANK: Record<Rating, number> = { again: 0, hard: 1, good: 2, easy: 3 };

export interface GradingStat {
  /** Reviews with a suggested grade. */
  total: number;
  agreed: number;
  /** Graded lower than suggested. */
  harsher: number;
  /** Graded higher than suggested. */
  kinder: number;
  /** Share of suggestions overridden; null without any. */
  overrideRate: number | null;
  matrix: { suggested: Rating; given: Rating; reviews: number }[];
}

export function gradingAgreement(rows: readonly { suggested: Rating; given: Rating; reviews: number }[]): GradingStat {
  let total = 0, agreed = 0, harsher = 0, kinder = 0;
  for (const r of rows) {
    total += r.reviews;
    if (r.suggested === r.given) agreed += r.reviews;
    else if (RANK[r.given] < RANK[r.suggested]) harsher += r.reviews;
    else kinder += r.reviews;
  }
  const matrix = [...rows].sort((a, b) => RANK[a.suggested] - RANK[b.suggested] || RANK[a.given] - RANK[b.given]);
  return { total, agreed, harsher, kinder, overrideRate: total ? Math.round(((total - agreed) / total) * 1000) / 1000 : null, matrix };
}

export interface MasteryRow {
  key: string;
  items: number;
  seen: number;
  /** Sum of predicted recall now over seen items. */
  recallSum: number;
}

export interface MasteryStat {
  id: string;
  items: number;
  seen: number;
  /** Mean predicted recall now over the seen items; null when none is seen. */
  recall: number | null;
  /** Mean over all items, unseen counting as 0. */
  mastery: number;
}

export function mastery(rows: readonly MasteryRow[]): MasteryStat[] {
  return rows
    .map((r) => ({ id: r.key, items: r.items, seen: r.seen, recall: r.seen ? Math.round((r.recallSum / r.seen) * 1000) / 1000 : null, mastery: r.items ? Math.round((r.recallSum / r.items) * 1000) / 1000 : 0 }))
    .sort((a, b) => byText(a.id, b.id));
}

/** The five weakest topics that have been started: lowest mean recall of their seen items. */
export const weakest = (topics: readonly MasteryStat[], n = 5) =>
  topics.filter((t) => t.recall !== null).sort((a, b) => a.recall! - b.recall! || byText(a.id, b.id)).slice(0, n).map((t) => t.id);
