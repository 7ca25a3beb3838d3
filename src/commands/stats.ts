/**
 * `prep stats [--days N] [--bank/--topic/--role …]`: where you stand, from SQL aggregates. CJS-safe: the
 * same function runs in the full program and in the warm-cache fast path (src/fast/stats-fast.ts).
 */
import type { Database } from 'better-sqlite3';
import { PrepError } from '../errors.js';
import { isDrillable, matchesFilter, type ItemFilter } from '../core/queue.js';
import { ROLES } from '../core/vocab.js';
import { studyDayNumber } from '../core/studyday.js';
import { fillDaily, forecast, gradingAgreement, mastery, retentionByMonth, statsRange, streakOf, weakest, yearFrom, type DailyStat, type ForecastStat, type GradingStat, type MasteryStat, type RetentionStat, type StatsRange, type Streak } from '../core/stats.js';
import type { ItemIndexEntry, Role, Settings } from '../core/types.js';
import * as sq from '../adapters/stats-queries.js';

export interface StatsDeps {
  now(): Date;
  settings(): Promise<Settings>;
  index(): Promise<{ items: ItemIndexEntry[] }>;
  db(): Promise<Database>;
}

export interface StatsOptions {
  days?: string;
  bank?: string[];
  topic?: string[];
  role?: string[];
}

export interface TimeStat {
  type: string;
  reviews: number;
  minutes: number;
  /** Mean seconds taken, and mean budget of the reviews that had one (null: none had). */
  avgSeconds: number;
  avgBudget: number | null;
  /** Reviews that went over their budget, and timeouts (the clock ran out). */
  overBudget: number;
  timeouts: number;
}

export interface StatsReport {
  version: 1;
  range: StatsRange & { yearFrom: string };
  filter: ItemFilter;
  totals: {
    reviews: number; minutes: number; daysStudied: number; early: number; timeouts: number;
    matureReviews: number; retention: number | null; desiredRetention: number;
    items: number; itemsSeen: number; streak: Streak;
    /** Items with leech_threshold lapses or more (the list below shows the first 20). */
    leeches: number;
  };
  daily: DailyStat[];
  /** Study days of the last year with their reviews (days without reviews left out). */
  calendar: { day: string; reviews: number }[];
  retention: RetentionStat[];
  forecast: ForecastStat[];
  topics: MasteryStat[];
  weakestTopics: string[];
  roles: MasteryStat[];
  time: TimeStat[];
  leeches: (sq.LeechRow & { threshold: number })[];
  grading: GradingStat;
  /** Mock rounds started in the range: by kind (finished ones' mean coverage), and the newest ten. */
  mocks: { byKind: sq.MockKindRow[]; recent: sq.MockRecentRow[] };
  /** Why a chart is empty, in words. */
  notes: string[];
}

export function parseDays(value: string | undefined, fallback = 30): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isInteger(n) || n < 1 || n > 3650) {
    throw new PrepError('usage', `--days takes a whole number of days from 1 to 3650; got "${value}"`, { hint: 'For example: prep stats --days 90' });
  }
  return n;
}

function known(flag: string, given: string[] | undefined, values: readonly string[]): string[] | undefined {
  const list = given?.flatMap((g) => g.split(',')).map((g) => g.trim()).filter(Boolean);
  if (!list?.length) return undefined;
  for (const v of list) {
    if (!values.includes(v)) throw new PrepError('usage', `unknown ${flag} "${v}"`, { hint: `Known: ${values.slice(0, 20).join(', ')}${values.length > 20 ? ', …' : ''}` });
  }
  return list;
}

