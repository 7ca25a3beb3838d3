/** `prep show ID`: an item in full, with its schedule and recent reviews. */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { sanitizeDeep } from '../core/sanitize.js';
import { unknownId } from './items.js';

export async function show(ctx: Ctx, id: string): Promise<Outcome> {
  const [{ items }, store, settings] = await Promise.all([ctx.banks(), ctx.store(), ctx.settings()]);
  const item = items.find((i) => i.id === id);
  if (!item) throw unknownId(id, items.map((i) => i.id));
  const card = store.getCard(id);
  const reviews = store.reviewsFor(id, 10);
  const json = {
    version: 1,
    item: sanitizeDeep(item),
    card: card ? { ...card, due: card.due.toISOString(), lastReview: card.lastReview?.toISOString() ?? null } : null,
    reviews: reviews.map((r) => ({ ...r, reviewedAt: r.reviewedAt.toISOString() })),
  };
  if (ctx.opts.json) return { json };
  const [{ painter, relativeTime, localStamp }, { fullItem }] = await Promise.all([import('../format/paint.js'), import('../format/item.js')]);
  const paint = await painter(ctx);
  const width = Math.min(ctx.io.stdout.columns || 80, 100);
  const now = ctx.now();
  const sched = card
    ? `${card.state}, due ${relativeTime(card.due.toISOString(), now, settings.timeZone)}, ${card.reps} review${card.reps === 1 ? '' : 's'}, ${card.lapses} lapse${card.lapses === 1 ? '' : 's'}`
    : 'new (never reviewed)';
  const history = reviews.length ? reviews.map((r) => `${localStamp(r.reviewedAt, now, settings.timeZone)}  ${r.rating}${r.seconds != null ? `  ${Math.round(r.seconds)}s` : ''}${r.timedOut ? '  timed out' : ''}${r.rubricScore != null ? `  ${Math.round(r.rubricScore * 100)}%` : ''}`).join('\n') : '';
  return { text: [fullItem(item, paint, width), '', `${paint('dim', 'Schedule:')} ${sched}`, ...(history ? [paint('dim', 'Recent reviews:'), history] : []), paint('dim', `Source: ${item.file}:${item.line}`)].join('\n') };
}
