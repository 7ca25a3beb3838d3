import { describe, expect, it } from 'vitest';
import { coverageFromTicks, editDistance, phraseIn, pointWords, scoreAnswer, tokens, vocabulary } from '../../src/core/rubric.js';

const kp = (point: string, ...evidence: string[]) => ({ point, evidence });

describe('rubric matching', () => {
  it.each([
    ['overfitting', 'overfit', true], // stemming
    ['the model overfits badly', 'overfit', true],
    ['regularization', 'regularisation', true], // spelling variants
    ['normalised', 'normalize', true],
    ['varience', 'variance', true], // one typo in a long word
    ['bais', 'bias', false], // short words get no typo tolerance
    ['high training error', 'high training error', true],
    ['error training high', 'high training error', false], // phrases keep order
    ['L1 gives sparse weights', 'sparse', true],
    ['l2', 'l1', false], // digits never fuzzy-match
    ['Gradient—descent!', 'gradient descent', true],
  ])('%j contains %j: %s', (text, phrase, expected) => {
    expect(phraseIn(tokens(phrase), tokens(text))).toBe(expected);
  });

  describe('a typed word that is a word of the banks is meant, not a typo', () => {
    const known = vocabulary(['A blocking call stalls the event loop.', 'Keep the batch small; the server matched it.']);
    it.each([
      ['the batch was small', 'stall', false], // "small" is a known word: not a typo of "stall"
      ['a blokcing call', 'blocking call', true], // "blokcing" is no word of the banks: a typo
      ['it stalls the loop', 'stall', true],
      ['the severity of the incident', 'server', true], // unknown to this vocabulary: typo tolerance applies
    ])('%j contains %j: %s', (text, phrase, expected) => {
      expect(phraseIn(tokens(phrase), tokens(text), known)).toBe(expected);
    });
    it('without a vocabulary, near words still match (the old behaviour)', () => {
      expect(phraseIn(tokens('stall'), tokens('the batch was small'))).toBe(true);
    });
    it('scoreAnswer passes the vocabulary on', () => {
      expect(scoreAnswer('keep it small', [kp('p', 'stall', 'blocks')], { known }).coverage).toBe(0);
    });
  });

  describe("an answer in the candidate's own words", () => {
    const prompt = 'When is it acceptable to simply drop rows or columns that have missing values?';
    const point = kp('Rows can go when the gaps are few and missing completely at random.', 'missing completely at random', 'couple of percent');
    it('the content words of a point leave out stop words and the words of the prompt', () => {
      expect(pointWords(point.point, prompt)).toEqual(['go', 'gap', 'few', 'complet', 'random'].filter((w) => w.length >= 3));
    });
    it.each([
      ['drop rows only when few of them are gaps and they happen at random', true], // gap, few, random: 3 of 4
      ['only when few are missing at random', true], // few, random: 2 of the 4 content words is half
      ['only when few are missing', false], // one content word is not enough
      ['drop rows or columns with missing values when acceptable', false], // restating the prompt earns nothing
    ])('%j covers it: %s', (answer, covered) => {
      const r = scoreAnswer(answer, [point], { prompt });
      expect(r.points[0]!.covered).toBe(covered);
    });
    it('shows the words it recognised, as the point spells them', () => {
      expect(scoreAnswer('when gaps are few and random', [point], { prompt }).points[0]!.matched).toEqual(['gaps', 'few', 'random']);
    });
  });

  it('scores weighted coverage', () => {
    const r = scoreAnswer('Bias means underfitting. Regularization helps.', [kp('bias', 'bias', 'underfit'), kp('variance', 'variance', 'overfit'), { ...kp('reg', 'regularisation', 'penalty'), weight: 2 }]);
    expect(r.points.map((p) => p.covered)).toEqual([true, false, true]);
    expect(r.coverage).toBeCloseTo(3 / 4);
  });

  it('gives null coverage without key points', () => {
    expect(scoreAnswer('anything', []).coverage).toBeNull();
    expect(coverageFromTicks([], new Set())).toBeNull();
  });

  it('ticked coverage', () => {
    expect(coverageFromTicks([kp('a', 'x', 'y'), kp('b', 'x', 'y')], new Set([1]))).toBe(0.5);
  });

  it('edit distance counts a transposition as one', () => {
    expect(editDistance('variance', 'vairance')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});
