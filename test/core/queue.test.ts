import { describe, expect, it } from 'vitest';
import { buildQueue, matchesFilter, orderNew } from '../../src/core/queue.js';
import type { ItemIndexEntry } from '../../src/core/types.js';
import { aCard, at } from '../helpers.js';

const item = (id: string, over: Partial<ItemIndexEntry> = {}): ItemIndexEntry => ({ id, bank: id.split('-')[0]!, type: 'concept', difficulty: 'medium', roles: ['ds'], ...over });
const now = at('2026-03-01T09:00:00Z');

describe('buildQueue', () => {
  const items = [item('ml-a'), item('ml-b', { difficulty: 'easy' }), item('stats-c'), item('ask-d', { type: 'ask' }), item('ml-e')];
  const cards = new Map([
    ['ml-e', aCard({ id: 'ml-e', due: at('2026-02-20T04:00:00Z') })],
    ['ml-a', aCard({ id: 'ml-a', due: at('2026-02-28T04:00:00Z') })],
    ['stats-c', aCard({ id: 'stats-c', due: at('2026-03-05T04:00:00Z') })],
  ]);

  it.each([
    ['due first, most overdue first, then new', { newAllowance: 10 }, ['ml-e', 'ml-a', 'ml-b']],
    ['the daily new limit holds', { newAllowance: 0 }, ['ml-e', 'ml-a']],
    ['--new skips due', { newAllowance: 10, mode: 'new' as const }, ['ml-b']],
    ['--due skips new', { newAllowance: 10, mode: 'due' as const }, ['ml-e', 'ml-a']],
    ['-n caps the session', { newAllowance: 10, limit: 1 }, ['ml-e']],
    ['filters apply', { newAllowance: 10, filter: { bank: ['stats'] } }, []],
  ])('%s', (_name, opts, expected) => {
    const q = buildQueue({ items, cards, now, filter: {}, ...opts });
    expect(q.items.map((i) => i.id)).toEqual(expected);
  });

  it('never drills ask items and counts what is held back', () => {
    const q = buildQueue({ items, cards: new Map(), now, filter: {}, newAllowance: 2 });
    expect(q.items.map((i) => i.id)).not.toContain('ask-d');
    expect(q.newHeldBack).toBe(2);
  });

  it('holds back new long rounds but never due ones', () => {
    const mixed = [item('coding-a', { type: 'coding' }), item('design-b', { type: 'design' }), item('ml-c')];
    const due = new Map([['design-b', aCard({ id: 'design-b', due: at('2026-02-28T04:00:00Z') })]]);
    const q = buildQueue({ items: mixed, cards: due, now, filter: {}, newAllowance: 10, holdNewTypes: ['coding', 'design'] });
    expect(q.items.map((i) => i.id)).toEqual(['design-b', 'ml-c']);
  });

  it('reports items not yet due', () => {
    expect(buildQueue({ items, cards, now, filter: {}, newAllowance: 0 }).notYetDue).toBe(1);
  });
});

describe('orderNew', () => {
  it('goes easy first within a bank and alternates banks (interleaved: core/interleave.ts)', () => {
    const out = orderNew([item('ml-1'), item('ml-2', { difficulty: 'easy' }), item('ml-3', { difficulty: 'hard' }), item('stats-1'), item('stats-2', { difficulty: 'easy' })]).map((i) => i.id);
    expect(out.slice(0, 2).sort()).toEqual(['ml-2', 'stats-2']);
    expect(out.slice(2, 4).sort()).toEqual(['ml-1', 'stats-1']);
    expect(out[4]).toBe('ml-3');
  });
});

describe('matchesFilter', () => {
  it.each([
    [{ role: ['mle' as const] }, false],
    [{ role: ['ds' as const, 'mle' as const] }, true],
    [{ difficulty: ['medium' as const] }, true],
    [{ topic: ['eval-fit'] }, false],
    [{ type: ['concept' as const] }, true],
  ])('%j -> %s', (f, expected) => expect(matchesFilter(item('ml-a'), f)).toBe(expected));
});
