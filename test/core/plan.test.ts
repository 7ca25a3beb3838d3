import { describe, expect, it } from 'vitest';
import { buildPlan, FOLLOW_UPS, type PlanTopic } from '../../src/core/plan.js';
import { dayNumberToIso, isoToDayNumber } from '../../src/core/studyday.js';

/** Ten topics of 30 unseen concept items (150 s each), priority 1.0, 0.9, … 0.1 for the roles. */
const topics: PlanTopic[] = Array.from({ length: 10 }, (_, i) => ({ topic: `t${i}`, priority: Math.round((1 - i * 0.1) * 10) / 10, items: 30, unseen: 30, recallSum: 0, newSeconds: 30 * 150 }));
/** Study days from 2026-03-27 on: the spring DST change (29 March in Europe) falls inside. */
const days = (n: number) => Array.from({ length: n }, (_, i) => dayNumberToIso(isoToDayNumber('2026-03-27') + i));
const plan = (n: number, over: Partial<Parameters<typeof buildPlan>[0]> = {}) => buildPlan({ days: days(n), minutesPerDay: 60, reviewSeconds: 90, reviewsDue: [], topics, desired: 0.9, ...over });

describe('buildPlan', () => {
  it('5 days for 300 unseen items does not fit; it drops the lowest-priority topics until it does', () => {
    const p = plan(5);
    expect(p.fitsAll).toBe(false);
    expect(p.peakAll).toBeGreaterThan(60);
    expect(p.fits).toBe(true);
    expect(p.dropped.map((d) => d.topic)).toEqual(['t9', 't8', 't7', 't6', 't5', 't4', 't3', 't2', 't1']);
    expect(p.kept).toEqual(['t0']);
    expect(p.days.map((d) => d.date)).toEqual(['2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
    expect(p.days.every((d) => d.minutes <= 60)).toBe(true);
    expect(p.days.at(-1)!.new).toBe(0); // the last day before the interview is for reviews
  });

  it('30 days for the same 300 items fits within 60 minutes a day, all of them introduced', () => {
    const p = plan(30);
    expect(p.fitsAll).toBe(true);
    expect(p.dropped).toEqual([]);
    expect(p.totals.new).toBe(300);
    expect(p.peakMinutes).toBeLessThanOrEqual(60);
    expect(p.projected).toBeCloseTo(0.9, 3);
  });

  it('each new item is reviewed again FOLLOW_UPS days later when those days come before the interview', () => {
    const one: PlanTopic[] = [{ topic: 'a', priority: 1, items: 1, unseen: 1, recallSum: 0, newSeconds: 150 }];
    const p = plan(5, { topics: one });
    expect(p.days.map((d) => [d.new, d.reviews])).toEqual([[1, 0], [0, 1], [0, 0], [0, 1], [0, 0]]);
    expect(FOLLOW_UPS).toEqual([1, 3]);
    expect(p.days[0]!.minutes).toBe(2.5);
  });

  it('reviews already due count on their day; when they alone exceed the budget nothing helps', () => {
    const p = plan(2, { topics: [{ topic: 'a', priority: 0.5, items: 10, unseen: 2, recallSum: 7, newSeconds: 300 }], reviewsDue: [100, 0] });
    expect(p.fitsAll).toBe(false);
    expect(p.fits).toBe(false);
    expect(p.dropped.map((d) => d.topic)).toEqual(['a']);
    expect(p.days[0]).toEqual({ date: '2026-03-27', reviews: 100, new: 0, minutes: 150 });
  });

  it('among equal priorities the topic with more unseen items goes first; projected keeps dropped topics where they are', () => {
    const p = plan(2, { minutesPerDay: 10, topics: [
      { topic: 'small', priority: 0.5, items: 4, unseen: 2, recallSum: 1.8, newSeconds: 300 },
      { topic: 'big', priority: 0.5, items: 10, unseen: 8, recallSum: 0, newSeconds: 1200 },
    ] });
    expect(p.dropped.map((d) => d.topic)).toEqual(['big']);
    expect(p.fits).toBe(true);
    expect(p.projected).toBeCloseTo((4 * 0.9 + 0) / 14, 3);
  });
});
