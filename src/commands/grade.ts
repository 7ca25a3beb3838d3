/** `prep grade ID RATING`: record a review from a script or an editor. */
import { PrepError } from '../errors.js';
import type { Ctx } from '../context.js';
import { newCard, schedule } from '../core/scheduler.js';
import { studyDay } from '../core/studyday.js';
import { RATINGS, type Card, type Rating } from '../core/types.js';
import { unknownId } from './items.js';

export interface GradeReport {
  version: 1;
  id: string;
  rating: Rating;
  reviewedAt: string;
  reviewId: number;
  card: { state: Card['state']; due: string; scheduledDays: number; reps: number; lapses: number; stability: number; difficulty: number };
  leech: boolean;
}

const ALIASES: Record<string, Rating> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy', fail: 'again', pass: 'good', again: 'again', hard: 'hard', good: 'good', easy: 'easy' };

export function parseRating(word: string): Rating {
  // Own keys only: `__proto__` or `constructor` must not find Object.prototype's members.
  const key = word.toLowerCase();
  const r = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
  if (!r) throw new PrepError('usage', `unknown rating "${word}"`, { hint: `Use one of ${RATINGS.join(', ')} (or 1-4; fail/pass on the two-button scale).` });
  return r;
}

export function parseSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 86_400) throw new PrepError('usage', `--seconds must be a number of seconds between 0 and 86400, got "${value}"`, { hint: 'For example: --seconds 95' });
  return n;
}

export async function grade(ctx: Ctx, id: string, ratingWord: string, opts: { seconds?: string }): Promise<GradeReport> {
  const rating = parseRating(ratingWord);
  const seconds = parseSeconds(opts.seconds);
  const [index, settings, store] = await Promise.all([ctx.index(), ctx.settings(), ctx.store()]);
  const item = index.items.find((i) => i.id === id);
  if (!item) throw unknownId(id, index.items.map((i) => i.id));
  if (item.type === 'ask') throw new PrepError('usage', `"${id}" is a question to ask the interviewer, not one to be graded on`, { hint: 'Use `prep ask --pick` to shortlist it for an interview.' });
  const now = ctx.now();
  const { reviewId, review } = store.review(id, (current) => {
    const before = current ?? newCard(id, 'item', now);
    return { cardBefore: before, cardAfter: schedule(before, rating, now, settings), rating, reviewedAt: now, studyDay: studyDay(now, settings.timeZone, settings.dayCutoffHour), seconds: seconds ?? null, source: 'grade' };
  });
  const after = review.cardAfter;
  return {
    version: 1,
    id,
    rating,
    reviewedAt: now.toISOString(),
    reviewId,
    card: { state: after.state, due: after.due.toISOString(), scheduledDays: after.scheduledDays, reps: after.reps, lapses: after.lapses, stability: after.stability, difficulty: after.difficulty },
    leech: after.lapses >= settings.leechThreshold,
  };
}
