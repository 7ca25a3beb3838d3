/**
 * `prep` with no command: the today screen. What is due, the daily goal and streak, the next interview
 * with its countdown, checklist stage and readiness, deadline mode, and the one next step. `--json`
 * gives the same data.
 */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { sanitizeDeep } from '../core/sanitize.js';
import { due } from './due.js';
import { dueDeps } from './due-deps.js';
import { DEADLINE_DAYS, interviewPlan } from './plan-data.js';
import { nextStep } from '../core/next-step.js';
import { goalAndStreak } from './streak.js';
import type { TodayReport } from './today-report.js';


export async function buildToday(ctx: Ctx): Promise<TodayReport> {
  const [d, gs, { computeChecklist }] = await Promise.all([due(dueDeps(ctx)), goalAndStreak(ctx), import('./checklist.js')]);
  const { iv, report } = await computeChecklist(ctx, undefined);
  const upcoming = iv && report.interview && report.interview.daysLeft >= 0 ? iv : null;
  const p = upcoming ? await interviewPlan(ctx, upcoming) : null;
  const stage = report.stages.find((s) => s.status === 'current') ?? null;
  const items = report.stages.flatMap((s) => s.items);
  const checklist = { stage: stage?.id ?? null, title: stage?.title ?? null, open: stage ? stage.items.filter((i) => i.dueNow && !i.done).length : 0, overdue: items.filter((i) => i.overdue).length };
  const active = !!p && p.interview.daysLeft <= DEADLINE_DAYS;
  const first = p?.plan.days[0];
  const today: TodayReport = {
    version: 1,
    now: d.now,
    studyDay: d.studyDay,
    due: { items: d.dueNow, overdue: d.overdue, learning: d.learning, stories: d.stories.due },
    newAvailable: d.newAvailable,
    reviewedToday: d.reviewedToday,
    nextDueAt: d.nextDueAt,
    goal: gs.goal,
    streak: gs.streak,
    interview: p ? { ...p.interview, checklist } : null,
    readiness: p ? { date: p.readiness.date, overall: p.readiness.overall, desired: p.readiness.desired, items: p.readiness.items, unseen: p.readiness.unseen, lapsing: p.readiness.lapsing, weakest: p.readiness.topics.filter((t) => t.seen > 0).slice(0, 3).map((t) => ({ topic: t.topic, readiness: t.readiness })) } : null,
    deadline: p ? { active, days: DEADLINE_DAYS, today: first ? { reviews: first.reviews, new: p.todayNew.planned, newLeft: p.todayNew.left, minutes: first.minutes } : null, fits: p.plan.fitsAll, dropped: p.plan.dropped.length, budget: p.budget.minutesPerDay } : null,
    mocks: active ? await recentMocks(ctx, p!.interview.daysLeft) : null,
    next: { text: '', command: null },
  };
  today.next = nextStep(today);
  return today;
}

/** Mock rounds finished within the last `days` days (the run-up to the interview), and the newest finished. */
async function recentMocks(ctx: Ctx, daysLeft: number): Promise<TodayReport['mocks']> {
  const { MockRounds } = await import('../adapters/mock-rounds.js');
  const rounds = new MockRounds(await ctx.store());
  const since = new Date(ctx.now().getTime() - (DEADLINE_DAYS - daysLeft) * 86_400_000).toISOString();
  const last = rounds.list(20).find((r) => r.status === 'finished') ?? null;
  return { finished: rounds.finished(since), last: last && { id: last.id, kind: last.kind, startedAt: last.startedAt, coverage: last.coverage } };
}

export async function todayScreen(ctx: Ctx): Promise<Outcome> {
  const report = sanitizeDeep(await buildToday(ctx));
  if (ctx.opts.json) return { json: report };
  const [{ formatToday }, { painter }, settings] = await Promise.all([import('../format/today-view.js'), import('../format/paint.js'), ctx.settings()]);
  return { text: formatToday(report, await painter(ctx), { timeZone: settings.timeZone, now: ctx.now() }, Math.min(ctx.io.stdout.columns || 80, 100)) };
}
