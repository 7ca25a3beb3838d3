import { describe, expect, it } from 'vitest';
import { buildDueReport, somethingDue } from '../../src/core/due.js';
import { aCard, at } from '../helpers.js';

const base = { now: at('2026-03-01T09:00:00Z'), studyDay: '2026-03-01', dayStart: at('2026-03-01T04:00:00Z'), storyCards: [], storyTotal: 0, unseen: 20, newPerDay: 10, newStartedToday: 0, reviewedToday: 0 };

describe('buildDueReport', () => {
  it('counts due, overdue, learning and the next due time', () => {
    const r = buildDueReport({
      ...base,
      cards: [
        aCard({ id: 'a', due: at('2026-02-27T04:00:00Z') }), // overdue
        aCard({ id: 'b', due: at('2026-03-01T04:00:00Z') }), // due today
        aCard({ id: 'c', state: 'learning', due: at('2026-03-01T09:05:00Z') }), // learning, later
        aCard({ id: 'd', due: at('2026-03-04T04:00:00Z') }),
      ],
    });
    expect(r).toMatchObject({ version: 1, dueNow: 2, overdue: 1, learning: 1, newAvailable: 10, nextDueAt: '2026-03-01T09:05:00.000Z' });
    expect(somethingDue(r)).toBe(true);
  });

  it.each([
    [20, 0, 10],
    [20, 7, 3],
    [20, 12, 0],
    [2, 0, 2],
  ])('unseen %d, started today %d -> %d new available', (unseen, started, expected) => {
    expect(buildDueReport({ ...base, cards: [], unseen, newStartedToday: started }).newAvailable).toBe(expected);
  });

  it('nothing due when only new items are available', () => {
    const r = buildDueReport({ ...base, cards: [] });
    expect(r.nextDueAt).toBeNull();
    expect(somethingDue(r)).toBe(false);
  });

  it('counts due stories separately', () => {
    const r = buildDueReport({ ...base, cards: [], storyCards: [aCard({ id: 'story:x', kind: 'story' })], storyTotal: 3 });
    expect(r.stories).toEqual({ due: 1, total: 3 });
    expect(somethingDue(r)).toBe(true);
  });
});
