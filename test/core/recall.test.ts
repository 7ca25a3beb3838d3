import { default_w, forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { elapsedStudyDays, recallAt, recallProbability } from '../../src/core/recall.js';
import { aCard, at } from '../helpers.js';

const london = { timeZone: 'Europe/London', dayCutoffHour: 4 };

describe('recallProbability', () => {
  it.each([[1, 0], [1, 1], [5, 20], [0.3, 3], [100, 10], [12.5, 400]])('S=%f, t=%i equals ts-fsrs forgetting_curve', (s, t) => {
    expect(recallProbability(s, t)).toBeCloseTo(forgetting_curve(default_w, t, s), 7);
  });
  it('is 0.9 when the elapsed time equals the stability, 1 at once, 0 without stability', () => {
    expect(recallProbability(7, 7)).toBeCloseTo(0.9, 9);
    expect(recallProbability(7, 0)).toBe(1);
    expect(recallProbability(0, 3)).toBe(0);
  });
});

describe('elapsedStudyDays across the spring DST change in London (29 March 2026)', () => {
  it.each([
    // a review at 03:30 GMT belongs to the study day before (cutoff 4 am)
    ['2026-03-28T03:30:00Z', '2026-03-30T02:30:00Z', 2],
    // 03:59 BST on the change day (02:59Z) is still study day 28 March; 04:00 BST (03:00Z) is the 29th
    ['2026-03-28T12:00:00Z', '2026-03-29T02:59:00Z', 0],
    ['2026-03-28T12:00:00Z', '2026-03-29T03:00:00Z', 1],
    // the other way round is never negative
    ['2026-03-30T12:00:00Z', '2026-03-28T12:00:00Z', 0],
  ])('%s -> %s: %i', (last, now, days) => expect(elapsedStudyDays(at(last), at(now), london)).toBe(days));
});

describe('recallAt', () => {
  it('unseen and new cards count 0; a seen card follows the curve in study days', () => {
    expect(recallAt(undefined, at('2026-03-30T12:00:00Z'), london)).toBe(0);
    expect(recallAt(aCard({ state: 'new', lastReview: null }), at('2026-03-30T12:00:00Z'), london)).toBe(0);
    const c = aCard({ stability: 2, lastReview: at('2026-03-28T12:00:00Z') });
    expect(recallAt(c, at('2026-03-30T12:00:00Z'), london)).toBeCloseTo(0.9, 9);
  });
});
