/** Read queries and the card row mapping, shared by the Store and the CJS fast path of `prep due`. */
import type { Database } from 'better-sqlite3';
import type { Card, CardState } from '../core/types.js';
import { sql } from './sql.js';

interface CardRow {
  id: string; kind: 'item' | 'story'; state: CardState; due: string; stability: number; difficulty: number;
  scheduled_days: number; learning_steps: number; reps: number; lapses: number; last_review: string | null;
}

export const fromRow = (r: CardRow): Card => ({
  id: r.id, kind: r.kind, state: r.state, due: new Date(r.due), stability: r.stability, difficulty: r.difficulty,
  scheduledDays: r.scheduled_days, learningSteps: r.learning_steps, reps: r.reps, lapses: r.lapses,
  lastReview: r.last_review ? new Date(r.last_review) : null,
});

export const card = (db: Database, id: string): Card | undefined => {
  const r = sql(db, 'SELECT * FROM cards WHERE id = ?').get(id) as CardRow | undefined;
  return r ? fromRow(r) : undefined;
};

export const cards = (db: Database, kind: 'item' | 'story'): Card[] => (sql(db, 'SELECT * FROM cards WHERE kind = ?').all(kind) as CardRow[]).map(fromRow);

/** Stories exist from schema 2 on. */
export function storyCount(db: Database): number {
  const t = sql(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stories'").get();
  return t ? (sql(db, 'SELECT count(*) AS n FROM stories').get() as { n: number }).n : 0;
}

/** Distinct cards first reviewed on a study day (counts against new-per-day). */
export const newStartedOn = (db: Database, studyDay: string, kind: 'item' | 'story' = 'item'): number =>
  (sql(db, 'SELECT count(DISTINCT card_id) AS n FROM reviews WHERE study_day = ? AND kind = ? AND card_before IS NULL').get(studyDay, kind) as { n: number }).n;

export const reviewsOn = (db: Database, studyDay: string, kind: 'item' | 'story' = 'item'): number =>
  (sql(db, 'SELECT count(*) AS n FROM reviews WHERE study_day = ? AND kind = ?').get(studyDay, kind) as { n: number }).n;
