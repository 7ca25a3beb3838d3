/**
 * The grader's evaluation on the blind set in test/fixtures/grader/answers.json, through the same function as
 * `prep score`. The floors below are this set's measured figures (see README, "How good is the grader"); the
 * issue's goals are printed by `npm run eval:grader`. Never edit an item because of a case in the set.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SET, evaluate, type LabelledAnswer } from '../../src/scripts/eval-grader.js';

describe('grader evaluation (blind set)', () => {
  it('separates strong answers from confidently wrong ones', async () => {
    const set = JSON.parse(readFileSync(DEFAULT_SET, 'utf8')) as LabelledAnswer[];
    expect(set.length).toBeGreaterThanOrEqual(200);
    expect(new Set(set.map((a) => a.id)).size).toBeGreaterThanOrEqual(50);
    const { figures: f } = await evaluate(set, { PATH: process.env.PATH });
    expect(f.offtopicMean).toBeLessThanOrEqual(0.1);
    expect(f.aucStrongVsWrong).toBeGreaterThanOrEqual(FLOOR.auc);
    expect(f.wrongAtLeastHalf).toBeLessThanOrEqual(FLOOR.wrongAtLeastHalf);
    expect(f.strongBelowHalf).toBeLessThanOrEqual(FLOOR.strongBelowHalf);
    expect(f.wrongSuggestedGoodOrEasy).toBeLessThanOrEqual(FLOOR.wrongGood);
  }, 60_000);
});

// Measured 0.91 / 0.10 / 0.24 / 0.03 (README, "How good is the grader"); a small margin, so a regression fails.
const FLOOR = { auc: 0.89, wrongAtLeastHalf: 0.12, strongBelowHalf: 0.26, wrongGood: 0.05 };
