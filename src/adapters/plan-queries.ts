/**
 * The SQL behind readiness and the plan: per-topic recall projected to a day, the time new items and
 * reviews take. Works on the items loaded into temp.meta (stats-queries.ts useItems) and the SQL
 * function prep_recall (useZone).
 */
import type { Database } from 'better-sqlite3';
import type { TopicRecall } from '../core/readiness.js';
import { sql } from './sql.js';
import { atDay } from './stats-queries.js';

/** Per topic of temp.meta: items, seen, the sum of predicted recall at `at`, and the seen ones below `desired` then. */
export const topicRecallAt = (db: Database, at: Date, desired: number): TopicRecall[] =>
  sql(db, `SELECT m.topic AS topic, count(*) AS items, count(c.id) AS seen, total(prep_recall(c.state, c.stability, c.last_review, @at)) AS recallSum,
      total(c.id IS NOT NULL AND prep_recall(c.state, c.stability, c.last_review, @at) < @desired) AS lapsing
    FROM temp.meta m LEFT JOIN cards c ON c.id = m.id AND c.state != 'new' GROUP BY m.topic`).all({ at: atDay(db, at), desired }) as TopicRecall[];

/** Per topic of temp.meta: the seconds its unseen items take to introduce, from seconds per item type. */
export const newSecondsByTopic = (db: Database, perType: Record<string, number>, fallback: number): { topic: string; seconds: number }[] =>
  sql(db, `SELECT m.topic AS topic, total(coalesce(@perType ->> ('$.' || m.type), @fallback)) AS seconds
    FROM temp.meta m LEFT JOIN cards c ON c.id = m.id AND c.state != 'new' WHERE c.id IS NULL GROUP BY m.topic`)
    .all({ perType: JSON.stringify(perType), fallback }) as { topic: string; seconds: number }[];

/**
 * Mean seconds since `from`: of first sights (new items) by type, from the partial index reviews_first,
 * and of reviews that are not first sights, from review_days minus the first sights. Each only with at
 * least `min` of them (else left out / null).
 */
export function measuredSeconds(db: Database, from: string, min = 5): { newByType: { type: string; seconds: number }[]; review: number | null } {
  const byType = sql(db, `SELECT m.type AS type, total(r.seconds) AS seconds, count(r.seconds) AS n
    FROM reviews r CROSS JOIN temp.meta m ON m.id = r.card_id
    WHERE r.kind = 'item' AND r.study_day >= @from AND r.card_before IS NULL GROUP BY 1`).all({ from }) as { type: string; seconds: number; n: number }[];
  const first = sql(db, `SELECT total(seconds) AS seconds, count(seconds) AS n FROM reviews WHERE kind = 'item' AND study_day >= ? AND card_before IS NULL`).get(from) as { seconds: number; n: number };
  const all = sql(db, `SELECT total(seconds) AS seconds, total(timed) AS n FROM review_days WHERE kind = 'item' AND study_day >= ?`).get(from) as { seconds: number; n: number };
  const n = all.n - first.n;
  return {
    newByType: byType.filter((r) => r.n >= min).map((r) => ({ type: r.type, seconds: r.seconds / r.n })),
    review: n >= min ? (all.seconds - first.seconds) / n : null,
  };
}
