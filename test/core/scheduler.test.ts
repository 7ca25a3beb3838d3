import { describe, expect, it } from 'vitest';
import { formatInterval, newCard, preview, schedule } from '../../src/core/scheduler.js';
import { studyDay } from '../../src/core/studyday.js';
import { RATINGS } from '../../src/core/types.js';
import { aCard, at } from '../helpers.js';

const s = { desiredRetention: 0.9, maximumInterval: 365, timeZone: 'UTC', dayCutoffHour: 4, fuzz: false };

describe('schedule', () => {
  const now = at('2026-03-01T09:00:00Z');

  it.each(RATINGS.map((r) => [r]))('a new card graded %s is reviewed now and moves on', (rating) => {
    const c = schedule(newCard('a', 'item', now), rating, now, s);
    expect(c.reps).toBe(1);
    expect(c.lastReview).toEqual(now);
    expect(c.due.getTime()).toBeGreaterThan(now.getTime());
    expect(c.state).toBe(rating === 'easy' ? 'review' : 'learning');
  });

  it('orders intervals again < hard < good < easy for a review card', () => {
    const p = preview(aCard({ lastReview: at('2026-02-20T09:00:00Z'), scheduledDays: 9, stability: 9 }), now, s);
    const due = RATINGS.map((r) => p[r].due.getTime());
    expect([...due].sort((a, b) => a - b)).toEqual(due);
    expect(p.again.lapses).toBe(1);
    expect(p.again.state).toBe('relearning');
  });

  it('puts day-scale intervals at the start of a study day (4 am local), in any zone', () => {
    for (const zone of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
      const c = schedule(newCard('a', 'item', now), 'easy', now, { ...s, timeZone: zone });
      expect(c.scheduledDays).toBeGreaterThanOrEqual(1);
      // due exactly at the day boundary: a second earlier is still the previous study day
      expect(studyDay(new Date(c.due.getTime() - 1000), zone, 4)).not.toBe(studyDay(c.due, zone, 4));
      expect(studyDay(c.due, zone, 4)).toBe(
        new Date(Date.parse(`${studyDay(now, zone, 4)}T00:00:00Z`) + c.scheduledDays * 86_400_000).toISOString().slice(0, 10),
      );
    }
  });

  it('counts elapsed days by study day: a 1 am review belongs to the previous day', () => {
    const card = schedule(newCard('a', 'item', now), 'easy', now, s); // due at a 4 am boundary some days later
    const early = new Date(card.due.getTime() - 3 * 3_600_000); // 1 am, before the card's study day
    const late = card.due;
    expect(studyDay(early, 'UTC', 4)).not.toBe(studyDay(late, 'UTC', 4));
  });

  it('is deterministic with fuzz off', () => {
    const a = schedule(aCard(), 'good', now, s);
    const b = schedule(aCard(), 'good', now, s);
    expect(a).toEqual(b);
  });

  it('with fuzz on, the interval a preview shows is the one the grade gives seconds later', () => {
    const fuzzy = { ...s, fuzz: true };
    const card = aCard({ lastReview: at('2026-02-01T09:00:00Z'), scheduledDays: 28, stability: 30 });
    const later = new Date(now.getTime() + 47_000); // the candidate read the answer for 47 s, then graded
    for (const r of RATINGS) expect(schedule(card, r, later, fuzzy).scheduledDays).toBe(preview(card, now, fuzzy)[r].scheduledDays);
    // ...while fuzz still spreads cards: different items with the same history land on different days
    const days = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => schedule({ ...card, id }, 'easy', now, fuzzy).scheduledDays));
    expect(days.size).toBeGreaterThan(1);
  });

  it('a grade timed before the last review (a clock behind the database) is taken as of that review', () => {
    const reviewed = schedule(aCard(), 'good', at('2026-03-05T09:00:00Z'), s);
    const early = at('2026-03-01T09:00:00Z');
    const again = schedule(reviewed, 'good', early, s);
    expect(again.lastReview).toEqual(reviewed.lastReview);
    expect(again.reps).toBe(reviewed.reps + 1);
    expect(() => preview(reviewed, early, s)).not.toThrow();
  });

  it('respects the maximum interval', () => {
    const c = schedule(aCard({ stability: 5000, scheduledDays: 300, lastReview: at('2025-05-01T09:00:00Z') }), 'easy', now, { ...s, maximumInterval: 30 });
    expect(c.scheduledDays).toBeLessThanOrEqual(30);
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, '<1m'],
    [10 * 60_000, '10m'],
    [3 * 3_600_000, '3h'],
    [4 * 86_400_000, '4d'],
    [75 * 86_400_000, '2.5mo'],
    [400 * 86_400_000, '1.1y'],
  ])('%d ms -> %s', (ms, text) => expect(formatInterval(ms)).toBe(text));
});
