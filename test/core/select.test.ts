import { describe, expect, it } from 'vitest';
import { interleaveNew } from '../../src/core/interleave.js';
import { deadlineQueue, selectAhead, selectCram, selectIds, selectLeeches } from '../../src/core/select.js';
import { startOfStudyDay, studyDayNumber } from '../../src/core/studyday.js';
import type { ItemIndexEntry } from '../../src/core/types.js';
import { aCard, at } from '../helpers.js';

const item = (id: string, over: Partial<ItemIndexEntry> = {}): ItemIndexEntry => ({ id, bank: id.split('-')[0]!, topic: id.split('-')[1], type: 'concept', difficulty: 'medium', roles: ['ds'], ...over });
const london = { timeZone: 'Europe/London', dayCutoffHour: 4 };
const now = at('2026-03-28T12:00:00Z');

describe('interleaveNew', () => {
  it('alternates topics (and so banks), easy first within a topic, never bank by bank', () => {
    const items = [item('ml-a-1'), item('ml-a-2', { difficulty: 'easy' }), item('ml-a-3'), item('stats-b-1'), item('stats-b-2'), item('zz-c-1')];
    const out = interleaveNew(items).map((i) => i.id);
    expect(out).toHaveLength(6);
    expect(out.indexOf('ml-a-2')).toBeLessThan(out.indexOf('ml-a-1'));
    // the first three are one of each topic
    expect(new Set(out.slice(0, 3).map((id) => id.split('-')[1]))).toEqual(new Set(['a', 'b', 'c']));
  });

  it('draws topics in proportion to their share of items for the target roles', () => {
    const items = [...Array.from({ length: 8 }, (_, i) => item(`x-mle-${i}`, { roles: ['mle'] })), ...Array.from({ length: 8 }, (_, i) => item(`x-fs-${i}`, { roles: ['fs'] }))];
    const first = interleaveNew(items, { roles: ['mle'] }).slice(0, 8).map((i) => i.id.split('-')[1]);
    expect(first.filter((t) => t === 'mle').length).toBeGreaterThanOrEqual(6);
    expect(first).toContain('fs'); // never starved: MIN_WEIGHT
  });

  it('in deadline mode weak topics come sooner', () => {
    const items = [...Array.from({ length: 6 }, (_, i) => item(`x-weak-${i}`)), ...Array.from({ length: 6 }, (_, i) => item(`x-strong-${i}`))];
    const first = interleaveNew(items, { readiness: new Map([['weak', 0], ['strong', 1]]) }).slice(0, 4).map((i) => i.id.split('-')[1]);
    expect(first.filter((t) => t === 'weak').length).toBe(3);
  });
});

describe('selectAhead: due within N study days, most urgent first (DST inside the window)', () => {
  const items = [item('ml-a-1'), item('ml-a-2'), item('ml-a-3'), item('ml-a-4'), item('ml-a-5')];
  const cards = new Map([
    ['ml-a-1', aCard({ id: 'ml-a-1', due: at('2026-03-30T03:00:00Z') })], // 04:00 BST 30 March: study day 30th
    ['ml-a-2', aCard({ id: 'ml-a-2', due: at('2026-03-27T04:00:00Z') })], // overdue
    ['ml-a-3', aCard({ id: 'ml-a-3', due: at('2026-03-31T03:00:00Z') })], // study day 31st
    ['ml-a-4', aCard({ id: 'ml-a-4', state: 'new', due: now })],
  ]);
  const until = (days: number) => startOfStudyDay(studyDayNumber(now, london.timeZone, london.dayCutoffHour) + days + 1, london.timeZone, london.dayCutoffHour);
  it.each([[1, ['ml-a-2']], [2, ['ml-a-2', 'ml-a-1']], [3, ['ml-a-2', 'ml-a-1', 'ml-a-3']]])('%i days -> %j', (d, ids) => {
    expect(selectAhead(items, cards, until(d)).map((i) => i.id)).toEqual(ids);
  });
  it('the window ends at the cutoff in local time after the change (04:00 BST = 03:00Z)', () => expect(until(2).toISOString()).toBe('2026-03-31T03:00:00.000Z'));
});

describe('selectIds, selectCram, selectLeeches', () => {
  const items = [item('ml-a-1'), item('ml-a-2'), item('ml-a-3'), item('ask-q-1', { type: 'ask' }), item('ml-b-1')];
  const cards = new Map([
    ['ml-a-1', aCard({ id: 'ml-a-1', due: at('2026-04-10T03:00:00Z'), stability: 30, lastReview: at('2026-03-20T12:00:00Z'), lapses: 9 })],
    ['ml-a-2', aCard({ id: 'ml-a-2', due: at('2026-04-01T03:00:00Z'), stability: 2, lastReview: at('2026-03-20T12:00:00Z'), lapses: 8 })],
    ['ml-b-1', aCard({ id: 'ml-b-1', due: at('2026-03-20T04:00:00Z'), lapses: 2 })],
  ]);
  it('ids in the order given, each once; unknown and ask ids reported', () => {
    expect(selectIds(items, ['ml-a-3', 'ml-a-1', 'ml-a-3', 'nope', 'ask-q-1'])).toEqual({ items: [items[2], items[0]], unknown: ['nope'], notDrillable: ['ask-q-1'] });
  });
  it('cram: every item of the topic, seen ones by lowest recall first, then unseen', () => {
    const recall = (c: { stability: number }) => c.stability / 100;
    expect(selectCram(items, cards, now, { topic: ['a'] }, recall as never).map((i) => i.id)).toEqual(['ml-a-2', 'ml-a-1', 'ml-a-3']);
  });
  it('leeches at the threshold or above, the most lapses first', () => expect(selectLeeches(items, cards, 8).map((i) => i.id)).toEqual(['ml-a-1', 'ml-a-2']));
});

describe('deadlineQueue', () => {
  it('due items of the roles first (priority, then weakest), then new items of kept topics up to today\'s allowance', () => {
    const items = [item('x-core-1', { roles: ['mle'] }), item('x-side-1', { roles: ['mle'] }), item('x-other-1', { roles: ['fs'] }), item('x-core-2', { roles: ['mle'] }), item('x-side-2', { roles: ['mle'] }), item('x-dropped-1', { roles: ['mle'] })];
    const due = (id: string, iso: string) => [id, aCard({ id, due: at(iso) })] as const;
    const cards = new Map([due('x-other-1', '2026-03-01T04:00:00Z'), due('x-side-1', '2026-03-02T04:00:00Z'), due('x-core-1', '2026-03-27T04:00:00Z')]);
    const q = deadlineQueue({
      items, cards, now, roles: ['mle'],
      priority: new Map([['core', 1], ['side', 0.5], ['dropped', 0.2]]),
      readiness: new Map([['core', 0.2], ['side', 0.9]]),
      kept: new Set(['core', 'side']), newAllowance: 1,
    });
    expect(q.due.map((i) => i.id)).toEqual(['x-core-1', 'x-side-1', 'x-other-1']);
    expect(q.fresh.map((i) => i.id)).toEqual(['x-core-2']);
  });
});
