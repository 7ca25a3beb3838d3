/** `prep undo`: take back the newest review (from a drill, `prep grade` or a story rehearsal). */
import type { Ctx } from '../context.js';
import type { Card } from '../core/types.js';

export interface UndoReport {
  version: 1;
  /** What was undone, or null when there was no review to undo. */
  undone: { reviewId: number; id: string; kind: string; rating: string; reviewedAt: string; source: string } | null;
  /** The card as it is again: null when the review had started it (the item is new again). */
  card: { state: Card['state']; due: string } | null;
}

export async function undo(ctx: Ctx): Promise<UndoReport> {
  const store = await ctx.store();
  const last = store.latestReview();
  if (!last) return { version: 1, undone: null, card: null };
  store.undoReview(last.id);
  const card = store.getCard(last.cardId);
  return {
    version: 1,
    undone: { reviewId: last.id, id: last.cardId, kind: last.kind, rating: last.rating, reviewedAt: last.reviewedAt, source: last.source },
    card: card ? { state: card.state, due: card.due.toISOString() } : null,
  };
}

export function formatUndo(r: UndoReport, when: (iso: string) => string): string {
  if (!r.undone) return 'Nothing to undo: no reviews yet.';
  const u = r.undone;
  const after = r.card ? `it is ${r.card.state} again, due ${when(r.card.due)}` : 'it is new again';
  return `Undid ${u.rating} on ${u.id} (${u.source}, ${when(u.reviewedAt)}); ${after}. Run \`prep undo\` again to undo the one before.`;
}
