import { describe, expect, it } from 'vitest';
import { fillDaily, forecast, goalProgress, gradingAgreement, mastery, retentionByMonth, statsRange, streakOf, weakest, yearFrom } from '../../src/core/stats.js';
import { isoToDayNumber, studyDayNumber } from '../../src/core/studyday.js';
import { at } from '../helpers.js';

const london = { timeZone: 'Europe/London', dayCutoffHour: 4 };

describe('statsRange across the spring DST change (London, 29 March 2026)', () => {
  it.each([
    ['2026-03-29T02:30:00Z', 7, '2026-03-22', '2026-03-28'], // 03:30 BST: still the 28th's study day
    ['2026-03-29T03:00:00Z', 7, '2026-03-23', '2026-03-29'], // 04:00 BST: the 29th begins
    ['2026-03-30T12:00:00Z', 1, '2026-03-30', '2026-03-30'],
  ])('%s, %i days: %s..%s', (now, days, from, to) => expect(statsRange(at(now), london, days)).toEqual({ from, to, days }));

  it('the calendar and retention window is a year back, or the range if longer', () => {
    expect(yearFrom({ from: '2026-03-01', to: '2026-03-30', days: 30 })).toBe('2025-03-31');
    expect(yearFrom({ from: '2024-01-01', to: '2026-03-30', days: 820 })).toBe('2024-01-01');
  });
});

describe('fillDaily', () => {
  it('one entry per day, zeros between, minutes to a tenth', () => {
    expect(fillDaily({ from: '2026-03-28', to: '2026-03-30', days: 3 }, [{ day: '2026-03-30', reviews: 4, seconds: 125 }])).toEqual([
      { day: '2026-03-28', reviews: 0, minutes: 0 }, { day: '2026-03-29', reviews: 0, minutes: 0 }, { day: '2026-03-30', reviews: 4, minutes: 2.1 },
    ]);
  });
});

describe('retentionByMonth', () => {
  it('passed over reviewed, sorted by month, null without mature reviews', () => {
    expect(retentionByMonth([{ month: '2026-03', reviews: 8, passed: 7 }, { month: '2026-02', reviews: 0, passed: 0 }], 0.9)).toEqual([
      { month: '2026-02', reviews: 0, retention: null, desired: 0.9 }, { month: '2026-03', reviews: 8, retention: 0.875, desired: 0.9 },
    ]);
  });
});

describe('forecast', () => {
  const today = isoToDayNumber('2026-03-28');
  it('bins due cards by study day; overdue ones count today; past the horizon dropped', () => {
    const f = forecast(today, [{ day: today - 3, due: 2 }, { day: today, due: 1 }, { day: today + 1, due: 5 }, { day: today + 30, due: 9 }], 30);
    expect(f).toHaveLength(30);
    expect(f.slice(0, 3)).toEqual([{ day: '2026-03-28', due: 3 }, { day: '2026-03-29', due: 5 }, { day: '2026-03-30', due: 0 }]);
    expect(f.reduce((a, x) => a + x.due, 0)).toBe(8);
  });
  it('study days of due times across DST: 03:59 BST is the day before, 04:00 BST the day itself', () => {
    const day = (iso: string) => studyDayNumber(at(iso), london.timeZone, london.dayCutoffHour);
    const f = forecast(today, [{ day: day('2026-03-29T02:59:00Z'), due: 1 }, { day: day('2026-03-29T03:00:00Z'), due: 1 }], 3);
    expect(f.map((x) => x.due)).toEqual([1, 1, 0]);
  });
});

describe('streakOf', () => {
  it.each([
    [['2026-03-27', '2026-03-28', '2026-03-29'], '2026-03-29', { days: 3, today: true, longest: 3 }],
    [['2026-03-27', '2026-03-28'], '2026-03-29', { days: 2, today: false, longest: 2 }], // today not done yet: still alive
    [['2026-03-20', '2026-03-21', '2026-03-22', '2026-03-27'], '2026-03-29', { days: 0, today: false, longest: 3 }],
    [[], '2026-03-29', { days: 0, today: false, longest: 0 }],
  ])('%j on %s', (days, today, expected) => expect(streakOf(days, today)).toEqual(expected));
});

describe('goalProgress', () => {
  it.each([
    [{ amount: 20, unit: 'reviews' as const }, 20, 0, { unit: 'reviews', target: 20, done: 20, met: true }],
    [{ amount: 30, unit: 'minutes' as const }, 50, 1790, { unit: 'minutes', target: 30, done: 29, met: false }],
  ])('%j', (goal, reviews, seconds, expected) => expect(goalProgress(goal, reviews, seconds)).toEqual(expected));
});

describe('gradingAgreement', () => {
  it('counts taken, harsher and kinder', () => {
    const g = gradingAgreement([
      { suggested: 'good', given: 'good', reviews: 6 }, { suggested: 'good', given: 'again', reviews: 1 }, { suggested: 'hard', given: 'easy', reviews: 3 },
    ]);
    expect(g).toMatchObject({ total: 10, agreed: 6, harsher: 1, kinder: 3, overrideRate: 0.4 });
    expect(gradingAgreement([]).overrideRate).toBeNull();
  });
});

describe('mastery and weakest', () => {
  it('recall over the seen, mastery over all; weakest among started topics', () => {
    const m = mastery([{ key: 'b', items: 4, seen: 2, recallSum: 1.6 }, { key: 'a', items: 2, seen: 0, recallSum: 0 }, { key: 'c', items: 1, seen: 1, recallSum: 0.5 }]);
    expect(m).toEqual([
      { id: 'a', items: 2, seen: 0, recall: null, mastery: 0 },
      { id: 'b', items: 4, seen: 2, recall: 0.8, mastery: 0.4 },
      { id: 'c', items: 1, seen: 1, recall: 0.5, mastery: 0.5 },
    ]);
    expect(weakest(m)).toEqual(['c', 'b']);
  });
});
