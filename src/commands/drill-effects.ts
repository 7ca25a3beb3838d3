/**
 * What the drill asks of the world, done: a grade committed to SQLite (before the reducer hears of it,
 * so Ctrl-C never loses one), a grade undone, typed code run, a draft kept or dropped. Each answers the
 * reducer with an event where it has something to say.
 */
import type { Ctx } from '../context.js';
import type { Store } from '../adapters/store.js';
import type { Drafts } from '../adapters/drafts.js';
import type { DrillEvent, Effect, GradeRecord } from '../core/drill.js';
import { newCard, schedule } from '../core/scheduler.js';
import { studyDay } from '../core/studyday.js';
import type { LoadedItem, Settings } from '../core/types.js';
import { runCandidateCode, runQuery } from './drill-code.js';

export interface EffectDeps {
  ctx: Ctx;
  store: Store;
  drafts: Drafts;
  settings: Settings;
  source: 'drill' | 'review' | 'mock';
  sessionId: string;
  /** Mock rounds: a follow-up is graded for the report only, never the schedule. */
  unscheduled?(id: string): boolean;
  /** Mock rounds: an answer was held (keep the round's report). */
  held?(): void;
  item(id: string): LoadedItem;
  /** Monotonic milliseconds: the reducer's clock. */
  clock(): number;
  dispatch(e: DrillEvent): void;
}

function commitGrade(d: EffectDeps, r: GradeRecord): void {
  const { store, settings, ctx } = d;
  if (d.unscheduled?.(r.id)) return d.dispatch({ type: 'graded', rating: r.rating, reviewId: -1, at: d.clock(), nextDue: 0 });
  const now = ctx.now();
  // The card is read under the write lock, so a `prep grade` from another terminal meanwhile is built on, not lost.
  const { reviewId, review } = store.review(r.id, (current) => {
    const before = current ?? newCard(r.id, 'item', now);
    return {
      cardBefore: before, cardAfter: schedule(before, r.rating, now, settings), rating: r.rating, reviewedAt: now,
      studyDay: studyDay(now, settings.timeZone, settings.dayCutoffHour), seconds: r.seconds, timeLimit: r.budget, timedOut: r.timedOut,
      typedAnswer: r.answer, rubricScore: r.coverage, suggested: r.suggested, source: d.source, sessionId: d.sessionId,
    };
  });
  const after = review.cardAfter;
  const nextDue = after.due.getTime() - now.getTime();
  // A missed item (Again) due again within the learn-ahead window returns at the end of the session, as
  // in Anki; items passed with a short learning step wait for the next session (rounds are minutes long).
  // A mock round never asks again: the interview would not.
  const again = d.source !== 'mock' && r.rating === 'again' && settings.learnAheadMinutes > 0 && nextDue <= settings.learnAheadMinutes * 60_000;
  d.dispatch({ type: 'graded', rating: r.rating, reviewId, at: d.clock(), nextDue, again, leech: after.lapses >= settings.leechThreshold });
}

export function perform(d: EffectDeps, fx: Effect): void {
  switch (fx.kind) {
    case 'grade':
      return commitGrade(d, fx.review);
    case 'undo':
      d.store.undoReview(fx.reviewId);
      return d.dispatch({ type: 'undone', at: d.clock() });
    case 'save-draft':
      return d.drafts.save(fx.id, fx.text, d.ctx.now());
    case 'clear-draft':
      return d.drafts.clear(fx.id);
    case 'held':
      return d.held?.();
    case 'check': {
      const item = d.item(fx.item);
      if (item.type === 'sql') return void runQuery(item, fx.code, !!fx.trial).then((outcome) => d.dispatch({ type: 'checked', attempt: fx.attempt, outcome }));
      if (item.type !== 'coding') return d.dispatch({ type: 'checked', attempt: fx.attempt, outcome: { kind: 'not-run', reason: `${item.type} answers are not run` } });
      void runCandidateCode(d.ctx.env, item, fx.code).then((r) =>
        d.dispatch({ type: 'checked', attempt: fx.attempt, outcome: typeof r === 'string' ? { kind: 'not-run', reason: r } : { kind: 'tests', tests: r } }),
      );
    }
  }
}
