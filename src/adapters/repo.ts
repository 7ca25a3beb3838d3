/** Stories, interviews, checklist ticks and picked questions in the SQLite store. Writes are IMMEDIATE transactions. */
import type { Store } from './store.js';
import { sql } from './sql.js';
import type { Story } from '../core/star.js';
import type { Interview } from '../core/checklist.js';
import type { Role } from '../core/types.js';

interface StoryRow {
  id: string; title: string; template: string; themes: string; situation: string; task: string; action: string; result: string;
  metrics_before: string | null; metrics_after: string | null; reflection: string | null; created_at: string; updated_at: string;
}

const toStory = (r: StoryRow): Story & { createdAt: string; updatedAt: string } => ({
  id: r.id, title: r.title, template: r.template, themes: JSON.parse(r.themes) as string[],
  situation: r.situation, task: r.task, action: r.action, result: r.result,
  ...(r.metrics_before || r.metrics_after ? { metrics: { ...(r.metrics_before ? { before: r.metrics_before } : {}), ...(r.metrics_after ? { after: r.metrics_after } : {}) } } : {}),
  ...(r.reflection ? { reflection: r.reflection } : {}),
  createdAt: r.created_at, updatedAt: r.updated_at,
});

export class Repo {
  constructor(private readonly store: Store) {}
  private get db() {
    return this.store.db;
  }

  stories(): (Story & { createdAt: string; updatedAt: string })[] {
    return (sql(this.db, 'SELECT * FROM stories ORDER BY rowid').all() as StoryRow[]).map(toStory);
  }

  story(id: string) {
    const r = sql(this.db, 'SELECT * FROM stories WHERE id = ?').get(id) as StoryRow | undefined;
    return r ? toStory(r) : undefined;
  }

  /** Insert or replace a story; a new story also gets a rehearsal card, due now. */
  saveStory(s: Story, now: Date): void {
    this.store.write(() => {
      const exists = sql(this.db, 'SELECT 1 FROM stories WHERE id = ?').get(s.id);
      const row = { ...s, themes: JSON.stringify([...new Set(s.themes)]), metrics_before: s.metrics?.before ?? null, metrics_after: s.metrics?.after ?? null, reflection: s.reflection ?? null, now: now.toISOString() };
      if (exists) {
        sql(this.db, `UPDATE stories SET title=@title, template=@template, themes=@themes, situation=@situation, task=@task, action=@action, result=@result,
          metrics_before=@metrics_before, metrics_after=@metrics_after, reflection=@reflection, updated_at=@now WHERE id=@id`).run(row);
      } else {
        sql(this.db, `INSERT INTO stories (id, title, template, themes, situation, task, action, result, metrics_before, metrics_after, reflection, created_at, updated_at)
          VALUES (@id, @title, @template, @themes, @situation, @task, @action, @result, @metrics_before, @metrics_after, @reflection, @now, @now)`).run(row);
        sql(this.db, "INSERT OR IGNORE INTO cards (id, kind, state, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, last_review, created_at) VALUES (?, 'story', 'new', ?, 0, 0, 0, 0, 0, 0, NULL, ?)")
          .run(`story:${s.id}`, now.toISOString(), now.toISOString());
      }
    });
  }

  /** Delete a story with everything keyed by it (card, reviews, tellings), so a new story with the id starts clean. */
  removeStory(id: string): boolean {
    return this.store.write(() => {
      const n = sql(this.db, 'DELETE FROM stories WHERE id = ?').run(id).changes;
      sql(this.db, 'DELETE FROM cards WHERE id = ?').run(`story:${id}`);
      sql(this.db, 'DELETE FROM reviews WHERE card_id = ?').run(`story:${id}`);
      sql(this.db, 'DELETE FROM story_tellings WHERE story_id = ?').run(id);
      return n > 0;
    });
  }

  draft(): { data: unknown; updatedAt: string } | undefined {
    const r = sql(this.db, 'SELECT data, updated_at FROM story_draft WHERE id = 1').get() as { data: string; updated_at: string } | undefined;
    return r ? { data: JSON.parse(r.data), updatedAt: r.updated_at } : undefined;
  }

  saveDraft(data: unknown, now: Date): void {
    this.store.write(() => sql(this.db, 'INSERT INTO story_draft (id, data, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at').run(JSON.stringify(data), now.toISOString()));
  }

  clearDraft(): void {
    this.store.write(() => sql(this.db, 'DELETE FROM story_draft').run());
  }

