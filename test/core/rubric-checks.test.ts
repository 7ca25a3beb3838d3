import { describe, expect, it } from 'vitest';
import { checkRubrics, rubricCompleteness } from '../../src/core/lint/rubric-checks.js';
import type { BankFile, Taxonomy } from '../../src/core/schema.js';

const item = (extra: Record<string, unknown>) => ({
  id: 'x-bagging', type: 'concept', topic: 't', roles: ['ds'], difficulty: 'easy', tags: [], prompt: 'What does bagging do?', answer: 'a',
  key_points: [
    { point: 'Bagging reduces variance.', evidence: ['reduces variance', 'averaging'], together: [['bagging', 'bootstrap'], ['reduces variance', 'averaging', 'less variance']] },
    { point: 'Each model sees a bootstrap sample.', evidence: ['bootstrap sample', 'resample with replacement'] },
    { point: 'Trees are trained in parallel.', evidence: ['in parallel', 'independently'] },
  ],
  misconceptions: [{ claim: 'Bagging reduces bias.', evidence: ['reduces bias'], contradicts: 0 }],
  ...extra,
});
const bank = (it: Record<string, unknown>) => [{ id: 'x', file: 'x.yaml', data: { title: 'X', items: [it] } as unknown as BankFile }];
const messages = (it: Record<string, unknown>) => checkRubrics(bank(it), {}).map((i) => i.message);

describe('rubric checks in lint --strict', () => {
  it('passes a wrong answer caught by a misconception and a paraphrase that is credited', () => {
    expect(messages(item({ checks: [
      { answer: 'Bagging reduces bias by averaging, and each tree sees a bootstrap sample.', max: 0.25 },
      { answer: 'Bagging averages many trees, each fit on a bootstrap sample, trained independently.', min: 0.6 },
    ] }))).toEqual([]);
  });
  it('fails a max check the grader credits, and a min check it does not', () => {
    const m = messages(item({ checks: [
      { answer: 'Bagging means averaging; it uses a bootstrap sample and trains in parallel.', max: 0.25 },
      { answer: 'It is about trees.', min: 0.6 },
    ] }));
    expect(m.some((x) => /above its max/.test(x))).toBe(true);
    expect(m.some((x) => /trivially easy/.test(x))).toBe(true); // no misconception fired
    expect(m.some((x) => /below its min/.test(x))).toBe(true);
  });
  it('a scored follow-up must earn its own key points', () => {
    const fu = (answer: string) => item({ follow_ups: [{ prompt: 'Why does bagging not help a linear model much?', answer, key_points: [
      { point: 'A linear model is stable: low variance to remove.', evidence: ['stable', 'low variance'] },
      { point: 'Averaging does not change bias.', evidence: ['bias unchanged', 'same bias'] },
    ] }] });
    expect(messages(fu('A linear model is already stable with low variance, and averaging leaves the bias unchanged.'))).toEqual([]);
    expect(messages(fu('A linear model is stable, so there is low variance to remove.'))[0]).toMatch(/follow-up answer scores 50% on its own key points \(missed: Averaging does not change bias/);
  });
  it('a misconception must name a real point', () => {
    expect(messages(item({ misconceptions: [{ claim: 'c', evidence: ['e'], contradicts: 7 }] }))[0]).toMatch(/no key point/);
  });
  it('rubrics-<bank> under complete: needs misconceptions and both checks on every concept item', () => {
    const tax = { topics: [], questions: [], star_themes: [], extra_topics: [], complete: ['rubrics-x'] } as Taxonomy;
    expect(rubricCompleteness(tax, bank(item({})), 'taxonomy.yaml')[0]!.message).toMatch(/lacks a max check .*, a min check/);
  });
  it.each([
    ['design', 1],
    ['behavioural', 1],
    ['coding', 0],
    ['ask', 0],
  ])('rubrics-<bank> also holds %s items to it: %i finding', (type, n) => {
    const tax = { topics: [], questions: [], star_themes: [], extra_topics: [], complete: ['rubrics-x'] } as Taxonomy;
    expect(rubricCompleteness(tax, bank(item({ type, misconceptions: undefined })), 'taxonomy.yaml')).toHaveLength(n);
  });
});
