/** The `prep due` report: counts only, computed from cards and the clock. */
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

export function buildDueReport(input: DueInput): DueReport {
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
  return {
    version: 1,
    now: input.now.toISOString(),
    studyDay: input.studyDay,
    dueNow,
    overdue,
    learning,
    newAvailable: Math.max(0, Math.min(input.unseen, input.newPerDay - input.newStartedToday)),
    nextDueAt: Number.isFinite(next) ? new Date(next).toISOString() : null,
    reviewedToday: input.reviewedToday,
    stories: { due: storiesDue, total: input.storyTotal },
  };
}

/** `prep due --quiet`: something to review now (questions or stories). New items alone do not count. */
export const somethingDue = (r: DueReport) => r.dueNow + r.stories.due > 0;
