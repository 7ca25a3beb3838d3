/**
 * Readiness and the plan for one interview, from SQL aggregates: shared by `prep plan`, the today screen
 * and the drill's deadline mode.
 */
import type { Ctx } from '../context.js';
import type { Interview } from '../core/checklist.js';
import { buildPlan, NEW_ITEM_SECONDS, REVIEW_SECONDS, type Plan } from '../core/plan.js';
import { isDrillable } from '../core/queue.js';
import { buildReadiness, type Readiness } from '../core/readiness.js';
import { interviewRoles, relevantTo, topicPriority, type RolesFrom } from '../core/roles.js';
import { dayNumberToIso, isoToDayNumber, startOfStudyDay, studyDayNumber } from '../core/studyday.js';
import type { Role } from '../core/types.js';
import { useItems, useZone } from '../adapters/stats-queries.js';
import * as pq from '../adapters/plan-queries.js';
import { dueByDay } from '../adapters/stats-queries.js';

/** While an interview is this many days away (or fewer), the drill and the today screen follow its plan. */
export const DEADLINE_DAYS = 14;

export interface InterviewPlan {
  interview: { id: string; company: string; date: string; daysLeft: number; role?: string; roles: Role[]; rolesFrom: RolesFrom; rolesNote: string };
  readiness: Readiness;
  plan: Plan;
  budget: { minutesPerDay: number };
  estimates: { reviewSeconds: number; reviewFrom: 'measured' | 'default'; newSeconds: Record<string, number> };
  /**
   * New items for today by the plan: its daily share (counting the ones already started today), what was
   * started, and what is left (the deadline-mode drill's allowance).
   */
  todayNew: { planned: number; started: number; left: number };
  /** Per topic: priority for the roles, and whether the plan keeps it. */
  topics: { topic: string; priority: number; items: number; unseen: number; lapsing: number; readiness: number; kept: boolean }[];
}

const round = (x: number) => Math.round(x * 10) / 10;

export async function interviewPlan(ctx: Ctx, iv: Interview): Promise<InterviewPlan> {
  const [settings, index, store] = await Promise.all([ctx.settings(), ctx.index(), ctx.store()]);
  const db = store.db;
  const now = ctx.now();
  useZone(db, settings);
  const roles = interviewRoles(iv);
  const drillable = index.items.filter(isDrillable);
  useItems(db, drillable.filter(relevantTo(roles.roles)));
  const dateDay = isoToDayNumber(iv.date);
  const todayDay = studyDayNumber(now, settings.timeZone, settings.dayCutoffHour);
  // Projected to the start of the interview's day (its study day begins at the cutoff hour).
  const at = startOfStudyDay(dateDay, settings.timeZone, settings.dayCutoffHour);
  const rows = pq.topicRecallAt(db, at, settings.desiredRetention);
  const readiness = buildReadiness(rows, settings.desiredRetention, iv.date);
  const since = dayNumberToIso(todayDay - 90);
  const measured = pq.measuredSeconds(db, since);
  const perType = { ...NEW_ITEM_SECONDS, ...Object.fromEntries(measured.newByType.map((m) => [m.type, round(m.seconds)])) };
  const reviewMeasured = measured.review;
  const reviewSeconds = reviewMeasured === null ? REVIEW_SECONDS : round(reviewMeasured);
  const newSeconds = new Map(pq.newSecondsByTopic(db, perType, NEW_ITEM_SECONDS.concept!).map((r) => [r.topic, r.seconds]));
  const priority = topicPriority(drillable, roles.roles);
  const n = Math.max(1, dateDay - todayDay);
  const reviewsDue = Array<number>(n).fill(0);
  for (const d of dueByDay(db, at)) {
    const i = Math.max(0, d.day - todayDay);
    if (i < n) reviewsDue[i]! += d.due;
  }
  const topics = rows.map((r) => ({ topic: r.topic, priority: Math.round((priority.get(r.topic) ?? 0) * 1000) / 1000, items: r.items, unseen: r.items - r.seen, recallSum: r.recallSum, newSeconds: newSeconds.get(r.topic) ?? 0 }));
  const plan = buildPlan({
    days: Array.from({ length: n }, (_, i) => dayNumberToIso(todayDay + i)),
    minutesPerDay: settings.dailyMinutes,
    reviewSeconds,
    reviewsDue,
    topics,
    desired: settings.desiredRetention,
  });
  const kept = new Set(plan.kept);
  const started = store.newStartedOn(dayNumberToIso(todayDay));
  const keptUnseen = topics.filter((t) => kept.has(t.topic)).reduce((a, t) => a + t.unseen, 0);
  const planned = keptUnseen + started > 0 ? Math.ceil((keptUnseen + started) / (n >= 2 ? n - 1 : 1)) : 0;
  const byTopic = new Map(readiness.topics.map((t) => [t.topic, t]));
  return {
    interview: { id: iv.id, company: iv.company, date: iv.date, daysLeft: dateDay - todayDay, ...(iv.role ? { role: iv.role } : {}), roles: roles.roles, rolesFrom: roles.from, rolesNote: roles.note },
    readiness,
    plan,
    budget: { minutesPerDay: settings.dailyMinutes },
    todayNew: { planned, started, left: Math.max(0, planned - started) },
    estimates: { reviewSeconds, reviewFrom: reviewMeasured === null ? 'default' : 'measured', newSeconds: perType },
    topics: topics
      .map((t) => ({ topic: t.topic, priority: t.priority, items: t.items, unseen: t.unseen, lapsing: byTopic.get(t.topic)?.lapsing ?? 0, readiness: byTopic.get(t.topic)?.readiness ?? 0, kept: kept.has(t.topic) }))
      .sort((a, b) => b.priority - a.priority || a.readiness - b.readiness || a.topic.localeCompare(b.topic)),
  };
}
