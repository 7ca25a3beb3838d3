import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { correctQuery, indexSynonyms, parseQuery, toMatch, unitPhrases, type Unit } from '../../src/core/search/query.js';
import { bestCorrection, checkableTokens } from '../../src/core/search/suggest.js';
import { editDistance, spellings, tokenize } from '../../src/core/search/text.js';

const syn = indexSynonyms([
  { terms: ['a/b test', 'ab test', 'split test'] },
  { terms: ['false negative', 'type ii error', 'type 2 error'] },
  { terms: ['p-value', 'p value'] },
  { terms: ['cv', 'cross-validation'] },
]);
const parse = (q: string) => parseQuery(q, syn);
const show = (u: Unit) => `${u.kind}:${u.kind === 'synonyms' ? u.terms.join('|') : u.tokens.join(' ')}`;

describe('parseQuery', () => {
  it.each([
    ['How would you handle imbalanced classes?', ['word:handle', 'word:imbalanced', 'word:classes']],
    ['A/B testing', ['synonyms:a b test|ab test|split test']],
    ['A/B', ['phrase:a b']],
    ['k-means vs t-SNE', ['phrase:k means', 'phrase:t sne']],
    ['type 1 vs type 2 error', ['word:type', 'phrase:type 1', 'synonyms:false negative|type ii error|type 2 error']],
    ['what is a p-value', ['synonyms:p value|p value']],
    ['"how would you" regular*', ['phrase:how would you', 'prefix:regular']],
    ['explain explain bias bias', ['word:bias']],
    ['F1 score', ['word:f1', 'word:score']],
    ['the of and', ['word:the', 'word:of', 'word:and']],
    ['where can cv leak', ['synonyms:cv|cross validation', 'word:leak']],
    ['Crème brûlée', ['word:creme', 'word:brulee']],
    ['What is the difference between WHERE and HAVING in SQL?', ['word:where', 'word:having', 'word:sql']], // capitals: keywords, not filler
    ['WHAT IS BIAS', ['word:bias']], // a shouted query keeps dropping filler
    ['What is a feature store and what problem does it solve?', ['word:feature', 'word:store']], // a question frame names no topic
    ['what problem does it solve', ['word:problem', 'word:solve']], // nothing else left: the frame is searched
  ])('%s', (q, expected) => {
    expect(parse(q).map(show)).toEqual(expected);
  });

  it('reads nothing as syntax: operators, columns, stars and a lone quote are words or separators', () => {
    expect(parse('NOT prompt: * [ "').map(show)).toEqual(['word:prompt']);
    expect(toMatch(parse('NEAR AND OR bias'))).toBe('"near" OR "bias"');
    expect(parse('🙂')).toEqual([]);
    expect(toMatch([])).toBeNull();
  });

  it('offers both spellings of a word and every term of a synonym group', () => {
    expect(unitPhrases(parse('normalization')[0]!)).toEqual(['"normalization"', '"normalisation"']);
    expect(spellings('behaviour')).toEqual(['behaviour', 'behavior']);
    expect(toMatch(parse('ab test'))).toBe('"a b test" OR "ab test" OR "split test"');
  });

  it('caps what a very long paste turns into', () => {
    expect(parse('word '.repeat(10_000)).length).toBe(1);
    expect(parse(Array.from({ length: 500 }, (_, i) => `w${i}x`).join(' ')).length).toBeLessThanOrEqual(40);
    expect(parse('x'.repeat(1000))[0]!.tokens[0]!.length).toBe(64);
  });

  it('builds only quoted phrases joined by OR, whatever the input (property)', () => {
    const phrase = /^"[\p{L}\p{N} ]*"( \*)?$/u;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('"', 'NOT', 'a:b', '*', '(', ')', '^', '{id}', 'NEAR(a b)')), (q) => {
        const units = parse(q);
        for (const u of units) for (const p of unitPhrases(u)) expect(p).toMatch(phrase);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('typo fixes', () => {
  it.each([
    ['varience', [{ word: 'variance', n: 5 }, { word: 'varied', n: 50 }], 'variance'],
    ['teh', [{ word: 'the', n: 900 }, { word: 'tech', n: 3 }], 'the'],
    ['churn', [{ word: 'chunk', n: 9 }], undefined],
    ['gradiant', [{ word: 'gradient', n: 40 }, { word: 'radiant', n: 1 }], 'gradient'],
  ])('%s -> %s', (word, candidates, fix) => {
    expect(bestCorrection(word, candidates)).toBe(fix);
  });

  it('checks letters-only words of three or more, not synonyms or prefixes', () => {
    expect(checkableTokens(parse('varience of an A/B test, k-means, regul* f1'))).toEqual(['varience', 'means']);
  });

  it('puts the fixes back into the query as typed', () => {
    expect(correctQuery('Explain the Varience, varience!', new Map([['varience', 'variance']]))).toBe('Explain the Variance, variance!');
  });

  it('edit distance counts a swap as one edit', () => {
    expect(editDistance('vlaue', 'value')).toBe(1);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(tokenize('t-SNE/UMAP_x.y')).toEqual(['t', 'sne', 'umap', 'x', 'y']);
  });
});
