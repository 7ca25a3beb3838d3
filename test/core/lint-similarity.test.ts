import { describe, expect, it } from 'vitest';
import { jaccard, nearDuplicates, promptSimilarity, type PromptEntry } from '../../src/core/lint/similarity.js';

const e = (id: string, prompt: string, linted = true, file = '/b/ml.yaml'): PromptEntry => ({ id, file, path: ['items', Number(id.slice(-1))], prompt, linted });

describe('prompt similarity', () => {
  it.each([
    ['Explain the bias-variance trade-off.', 'explain the Bias Variance tradeoff', 4 / 7],
    ['Explain the bias-variance trade-off.', 'Explain the bias variance trade off!', 1],
    ['What is regularisation?', 'What is regularization', 1],
    ['Explain dropout.', 'Explain batch normalisation.', 0.25],
  ])('%j vs %j = %d', (a, b, s) => expect(promptSimilarity(a, b)).toBeCloseTo(s, 2));
  it('is 0 for two empty sets', () => expect(jaccard(new Set(), new Set())).toBe(0));
});

describe('nearDuplicates', () => {
  const ten = 'one two three four five six seven eight nine ten';
  it('fails at 0.9, warns at 0.8, passes below, at the later item', () => {
    const issues = nearDuplicates([
      e('ml-0', ten),
      e('ml-1', `${ten} eleven`), // 10/11 = 0.91 vs ml-0
      e('ml-2', 'one two three four five six seven eight alpha beta'), // 8/12 = 0.67 vs ml-0
      e('ml-3', 'one two three four five six seven eight nine alpha'), // 9/11 = 0.82 vs ml-0 and ml-2, 9/12 = 0.75 vs ml-1
      e('ml-4', 'something else entirely'),
    ]);
    expect(issues.map((i) => `${i.severity} ${i.path.join('.')}: ${i.message}`)).toEqual([
      'error items.1.prompt: prompt duplicates the prompt of "ml-0" (ml.yaml): similarity 0.91',
      'warning items.3.prompt: prompt is close to the prompt of "ml-0" (ml.yaml): similarity 0.82',
      'warning items.3.prompt: prompt is close to the prompt of "ml-2" (ml.yaml): similarity 0.82',
    ]);
  });
  it('reports only at linted items, and skips pairs with none linted', () => {
    const issues = nearDuplicates([e('ml-0', ten, false, '/b/other.yaml'), e('ml-1', ten, false), e('ml-2', ten, true, '/b/mine.yaml')]);
    expect(issues.map((i) => `${i.file} ${i.message}`)).toEqual([
      '/b/mine.yaml prompt duplicates the prompt of "ml-0" (other.yaml): similarity 1.00',
      '/b/mine.yaml prompt duplicates the prompt of "ml-1" (ml.yaml): similarity 1.00',
    ]);
  });
});
