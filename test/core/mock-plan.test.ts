import { describe, expect, it } from 'vitest';
import { planMock, roundShape, type MockCandidate, type PlanInput } from '../../src/core/mock-plan.js';
import type { Card } from '../../src/core/types.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const zone = { timeZone: 'UTC', dayCutoffHour: 4 };
const c = (id: string, topic: string, over: Partial<MockCandidate> = {}): MockCandidate => ({ id, type: 'concept', topic, difficulty: 'medium', roles: ['ds', 'mle'], ...over });
const concept = [c('a1', 'a'), c('a2', 'a'), c('b1', 'b'), c('c1', 'c'), c('d1', 'd'), c('e1', 'e', { roles: ['fs'] }), c('f1', 'f', { difficulty: 'easy' }), c('f2', 'f', { difficulty: 'hard' })];
const card = (daysAgo: number, stability: number): Pick<Card, 'state' | 'stability' | 'lastReview'> => ({ state: 'review', stability, lastReview: new Date(NOW.getTime() - daysAgo * 86_400_000) });
const input = (over: Partial<PlanInput> = {}): PlanInput => ({ kind: 'concept', seed: 7, roles: [], items: concept, cards: new Map(), now: NOW, zone, ...over });
const ids = (p: ReturnType<typeof planMock>) => (p.ok ? p.rounds.map((r) => r.questions.map((q) => q.id)) : p.message);

describe('mock round planner', () => {
  it.each<[string, number, { count: number; seconds: number; followUpSeconds: number }]>([
    ['concept', 30, { count: 7, seconds: 193, followUpSeconds: 64 }],
    ['concept', 10, { count: 2, seconds: 225, followUpSeconds: 75 }],
    ['concept', 120, { count: 8, seconds: 675, followUpSeconds: 225 }],
    ['behavioural', 20, { count: 4, seconds: 240, followUpSeconds: 60 }],
    ['sql', 30, { count: 3, seconds: 600, followUpSeconds: 0 }],
    ['design', 45, { count: 1, seconds: 2700, followUpSeconds: 300 }],
  ])('%s in %i minutes', (kind, minutes, shape) => {
    expect(roundShape(kind as 'concept', minutes)).toEqual(shape);
  });

  it('the same seed picks the same round; another seed may not', () => {
    expect(ids(planMock(input()))).toEqual(ids(planMock(input())));
    const seeds = new Set([1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(ids(planMock(input({ seed, minutes: 10 }))))));
    expect(seeds.size).toBeGreaterThan(1);
  });

  it('one question per topic while topics last, the weakest topics first', () => {
    const cards = new Map([['a1', card(10, 100)], ['a2', card(10, 100)], ['b1', card(10, 1)], ['c1', card(10, 100)], ['d1', card(10, 100)], ['f1', card(10, 100)], ['f2', card(10, 100)]]);
    const p = planMock(input({ cards, minutes: 10, roles: ['ds'] }));
    // e1 is for fs only; b1 is half forgotten: it leads.
    expect(ids(p)).toEqual([['b1', expect.any(String)]]);
    const all = planMock(input({ cards, minutes: 60, roles: ['ds'] }));
    const asked = ids(all) as string[][];
    expect(new Set(asked[0]!.slice(0, 5).map((id) => id[0])).size).toBe(5);
  });

  it('leaves out items reviewed in the last 3 days, and says which filter emptied the pool', () => {
    const recent = new Map(concept.map((i) => [i.id, card(1, 10)]));
    const p = planMock(input({ cards: recent }));
    expect(p.ok).toBe(false);
    expect(!p.ok && p.message).toMatch(/last 3 days/);
    const roles = planMock(input({ items: [c('x', 'x', { roles: ['fs'] })], roles: ['mlops'] }));
    expect(!roles.ok && roles.message).toMatch(/the roles \(mlops\)/);
    expect(planMock(input({ kind: 'sql' })).ok).toBe(false);
  });

  it('a coding round adds a code review for time left; a loop asks one round of each kind it can', () => {
    const items = [...concept, c('k1', 'k', { type: 'coding' }), c('r1', 'r', { type: 'code_review' }), c('d9', 'dd', { type: 'design' }), c('s1', 'st', { type: 'behavioural', template: 'conflict' })];
    const coding = planMock(input({ kind: 'coding', items }));
    expect(coding.ok && coding.rounds[0]!.questions.map((q) => [q.id, q.seconds])).toEqual([['k1', 2100], ['r1', 600]]);
    const short = planMock(input({ kind: 'coding', items, minutes: 20 }));
    expect(short.ok && short.rounds[0]!.questions.map((q) => q.seconds)).toEqual([900, 300]);
    const loop = planMock(input({ kind: 'loop', items }));
    expect(loop.ok && loop.rounds.map((r) => [r.kind, r.minutes])).toEqual([['coding', 45], ['concept', 30], ['design', 45], ['behavioural', 20]]);
    expect(loop.ok && loop.skipped.map((s) => s.kind)).toEqual(['sql']);
  });

  it('behavioural rounds ask different templates, the preferred ones first', () => {
    const b = (id: string, template: string) => c(id, 'star', { type: 'behavioural', template });
    const items = [b('x1', 'conflict'), b('x2', 'conflict'), b('y1', 'failure'), b('z1', 'leadership'), b('w1', 'ambiguity'), b('v1', 'impact')];
    const p = planMock(input({ kind: 'behavioural', items, preferredTemplates: ['impact', 'failure'] }));
    const asked = (ids(p) as string[][])[0]!;
    expect(asked.slice(0, 2)).toEqual(['v1', 'y1']);
    expect(new Set(asked.map((id) => items.find((i) => i.id === id)!.template)).size).toBe(4);
  });
});
