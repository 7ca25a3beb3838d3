/** The `prep due` report: counts only, from cards and the clock (counted in SQL by the adapter; `countDue` is the reference). */
import type { Card } from './types.js';

export interface DueReport {
  version: 1;
  now: string;
  studyDay: string;
  dueNow: number;
  overdue: number;
  learning: number;
  newAvailable: number;
  nextDueAt: string | null;
  reviewedToday: number;
  stories: { due: number; total: number };
}

export interface DueInput {
  now: Date;
  studyDay: string;
  /** When today's study day began: cards due before it are overdue. */
  dayStart: Date;
  /** Item cards whose item still exists in a loaded bank (ask items excluded). */
  cards: Card[];
  storyCards: Card[];
  storyTotal: number;
  /** Drillable items without a card. */
  unseen: number;
  newPerDay: number;
  newStartedToday: number;
  reviewedToday: number;
}

/** The counts a due report is made of: the adapter computes them in SQL, `countDue` from cards (the reference). */
export interface DueCounts {
  dueNow: number;
  overdue: number;
  learning: number;
  /** The earliest due time after now, of items and stories (ISO), or null. */
  nextDueAt: string | null;
  storiesDue: number;
  /** Drillable items without a card. */
  unseen: number;
}

export function countDue(input: Pick<DueInput, 'now' | 'dayStart' | 'cards' | 'storyCards' | 'unseen'>): DueCounts {
  const now = input.now.getTime();
  let dueNow = 0;
  let overdue = 0;
  let learning = 0;
  let next = Infinity;
  for (const c of input.cards) {
    if (c.state === 'new') continue;
    const due = c.due.getTime();
    if (c.state === 'learning' || c.state === 'relearning') learning++;
    if (due <= now) {
      dueNow++;
      if (due < input.dayStart.getTime()) overdue++;
    } else next = Math.min(next, due);
  }
  let storiesDue = 0;
  for (const c of input.storyCards) {
    if (c.due.getTime() <= now) storiesDue++;
    else next = Math.min(next, c.due.getTime());
  }
  return { dueNow, overdue, learning, nextDueAt: Number.isFinite(next) ? new Date(next).toISOString() : null, storiesDue, unseen: input.unseen };
}

export interface DueReportInput {
  now: Date;
  studyDay: string;
  counts: DueCounts;
  storyTotal: number;
  newPerDay: number;
  newStartedToday: number;
  reviewedToday: number;
}

export function dueReport(input: DueReportInput): DueReport {
  const c = input.counts;
  return {
    version: 1,
    now: input.now.toISOString(),
    studyDay: input.studyDay,
    dueNow: c.dueNow,
    overdue: c.overdue,
    learning: c.learning,
    newAvailable: Math.max(0, Math.min(c.unseen, input.newPerDay - input.newStartedToday)),
    nextDueAt: c.nextDueAt,
    reviewedToday: input.reviewedToday,
    stories: { due: c.storiesDue, total: input.storyTotal },
  };
}

export const buildDueReport = (input: DueInput): DueReport => dueReport({ ...input, counts: countDue(input) });

/** `prep due --quiet`: something to review now (questions or stories). New items alone do not count. */
export const somethingDue = (r: DueReport) => r.dueNow + r.stories.due > 0;
