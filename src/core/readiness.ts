/**
 * Readiness for an interview: predicted recall on its date, averaged over every item that matters for
 * its roles, unseen items counting as 0. Per topic too, with the unseen items and the items that will
 * have lapsed by then (seen, but below the desired retention on the day). Pure: the per-topic sums
 * come in from SQL (adapters/plan-queries.ts), computed with core/recall.ts.
 */

/** One topic's items at the interview date. */
export interface TopicRecall {
  topic: string;
  items: number;
  seen: number;
  /** Sum over the topic's items of the predicted recall on the day (unseen: 0). */
  recallSum: number;
  /** Seen items whose predicted recall on the day is below the desired retention. */
  lapsing: number;
}

export interface TopicReadiness {
  topic: string;
  items: number;
  seen: number;
  unseen: number;
  lapsing: number;
  /** Mean predicted recall on the day, 0..1, unseen counting as 0. */
  readiness: number;
}

export interface Readiness {
  /** The day readiness is projected to (YYYY-MM-DD). */
  date: string;
  desired: number;
  items: number;
  seen: number;
  unseen: number;
  lapsing: number;
  /** Mean predicted recall on the day over every relevant item, 0..1 (0 when there are none). */
  overall: number;
  /** Every topic at or above the desired retention on the day. */
  ready: boolean;
  /** Weakest first. */
  topics: TopicReadiness[];
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export function buildReadiness(rows: readonly TopicRecall[], desired: number, date: string): Readiness {
  const topics = rows
    .filter((r) => r.items > 0)
    .map((r) => ({ topic: r.topic, items: r.items, seen: r.seen, unseen: r.items - r.seen, lapsing: r.lapsing, readiness: round(r.recallSum / r.items) }))
    .sort((a, b) => a.readiness - b.readiness || b.items - a.items || a.topic.localeCompare(b.topic));
  const items = topics.reduce((n, t) => n + t.items, 0);
  const seen = topics.reduce((n, t) => n + t.seen, 0);
  const sum = rows.reduce((n, r) => n + (r.items > 0 ? r.recallSum : 0), 0);
  return {
    date,
    desired,
    items,
    seen,
    unseen: items - seen,
    lapsing: topics.reduce((n, t) => n + t.lapsing, 0),
    overall: items ? round(sum / items) : 0,
    ready: topics.length > 0 && topics.every((t) => t.readiness >= desired),
    topics,
  };
}

/** "62%" */
export const percent = (x: number) => `${Math.round(x * 100)}%`;
