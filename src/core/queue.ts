/** Which items a drill takes, in what order. Pure: cards and the clock come in as arguments. */
import type { Card, Difficulty, ItemIndexEntry, ItemType, Role } from './types.js';
import { interleaveNew, type NewWeights } from './interleave.js';

export interface ItemFilter {
  bank?: string[];
  topic?: string[];
  type?: ItemType[];
  role?: Role[];
  difficulty?: Difficulty[];
}

/** Ask items are questions for the interviewer: never drilled. */
export const isDrillable = (item: Pick<ItemIndexEntry, 'type'>) => item.type !== 'ask';

export function matchesFilter(item: ItemIndexEntry, f: ItemFilter): boolean {
  if (f.bank?.length && !f.bank.includes(item.bank)) return false;
  if (f.topic?.length && !(item.topic && f.topic.includes(item.topic))) return false;
  if (f.type?.length && !f.type.includes(item.type)) return false;
  if (f.role?.length && !item.roles.some((r) => f.role!.includes(r))) return false;
  if (f.difficulty?.length && !f.difficulty.includes(item.difficulty)) return false;
  return true;
}

/** New items interleaved across topics and banks, weighted by roles (and readiness in deadline mode): core/interleave.ts. */
export const orderNew = <T extends ItemIndexEntry>(items: T[], weights: NewWeights = {}): T[] => interleaveNew(items, weights);

export interface QueueInput<T extends ItemIndexEntry> {
  items: T[];
  cards: Map<string, Card>;
  now: Date;
  filter: ItemFilter;
  /** How many new items may still be introduced today (new-per-day minus those already started). */
  newAllowance: number;
  limit?: number;
  mode?: 'all' | 'new' | 'due';
  /** Item types not started as new items (due ones still come): long rounds in a default session. */
  holdNewTypes?: ItemType[];
  /** How new items are weighted when interleaved (target roles; readiness in deadline mode). */
  weights?: NewWeights;
}

export interface Queue<T> {
  due: T[];
  fresh: T[];
  items: T[];
  /** Filtered items that are new but held back by the daily limit. */
  newHeldBack: number;
  /** Filtered items with a card not yet due. */
  notYetDue: number;
}

/** Due first (most overdue first; learning steps by due time), then new items up to today's allowance. */
export function buildQueue<T extends ItemIndexEntry>(input: QueueInput<T>): Queue<T> {
  const { items, cards, now, filter, newAllowance, limit = Infinity, mode = 'all', holdNewTypes = [], weights = {} } = input;
  const due: { it: T; at: number }[] = [];
  const fresh: T[] = [];
  let notYetDue = 0;
  for (const it of items) {
    if (!isDrillable(it) || !matchesFilter(it, filter)) continue;
    const card = cards.get(it.id);
    if (!card || card.state === 'new') {
      if (!holdNewTypes.includes(it.type)) fresh.push(it);
    }
    else if (card.due.getTime() <= now.getTime()) due.push({ it, at: card.due.getTime() });
    else notYetDue++;
  }
  due.sort((a, b) => a.at - b.at || (a.it.id < b.it.id ? -1 : 1));
  const dueItems = mode === 'new' ? [] : due.map((d) => d.it);
  const orderedNew = mode === 'due' ? [] : orderNew(fresh, weights);
  const newTaken = orderedNew.slice(0, Math.max(0, newAllowance));
  const all = [...dueItems, ...newTaken].slice(0, limit);
  const dueOut = all.filter((x) => dueItems.includes(x));
  return {
    due: dueOut,
    fresh: all.filter((x) => !dueOut.includes(x)),
    items: all,
    newHeldBack: mode === 'due' ? 0 : Math.max(0, orderedNew.length - newTaken.length),
    notYetDue,
  };
}
