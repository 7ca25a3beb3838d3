/**
 * The order new items are introduced in: interleaved across topics (and so across banks), never bank by
 * bank or alphabetically, with each topic drawn in proportion to its weight. Easy first within a topic,
 * and on a tie between topics the easier item first. Pure and deterministic (stride scheduling; ties by a hash of the topic id, not its name's order).
 *
 * A topic's weight: 1, or with target roles (the next interview's, else `roles` in config.yaml) the share
 * of its items that are for one of them, at least MIN_WEIGHT; in deadline mode multiplied by
 * (1 + 2 x (1 - readiness on the day)), so weak topics come sooner.
 */
import type { Difficulty, ItemIndexEntry, Role } from './types.js';

export const MIN_WEIGHT = 0.15;

export interface NewWeights {
  roles?: readonly Role[];
  /** Topic -> readiness on the interview day (0..1), in deadline mode. */
  readiness?: ReadonlyMap<string, number>;
}

const rank: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

/** FNV-1a: a stable tie-break that is not alphabetical. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const groupOf = (it: Pick<ItemIndexEntry, 'topic' | 'bank'>) => it.topic ?? `bank:${it.bank}`;

export function interleaveNew<T extends ItemIndexEntry>(items: readonly T[], w: NewWeights = {}): T[] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const key = groupOf(it);
    groups.set(key, [...(groups.get(key) ?? []), it]);
  }
  const roles = w.roles?.length ? w.roles : null;
  const state = [...groups].map(([key, list]) => {
    const share = roles ? list.filter((i) => i.roles.some((r) => roles.includes(r))).length / list.length : 1;
    const ready = w.readiness?.get(key);
    const weight = Math.max(MIN_WEIGHT, share) * (ready === undefined ? 1 : 1 + 2 * (1 - Math.max(0, Math.min(1, ready))));
    const sorted = list.map((it, i) => ({ it, i })).sort((a, b) => rank[a.it.difficulty] - rank[b.it.difficulty] || a.i - b.i).map((x) => x.it);
    return { key, items: sorted, next: 0, weight, pass: 1 / (2 * weight), tie: hash(key) };
  });
  // On a tie: the easier next item first, then the heavier topic, then the hash.
  const before = (a: (typeof state)[number], b: (typeof state)[number]) => {
    const d = rank[a.items[a.next]!.difficulty] - rank[b.items[b.next]!.difficulty];
    return d !== 0 ? d < 0 : a.weight !== b.weight ? a.weight > b.weight : a.tie < b.tie;
  };
  const out: T[] = [];
  while (out.length < items.length) {
    let best: (typeof state)[number] | undefined;
    for (const g of state) {
      if (g.next >= g.items.length) continue;
      if (!best || g.pass < best.pass - 1e-12 || (Math.abs(g.pass - best.pass) <= 1e-12 && before(g, best))) best = g;
    }
    out.push(best!.items[best!.next++]!);
    best!.pass += 1 / best!.weight;
  }
  return out;
}
