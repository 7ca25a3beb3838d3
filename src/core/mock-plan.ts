/**
 * Planning a mock round: which items, in what order, with how much time. Items must fit the roles; an
 * item reviewed in the last 3 days is left out (a round tests what you know, not what you just saw);
 * weak topics come first (lowest predicted recall today, unseen counting as 0), one question per topic,
 * ties broken by a seeded shuffle so `--seed` reproduces a round. Pure.
 */
import type { Card, Difficulty, ItemType, Role } from './types.js';
import { recallAt, type Zone } from './recall.js';
import { seeded } from './random.js';

export { seeded };

export const ROUND_KINDS = ['concept', 'coding', 'design', 'behavioural', 'sql'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
export type MockKind = RoundKind | 'loop';
export const MOCK_KINDS: readonly MockKind[] = [...ROUND_KINDS, 'loop'];

/** Real round lengths, in minutes (the on-site's; `--minutes` changes them). */
export const ROUND_MINUTES: Record<RoundKind, number> = { concept: 30, coding: 45, design: 45, behavioural: 20, sql: 30 };
export const BREAK_MINUTES = 5;
export const RECENT_DAYS = 3;

export interface MockCandidate {
  id: string;
  type: ItemType;
  topic?: string;
  difficulty: Difficulty;
  roles: Role[];
  /** Behavioural: its STAR template. */
  template?: string;
}

export interface PlanInput {
  kind: MockKind;
  /** Each round's length; default: ROUND_MINUTES. */
  minutes?: number;
  seed: number;
  /** The roles the round is for; empty: every role. */
  roles: readonly Role[];
  items: readonly MockCandidate[];
  cards: ReadonlyMap<string, Pick<Card, 'state' | 'stability' | 'lastReview'>>;
  now: Date;
  zone: Zone;
  /** Behavioural: templates to ask first (the candidate's stories', then the checklist's themes). */
  preferredTemplates?: readonly string[];
}

export interface PlannedQuestion {
  id: string;
  /** Seconds for the main answer; a follow-up (when the item has one) gets `followUpSeconds`. */
  seconds: number;
  followUpSeconds: number;
}

export interface PlannedRound {
  kind: RoundKind;
  minutes: number;
  questions: PlannedQuestion[];
}

export type MockPlan =
  | { ok: true; rounds: PlannedRound[]; skipped: { kind: RoundKind; reason: string }[] }
  | { ok: false; message: string; hint: string };

const TYPES: Record<RoundKind, ItemType[]> = { concept: ['concept', 'compare'], coding: ['coding'], design: ['design'], behavioural: ['behavioural'], sql: ['sql'] };
const DIFFICULTY_ORDER: Record<Difficulty, number> = { medium: 0, hard: 1, easy: 2 };

/** The pool for a round, and, when it is empty, the filter that emptied it. */
function pool(kind: RoundKind, input: PlanInput, types: readonly ItemType[] = TYPES[kind]): { items: MockCandidate[]; emptiedBy: string | null } {
  const ofType = input.items.filter((i) => types.includes(i.type));
  if (!ofType.length) return { items: [], emptiedBy: `no ${types.join(' or ')} items in the banks` };
  const roles = new Set(input.roles);
  const forRole = roles.size ? ofType.filter((i) => i.roles.some((r) => roles.has(r))) : ofType;
  if (!forRole.length) return { items: [], emptiedBy: `the roles (${[...roles].join(', ')}): no ${kind} item is for them` };
  const since = input.now.getTime() - RECENT_DAYS * 86_400_000;
  const fresh = forRole.filter((i) => (input.cards.get(i.id)?.lastReview?.getTime() ?? -Infinity) < since);
  if (!fresh.length) return { items: [], emptiedBy: `the last ${RECENT_DAYS} days: every ${kind} item for these roles was reviewed since` };
  return { items: fresh, emptiedBy: null };
}

/** Weak topics first, one item per topic, then the rest: medium and hard before easy, shuffled by the seed. */
function ranked(items: readonly MockCandidate[], input: PlanInput, rand: () => number): MockCandidate[] {
  const recall = (id: string) => recallAt(input.cards.get(id), input.now, input.zone);
  const jitter = new Map(items.map((i) => [i.id, rand()]));
  const byTopic = new Map<string, MockCandidate[]>();
  for (const i of items) byTopic.set(i.topic ?? i.id, [...(byTopic.get(i.topic ?? i.id) ?? []), i]);
  const mean = (list: MockCandidate[]) => list.reduce((a, i) => a + recall(i.id), 0) / list.length;
  const topics = [...byTopic.entries()].map(([t, list]) => ({ t, weak: mean(list), j: rand() })).sort((a, b) => a.weak - b.weak || a.j - b.j);
  const order = (list: MockCandidate[]) =>
    [...list].sort((a, b) => recall(a.id) - recall(b.id) || DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || jitter.get(a.id)! - jitter.get(b.id)!);
  const firsts = topics.map(({ t }) => order(byTopic.get(t)!)[0]!);
  const rest = order(items.filter((i) => !firsts.includes(i)));
  return [...firsts, ...rest];
}

/** Behavioural: different templates, the candidate's stories' and the checklist's themes first. */
function byTemplate(list: MockCandidate[], preferred: readonly string[]): MockCandidate[] {
  const seen = new Set<string>();
  const distinct = list.filter((i) => (i.template && !seen.has(i.template) ? seen.add(i.template) : false));
  const rank = (i: MockCandidate) => (preferred.includes(i.template ?? '') ? preferred.indexOf(i.template!) : preferred.length);
  return [...distinct.sort((a, b) => rank(a) - rank(b)), ...list.filter((i) => !distinct.includes(i))];
}

/** How many questions a round asks, and the seconds of each (a follow-up takes a quarter of a concept question). */
export function roundShape(kind: RoundKind, minutes: number): { count: number; seconds: number; followUpSeconds: number } {
  const total = minutes * 60;
  switch (kind) {
    case 'concept': {
      const count = Math.max(2, Math.min(8, Math.round((minutes * 7) / 30)));
      const each = total / count;
      return { count, seconds: Math.round(each * 0.75), followUpSeconds: Math.round(each * 0.25) };
    }
    case 'behavioural': {
      const count = Math.max(1, Math.min(4, Math.round(minutes / 5)));
      return { count, seconds: Math.round((total / count) * 0.8), followUpSeconds: Math.round((total / count) * 0.2) };
    }
    case 'sql': {
      const count = Math.max(1, Math.min(3, Math.round(minutes / 10)));
      return { count, seconds: Math.round(total / count), followUpSeconds: 0 };
    }
    default:
      // One problem for the whole round (the round's clock ends it); follow-ups at 5 minutes.
      return { count: 1, seconds: total, followUpSeconds: 300 };
  }
}

function planRound(kind: RoundKind, input: PlanInput, rand: () => number): PlannedRound | { emptiedBy: string } {
  const minutes = input.minutes ?? ROUND_MINUTES[kind];
  const p = pool(kind, input);
  if (p.emptiedBy) return { emptiedBy: p.emptiedBy };
  let order = ranked(p.items, input, rand);
  if (kind === 'behavioural') order = byTemplate(order, input.preferredTemplates ?? []);
  const shape = roundShape(kind, minutes);
  const questions = order.slice(0, shape.count).map((i) => ({ id: i.id, seconds: shape.seconds, followUpSeconds: shape.followUpSeconds }));
  if (kind === 'coding' && questions.length) {
    // A code review in the round's last quarter (at most 10 minutes): the problem gets the rest.
    const review = pool('coding', input, ['code_review']);
    const r = review.items.length ? ranked(review.items, input, rand)[0] : undefined;
    const seconds = Math.min(600, Math.round((minutes * 60) / 4));
    if (r) questions.splice(0, 1, { ...questions[0]!, seconds: minutes * 60 - seconds }, { id: r.id, seconds, followUpSeconds: 0 });
  }
  return { kind, minutes, questions };
}

export function planMock(input: PlanInput): MockPlan {
  const rand = seeded(input.seed);
  const kinds: RoundKind[] = input.kind === 'loop' ? ['coding', 'concept', 'design', 'sql', 'behavioural'] : [input.kind];
  const rounds: PlannedRound[] = [];
  const skipped: { kind: RoundKind; reason: string }[] = [];
  for (const k of kinds) {
    const r = planRound(k, input, rand);
    if ('emptiedBy' in r) skipped.push({ kind: k, reason: r.emptiedBy });
    else rounds.push(r);
  }
  if (!rounds.length) {
    const why = skipped.map((s) => (kinds.length > 1 ? `${s.kind}: ${s.reason}` : s.reason)).join('; ');
    return { ok: false, message: `no items fit the ${input.kind} round: ${why}`, hint: input.roles.length ? 'Widen the roles (--role ds,mle,mlops,fs), or wait a few days after drilling these items.' : 'Drill or add items of this type first.' };
  }
  return { ok: true, rounds, skipped };
}
