/**
 * The SQL behind readiness and the plan: per-topic recall projected to a day, the time new items and
 * reviews take. Works on the items loaded into temp.meta (stats-queries.ts useItems) and the SQL
 * function prep_recall (useZone).
 */
import type { Database } from 'better-sqlite3';
import type { TopicRecall } from '../core/readiness.js';
import { sql } from './sql.js';

/** Per topic of temp.meta: items, seen, the sum of predicted recall at `at`, and the seen ones below `desired` then. */
export const topicRecallAt = (db: Database, at: Date, desired: number): TopicRecall[] =>
  sql(db, `SELECT m.topic AS topic, count(*) AS items, count(c.id) AS seen, total(prep_recall(c.state, c.stability, c.last_review, @at)) AS recallSum,
      total(c.id IS NOT NULL AND prep_recall(c.state, c.stability, c.last_review, @at) < @desired) AS lapsing
    FROM temp.meta m LEFT JOIN cards c ON c.id = m.id AND c.state != 'new' GROUP BY m.topic`).all({ at: at.getTime(), desired }) as TopicRecall[];

/** Per topic of temp.meta: the seconds its unseen items take to introduce, from seconds per item type. */
export const newSecondsByTopic = (db: Database, perType: Record<string, number>, fallback: number): { topic: string; seconds: number }[] =>
  sql(db, `SELECT m.topic AS topic, total(coalesce(@perType ->> ('$.' || m.type), @fallback)) AS seconds
    FROM temp.meta m LEFT JOIN cards c ON c.id = m.id AND c.state != 'new' WHERE c.id IS NULL GROUP BY m.topic`)
    .all({ perType: JSON.stringify(perType), fallback }) as { topic: string; seconds: number }[];

/** Measured seconds of first reviews (new items) by type since `from`, where there are at least `min` of them. */
export const measuredNewSeconds = (db: Database, from: string, min = 5): { type: string; seconds: number }[] =>
  sql(db, `SELECT m.type AS type, avg(r.seconds) AS seconds FROM reviews r JOIN temp.meta m ON m.id = r.card_id
    WHERE r.kind = 'item' AND r.study_day >= @from AND r.card_before IS NULL AND r.seconds IS NOT NULL GROUP BY m.type HAVING count(*) >= @min`)
    .all({ from, min }) as { type: string; seconds: number }[];

/** Mean seconds of a review (not a first sight) since `from`; null with fewer than `min` of them. */
export const measuredReviewSeconds = (db: Database, from: string, min = 5): number | null => {
  const r = sql(db, `SELECT avg(seconds) AS s, count(*) AS n FROM reviews WHERE kind = 'item' AND study_day >= ? AND card_before IS NOT NULL AND seconds IS NOT NULL`).get(from) as { s: number | null; n: number };
  return r.n >= min ? r.s : null;
};