  recordTelling(storyId: string, at: Date, parts: Record<string, number>, completed: boolean): void {
    const total = Object.values(parts).reduce((a, b) => a + b, 0);
    this.store.write(() => sql(this.db, 'INSERT INTO story_tellings (story_id, told_at, part_seconds, total_seconds, completed) VALUES (?, ?, ?, ?, ?)').run(storyId, at.toISOString(), JSON.stringify(parts), total, completed ? 1 : 0));
  }

  tellings(storyId: string, limit = 5): { toldAt: string; parts: Record<string, number>; total: number; completed: boolean }[] {
    return (sql(this.db, 'SELECT told_at, part_seconds, total_seconds, completed FROM story_tellings WHERE story_id = ? ORDER BY told_at DESC LIMIT ?').all(storyId, limit) as { told_at: string; part_seconds: string; total_seconds: number; completed: number }[])
      .map((r) => ({ toldAt: r.told_at, parts: JSON.parse(r.part_seconds) as Record<string, number>, total: r.total_seconds, completed: r.completed === 1 }));
  }

  interviews(): Interview[] {
    return (sql(this.db, 'SELECT id, company, date, role, notes, roles FROM interviews ORDER BY date, id').all() as { id: string; company: string; date: string; role: string | null; notes: string | null; roles: string | null }[])
      .map((r) => ({ id: r.id, company: r.company, date: r.date, ...(r.role ? { role: r.role } : {}), ...(r.notes ? { notes: r.notes } : {}), ...(r.roles ? { roles: r.roles.split(',') as Role[] } : {}) }));
  }

  /**
   * Add an interview whose id is chosen from the ids taken at that moment, under the write lock: two
   * `prep interview add Acme` at once get `acme` and `acme-2`, never the same id.
   */
  addInterview(make: (taken: ReadonlySet<string>) => Interview, now: Date): Interview {
    return this.store.write(() => {
      const taken = new Set((sql(this.db, 'SELECT id FROM interviews').all() as { id: string }[]).map((r) => r.id));
      const i = make(taken);
      sql(this.db, 'INSERT INTO interviews (id, company, date, role, notes, roles, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(i.id, i.company, i.date, i.role ?? null, i.notes ?? null, i.roles?.length ? i.roles.join(',') : null, now.toISOString());
      return i;
    });
  }

  /** `prep interview edit --roles` (null: read the roles from the role text again). */
  setInterviewRoles(id: string, roles: Role[] | null): void {
    this.store.write(() => sql(this.db, 'UPDATE interviews SET roles = ? WHERE id = ?').run(roles?.length ? roles.join(',') : null, id));
  }

  /** Change an interview's company, date, role or notes; its id (and so its ticks and picked questions) stays. */
  updateInterview(i: Interview): void {
    this.store.write(() => sql(this.db, 'UPDATE interviews SET company = ?, date = ?, role = ?, notes = ? WHERE id = ?').run(i.company, i.date, i.role ?? null, i.notes ?? null, i.id));
  }

  removeInterview(id: string): void {
    this.store.write(() => {
      sql(this.db, 'DELETE FROM interviews WHERE id = ?').run(id);
      sql(this.db, 'DELETE FROM checklist_checks WHERE interview_id = ?').run(id);
      sql(this.db, 'DELETE FROM interview_questions WHERE interview_id = ?').run(id);
    });
  }

  checks(interviewId: string): Set<string> {
    return new Set((sql(this.db, 'SELECT item_id FROM checklist_checks WHERE interview_id = ?').all(interviewId) as { item_id: string }[]).map((r) => r.item_id));
  }

  setCheck(interviewId: string, itemId: string, on: boolean, now: Date): void {
    this.store.write(() => {
      if (on) sql(this.db, 'INSERT OR IGNORE INTO checklist_checks (interview_id, item_id, checked_at) VALUES (?, ?, ?)').run(interviewId, itemId, now.toISOString());
      else sql(this.db, 'DELETE FROM checklist_checks WHERE interview_id = ? AND item_id = ?').run(interviewId, itemId);
    });
  }

  picked(interviewId: string): string[] {
    return (sql(this.db, 'SELECT item_id FROM interview_questions WHERE interview_id = ? ORDER BY picked_at, item_id').all(interviewId) as { item_id: string }[]).map((r) => r.item_id);
  }

  setPicked(interviewId: string, itemIds: string[], now: Date): void {
    this.store.write(() => {
      sql(this.db, 'DELETE FROM interview_questions WHERE interview_id = ?').run(interviewId);
      const ins = sql(this.db, 'INSERT INTO interview_questions (interview_id, item_id, picked_at) VALUES (?, ?, ?)');
      for (const id of itemIds) ins.run(interviewId, id, now.toISOString());
    });
  }
}
