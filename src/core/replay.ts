/**
 * A card's state recomputed from its reviews: start new and apply every grade in time order through the
 * scheduler, as if they had been given here. Used after a merge adds reviews to a card. Pure.
 */
import { newCard, schedule } from './scheduler.js';
import type { Card, Rating, Settings } from './types.js';

export interface ReplayReview {
  rating: Rating;
  reviewedAt: Date;
}

export interface Replayed {
  card: Card;
  /** Per review, in the order given: the card before (null while it was new, as the store records it) and after. */
  steps: { before: Card | null; after: Card }[];
}

type ReplaySettings = Pick<Settings, 'desiredRetention' | 'maximumInterval' | 'timeZone' | 'dayCutoffHour' | 'fuzz'>;

/** `reviews` must be in the order they happened (reviewed_at, then id). */
export function replay(id: string, kind: Card['kind'], createdAt: Date, reviews: readonly ReplayReview[], s: ReplaySettings): Replayed {
  let card = newCard(id, kind, createdAt);
  const steps: Replayed['steps'] = [];
  for (const r of reviews) {
    const after = schedule(card, r.rating, r.reviewedAt, s);
    steps.push({ before: card.state === 'new' ? null : card, after });
    card = after;
  }
  return { card, steps };
}
