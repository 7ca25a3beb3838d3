/**
 * The database side of `prep import`: read what is here (light: reviews and tellings by key), and apply
 * a merge plan in one IMMEDIATE transaction: inserts, newer stories, then every touched card recomputed
 * by replaying its reviews, with each review's before/after snapshot rewritten to match.
 */
import type { MergePlan, Snapshot } from '../core/merge.js';
import type { TableKey } from '../core/export-doc.js';
import { replay } from '../core/replay.js';
import type { Rating, Settings } from '../core/types.js';
import { TABLES, insertSql, selectSql, tableSpec, toDoc, toParams } from './data-tables.js';
import { cardToJson, type Store } from './store.js';
import { sql } from './sql.js';

export function readSnapshot(store: Store): Snapshot {
  const db = store.db;
  const all = (key: TableKey) => {
    const t = tableSpec(key);
    return (sql(db, selectSql(t)).all() as Record<string, unknown>[]).map((r) => toDoc(t, r));
  };
  return {
    cards: all('cards') as Snapshot['cards'],
    reviews: sql(db, 'SELECT id, card_id AS cardId, reviewed_at AS reviewedAt, rating FROM reviews').all() as Snapshot['reviews'],
    stories: all('stories') as Snapshot['stories'],
    storyTellings: sql(db, 'SELECT id, story_id AS storyId, told_at AS toldAt FROM story_tellings').all() as Snapshot['storyTellings'],
    storyDraft: all('storyDraft') as Snapshot['storyDraft'],
    interviews: all('interviews') as Snapshot['interviews'],
    checklistChecks: all('checklistChecks') as Snapshot['checklistChecks'],
    interviewQuestions: all('interviewQuestions') as Snapshot['interviewQuestions'],
    answerDrafts: all('answerDrafts') as Snapshot['answerDrafts'],
    mockRounds: sql(db, 'SELECT id, kind, started_at AS startedAt FROM mock_rounds').all() as Snapshot['mockRounds'],
  };
}

type ReplaySettings = Pick<Settings, 'desiredRetention' | 'maximumInterval' | 'timeZone' | 'dayCutoffHour' | 'fuzz'>;

/** Replay one card's reviews and store the result: the card, and each review's card_before/card_after. */
function recompute(store: Store, id: string, s: ReplaySettings): void {
  const db = store.db;
  const row = sql(db, 'SELECT kind, created_at FROM cards WHERE id = ?').get(id) as { kind: 'item' | 'story'; created_at: string };
  const reviews = sql(db, 'SELECT id, rating, reviewed_at FROM reviews WHERE card_id = ? ORDER BY reviewed_at, id').all(id) as { id: number; rating: Rating; reviewed_at: string }[];
  const r = replay(id, row.kind, new Date(row.created_at), reviews.map((x) => ({ rating: x.rating, reviewedAt: new Date(x.reviewed_at) })), s);
  const setReview = sql(db, 'UPDATE reviews SET card_before = ?, card_after = ? WHERE id = ?');
  r.steps.forEach((step, i) => setReview.run(step.before ? cardToJson(step.before) : null, cardToJson(step.after), reviews[i]!.id));
  const c = r.card;
  sql(db, `UPDATE cards SET state = @state, due = @due, stability = @stability, difficulty = @difficulty, scheduled_days = @scheduledDays,
    learning_steps = @learningSteps, reps = @reps, lapses = @lapses, last_review = @lastReview WHERE id = @id`)
    .run({ ...c, due: c.due.toISOString(), lastReview: c.lastReview?.toISOString() ?? null });
}

export function applyMerge(store: Store, plan: MergePlan, settings: ReplaySettings, onRow: (done: number) => void = () => undefined): void {
  store.write(() => {
    let done = 0;
    for (const t of TABLES) {
      const rows = plan.insert[t.key] as Record<string, unknown>[];
      for (const row of rows) {
        sql(store.db, insertSql(t)).run(toParams(t, row));
        if (++done % 1000 === 0) onRow(done);
      }
    }
    const stories = tableSpec('stories');
    const set = stories.columns.filter(([c]) => c !== 'id').map(([c, d]) => `${c} = @${d}`).join(', ');
    for (const s of plan.update.stories) sql(store.db, `UPDATE stories SET ${set} WHERE id = @id`).run(toParams(stories, s));
    const draft = tableSpec('storyDraft');
    for (const d of plan.update.storyDraft) sql(store.db, `${insertSql(draft).replace('INSERT', 'INSERT OR REPLACE')}`).run(toParams(draft, d));
    const answers = tableSpec('answerDrafts');
    for (const d of plan.update.answerDrafts) sql(store.db, `${insertSql(answers).replace('INSERT', 'INSERT OR REPLACE')}`).run(toParams(answers, d));
    for (const id of plan.replay) recompute(store, id, settings);
  });
}
