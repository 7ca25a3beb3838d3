/** The today screen's report (`prep --json`), shared by the command (today.ts) and its view (format/today-view.ts). */
import type { GoalProgress, Streak } from '../core/stats.js';
import type { NextStep } from '../core/next-step.js';
import type { InterviewPlan } from './plan-data.js';

export interface TodayReport {
  version: 1;
  now: string;
  studyDay: string;
  due: { items: number; overdue: number; learning: number; stories: number };
  newAvailable: number;
  reviewedToday: number;
  nextDueAt: string | null;
  goal: GoalProgress;
  streak: Streak;
  interview: (InterviewPlan['interview'] & { checklist: { stage: string | null; title: string | null; open: number; overdue: number } }) | null;
  readiness: { date: string; overall: number; desired: number; items: number; unseen: number; lapsing: number; weakest: { topic: string; readiness: number }[] } | null;
  /** While the next interview is 14 days away or less: the drill follows the plan; today's share of it. */
  deadline: { active: boolean; days: number; today: { reviews: number; new: number; newLeft: number; minutes: number } | null; fits: boolean; dropped: number; budget: number } | null;
  /** While an interview is 14 days away or less: mock rounds finished in those days, and the newest finished one. */
  mocks: { finished: number; last: { id: number; kind: string; startedAt: string; coverage: number | null } | null } | null;
  next: NextStep;
}