export function statsFilter(items: readonly ItemIndexEntry[], o: StatsOptions): ItemFilter {
  const bank = known('bank', o.bank, [...new Set(items.map((i) => i.bank))].sort());
  const topic = known('topic', o.topic, [...new Set(items.flatMap((i) => (i.topic ? [i.topic] : [])))].sort());
  const role = known('role', o.role, ROLES) as Role[] | undefined;
  return { ...(bank ? { bank } : {}), ...(topic ? { topic } : {}), ...(role ? { role } : {}) };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const roundCoverage = <T extends { coverage: number | null }>(r: T): T => ({ ...r, coverage: r.coverage === null ? null : Math.round(r.coverage * 100) / 100 });

export async function stats(deps: StatsDeps, o: StatsOptions): Promise<StatsReport> {
  const days = parseDays(o.days);
  const [settings, index, db] = await Promise.all([deps.settings(), deps.index(), deps.db()]);
  const filter = statsFilter(index.items, o);
  const filtered = Object.keys(filter).length > 0;
  const now = deps.now();
  sq.useZone(db, settings);
  const range = statsRange(now, settings, days);
  const from = yearFrom(range);
  const selected = index.items.filter((i) => isDrillable(i) && matchesFilter(i, filter));
  sq.useItems(db, selected);
  const year = sq.reviewDays(db, from, range.to, filtered);
  const inRange = year.filter((d) => d.day >= range.from);
  const sum = (rows: sq.DayAggregate[], k: keyof sq.DayAggregate) => rows.reduce((a, r) => a + Number(r[k] ?? 0), 0);
  const months = new Map<string, { month: string; reviews: number; passed: number }>();
  for (const d of year) {
    const m = months.get(d.day.slice(0, 7)) ?? { month: d.day.slice(0, 7), reviews: 0, passed: 0 };
    m.reviews += d.mature;
    m.passed += d.mature - d.matureAgain;
    months.set(m.month, m);
  }
  const mature = sum(inRange, 'mature');
  const topics = mastery(sq.masteryBy(db, 'topic', now));
  const roles = mastery(sq.masteryBy(db, 'role', now));
  const today = studyDayNumber(now, settings.timeZone, settings.dayCutoffHour);
  const horizon = new Date(now.getTime() + 31 * 86_400_000);
  const report: StatsReport = {
    version: 1,
    range: { ...range, yearFrom: from },
    filter,
    totals: {
      reviews: sum(inRange, 'reviews'), minutes: round1(sum(inRange, 'seconds') / 60), daysStudied: inRange.length,
      early: sum(inRange, 'early'), timeouts: sum(inRange, 'timeouts'), matureReviews: mature,
      retention: mature ? Math.round(((mature - sum(inRange, 'matureAgain')) / mature) * 1000) / 1000 : null,
      desiredRetention: settings.desiredRetention,
      items: selected.length, itemsSeen: topics.reduce((a, t) => a + t.seen, 0),
      streak: streakOf(sq.studyDays(db), range.to),
      leeches: sq.leechCount(db, settings.leechThreshold),
    },
    daily: fillDaily(range, inRange),
    calendar: year.map((d) => ({ day: d.day, reviews: d.reviews })),
    retention: retentionByMonth([...months.values()].filter((m) => m.reviews > 0), settings.desiredRetention),
    forecast: forecast(today, sq.dueByDay(db, horizon).filter((r) => r.day < today + 30)),
    topics,
    weakestTopics: weakest(topics),
    roles,
    time: sq.timeByType(db, range.from, range.to, filtered).map((t) => ({
      type: t.type, reviews: t.reviews, minutes: round1(t.seconds / 60), avgSeconds: round1(t.seconds / Math.max(1, t.reviews)),
      avgBudget: t.budgeted ? round1(t.budget / t.budgeted) : null, overBudget: t.over ?? 0, timeouts: t.timeouts ?? 0,
    })),
    leeches: sq.leeches(db, settings.leechThreshold).map((l) => ({ ...l, threshold: settings.leechThreshold })),
    grading: gradingAgreement(sq.gradePairs(db, range.from, range.to, filtered)),
    mocks: { byKind: sq.mockByKind(db, range.from, range.to).map(roundCoverage), recent: sq.mockRecent(db, range.from, range.to).map(roundCoverage) },
    notes: [],
  };
  report.notes = notesFor(report);
  return report;
}

/** Why a chart is empty: no history at all is not a mistake, but it should be said. */
function notesFor(r: StatsReport): string[] {
  const notes: string[] = [];
  const span = `the last ${r.range.days} day${r.range.days === 1 ? '' : 's'}`;
  if (!r.calendar.length) notes.push('No reviews yet: the charts fill in as you study (`prep drill`).');
  else if (!r.totals.reviews) notes.push(`No reviews in ${span}.`);
  if (r.calendar.length && !r.retention.length) notes.push('True retention needs reviews of mature cards (an interval of 21 days or more): none yet.');
  if (!r.forecast.some((f) => f.due > 0)) notes.push('Nothing falls due in the next 30 days.');
  if (r.totals.reviews && !r.grading.total) notes.push(`No suggested grades recorded in ${span} (typed drill answers record one).`);
  return notes;
}
