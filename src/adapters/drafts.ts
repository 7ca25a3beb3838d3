/** Drill answers typed but not graded, one per item, kept until the item is graded. */
import type { SavedDraft } from '../core/drill.js';
import type { Store } from './store.js';
import { sql } from './sql.js';

/** A draft longer than this is cut (an answer box never holds anything near it). */
const MAX_CHARS = 100_000;

export class Drafts {
  constructor(private readonly store: Store) {}

  all(): Record<string, SavedDraft> {
    const rows = sql(this.store.db, 'SELECT item_id, text, saved_at FROM answer_drafts').all() as { item_id: string; text: string; saved_at: string }[];
    return Object.fromEntries(rows.map((r) => [r.item_id, { text: r.text, savedAt: r.saved_at }]));
  }

  save(itemId: string, text: string, now: Date): void {
    this.store.write(() =>
      sql(this.store.db, 'INSERT INTO answer_drafts (item_id, text, saved_at) VALUES (?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at')
        .run(itemId, text.slice(0, MAX_CHARS), now.toISOString()),
    );
  }

  clear(itemId: string): void {
    this.store.write(() => sql(this.store.db, 'DELETE FROM answer_drafts WHERE item_id = ?').run(itemId));
  }
}
