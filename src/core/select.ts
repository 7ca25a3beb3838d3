/**
 * Drill selections beyond the daily queue (core/queue.ts): study ahead, named items, cram a topic,
 * leeches, and the deadline-mode queue that follows the plan. Pure: cards, the clock and the recall
 * function come in as arguments. Items reviewed before they are due keep their cards: FSRS schedules
 * an early review from the real elapsed time (no reset), and statistics count it as early.
 */
import { interleaveNew } from './interleave.js';
import { isDrillable, matchesFilter, type ItemFilter } from './queue.js';
import type { Card, ItemIndexEntry, Role } from './types.js';

const seen = (c: Card | undefined): c is Card => !!c && c.state !== 'new';

/** `--ahead DAYS`: seen items due before `until` (the end of the DAYS-th study day from today), most urgent first. */
export function selectAhead<T extends ItemIndexEntry>(items: readonly T[], cards: ReadonlyMap<string, Card>, until: Date, filter: ItemFilter = {}): T[] {
  return items
    .filter((it) => isDrillable(it) && matchesFilter(it, filter))
    .flatMap((it) => {
      const c = cards.get(it.id);
      return seen(c) && c.due.getTime() < until.getTime() ? [{ it, due: c.due.getTime() }] : [];
    })
    .sort((a, b) => a.due - b.due || (a.it.id < b.it.id ? -1 : 1))
    .map((x) => x.it);
}

/** `--id ID…`: these items in the order given (each once), due or not; ids not found come back in `unknown`. */
export function selectIds<T extends ItemIndexEntry>(items: readonly T[], ids: readonly string[]): { items: T[]; unknown: string[]; notDrillable: string[] } {
  const byId = new Map(items.map((i) => [i.id, i]));
  const wanted = [...new Set(ids)];
  return {
    items: wanted.flatMap((id) => (byId.has(id) && isDrillable(byId.get(id)!) ? [byId.get(id)!] : [])),
    unknown: wanted.filter((id) => !byId.has(id)),
    notDrillable: wanted.filter((id) => byId.has(id) && !isDrillable(byId.get(id)!)),
  };
}

/**
 * `--topic T --cram`: every item of the filter regardless of schedule: due ones first (most overdue first),
 * then the rest of the seen ones by lowest predicted recall now, then the unseen ones interleaved.
 */
export function selectCram<T extends ItemIndexEntry>(items: readonly T[], cards: ReadonlyMap<string, Card>, now: Date, filter: ItemFilter, recall: (c: Card) => number): T[] {
  const chosen = items.filter((it) => isDrillable(it) && matchesFilter(it, filter));
  const withCard = chosen.flatMap((it) => (seen(cards.get(it.id)) ? [{ it, c: cards.get(it.id)! }] : []));
  const due = withCard.filter((x) => x.c.due.getTime() <= now.getTime()).sort((a, b) => a.c.due.getTime() - b.c.due.getTime());
  const rest = withCard.filter((x) => x.c.due.getTime() > now.getTime()).map((x) => ({ ...x, r: recall(x.c) })).sort((a, b) => a.r - b.r || (a.it.id < b.it.id ? -1 : 1));
  const fresh = chosen.filter((it) => !seen(cards.get(it.id)));
  return [...due.map((x) => x.it), ...rest.map((x) => x.it), ...interleaveNew(fresh)];
}

/** `--leeches`: items with at least `threshold` lapses, the most first. */
export function selectLeeches<T extends ItemIndexEntry>(items: readonly T[], cards: ReadonlyMap<string, Card>, threshold: number, filter: ItemFilter = {}): T[] {
  return items
    .filter((it) => isDrillable(it) && matchesFilter(it, filter) && (cards.get(it.id)?.lapses ?? 0) >= threshold)
    .sort((a, b) => cards.get(b.id)!.lapses - cards.get(a.id)!.lapses || (a.id < b.id ? -1 : 1));
}

export interface DeadlineInput<T extends ItemIndexEntry> {
  items: readonly T[];
  cards: ReadonlyMap<string, Card>;
  now: Date;
  roles: readonly Role[];
  /** Topic -> priority for the roles (0..1) and readiness on the day (0..1). */
  priority: ReadonlyMap<string, number>;
  readiness: ReadonlyMap<string, number>;
  /** Topics the plan keeps (new items come only from these). */
  kept: ReadonlySet<string>;
  /** New items the plan has left for today. */
  newAllowance: number;
}

/**
 * Deadline mode: what is due, the interview's topics first (highest priority, then weakest, then most
 * overdue), other due items after; then today's new items from the kept topics, weak ones sooner.
 */
export function deadlineQueue<T extends ItemIndexEntry>(d: DeadlineInput<T>): { due: T[]; fresh: T[]; items: T[] } {
  const topic = (it: T) => it.topic ?? '(no topic)';
  const relevant = (it: T) => it.roles.some((r) => d.roles.includes(r));
  const drillable = d.items.filter(isDrillable);
  const due = drillable
    .flatMap((it) => {
      const c = d.cards.get(it.id);
      return seen(c) && c.due.getTime() <= d.now.getTime() ? [{ it, c }] : [];
    })
    .sort((a, b) =>
      Number(relevant(b.it)) - Number(relevant(a.it)) ||
      (d.priority.get(topic(b.it)) ?? 0) - (d.priority.get(topic(a.it)) ?? 0) ||
      (d.readiness.get(topic(a.it)) ?? 0) - (d.readiness.get(topic(b.it)) ?? 0) ||
      a.c.due.getTime() - b.c.due.getTime() || (a.it.id < b.it.id ? -1 : 1))
    .map((x) => x.it);
  const unseen = drillable.filter((it) => !seen(d.cards.get(it.id)) && relevant(it) && d.kept.has(topic(it)));
  const fresh = interleaveNew(unseen, { roles: d.roles, readiness: d.readiness }).slice(0, Math.max(0, d.newAllowance));
  return { due, fresh, items: [...due, ...fresh] };
}
