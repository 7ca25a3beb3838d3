/**
 * Predicted recall at an instant: FSRS retrievability projected from a card's last review, counted in
 * whole study days as the scheduler counts them (so a review at 1 am belongs to the day before, and a
 * DST change never adds or loses a day). Unseen and new cards count as 0.
 */
import { studyDayNumber } from './studyday.js';
import type { Card } from './types.js';

/**
 * FSRS-6's forgetting curve with the default parameters our scheduler uses (ts-fsrs default_w, whose
 * w[20] is the decay): R = (1 + factor * t / S) ^ -decay, where factor makes R = 0.9 when t = S. Written
 * out here so statistics need not load ts-fsrs (~30 ms of start-up); test/core/recall.test.ts holds it
 * equal to ts-fsrs's own forgetting_curve.
 */
export const FSRS_DECAY = 0.1542;
const FACTOR = Math.pow(0.9, -1 / FSRS_DECAY) - 1;

/** The probability of recall after `elapsedDays` for a memory of `stability` days. */
export function recallProbability(stability: number, elapsedDays: number): number {
  if (!(stability > 0)) return 0;
  return Math.pow(1 + (FACTOR * Math.max(0, elapsedDays)) / stability, -FSRS_DECAY);
}

export interface Zone {
  timeZone: string;
  dayCutoffHour: number;
}

/** Whole study days from the last review to `at` (0 when `at` is earlier). */
export function elapsedStudyDays(lastReview: Date, at: Date, z: Zone): number {
  return Math.max(0, studyDayNumber(at, z.timeZone, z.dayCutoffHour) - studyDayNumber(lastReview, z.timeZone, z.dayCutoffHour));
}

/** The chance of recalling the card at `at`; 0 when it was never reviewed. */
export function recallAt(card: Pick<Card, 'state' | 'stability' | 'lastReview'> | undefined, at: Date, z: Zone): number {
  if (!card || card.state === 'new' || !card.lastReview) return 0;
  return recallProbability(card.stability, elapsedStudyDays(card.lastReview, at, z));
}

/** The same, from a database row (ISO strings) and the study day number of `at`, for the SQL function `prep_recall`. */
export function recallOfRow(state: string, stability: number, lastReview: string | null, atDay: number, z: Zone): number {
  if (state === 'new' || !lastReview) return 0;
  return recallProbability(stability, Math.max(0, atDay - studyDayNumber(new Date(lastReview), z.timeZone, z.dayCutoffHour)));
}
