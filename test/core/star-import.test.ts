import { describe, expect, it } from 'vitest';
import { distinctStories, planImport } from '../../src/core/star-import.js';
import type { Story } from '../../src/core/star.js';

const aStory = (over: Partial<Story> = {}): Story => ({
  id: '', title: 'Churn model rescue', template: 'technical-challenge', themes: ['technical-challenge'],
  situation: 'The churn model lost ten points of AUC.', task: 'I had two weeks.', action: 'I rebuilt the features.', result: 'AUC went from 0.71 to 0.80.',
  ...over,
});
const saved = (over: Partial<Story> = {}) => aStory({ id: 'churn-model-rescue', ...over });

describe('planImport', () => {
  it.each<[string, Story[], Story[], [string, string][]]>([
    ['a new title is added under its slug', [], [aStory()], [['churn-model-rescue', 'added']]],
    ['the same story again, without id, is unchanged', [saved()], [aStory()], [['churn-model-rescue', 'unchanged']]],
    ['a changed story without id updates the one with its slug', [saved()], [aStory({ result: 'AUC 0.82.' })], [['churn-model-rescue', 'updated']]],
    ['the title matches case and spacing aside, whatever the id', [saved({ id: 'my-churn', title: 'churn  Model rescue' })], [aStory({ title: 'Churn model rescue ' })], [['my-churn', 'updated']]],
    ['the slug matches though the title was edited', [saved({ title: 'Churn model: rescue' })], [aStory()], [['churn-model-rescue', 'updated']]],
    ['another title with the same slug updates that story', [saved({ id: 'churn-model-rescue', title: 'Other' })], [aStory({ title: 'Churn model rescue!' })], [['churn-model-rescue', 'updated']]],
    ['an explicit id is that story; unchanged when equal', [saved()], [saved()], [['churn-model-rescue', 'unchanged']]],
    ['an explicit new id is added even with a known title', [saved()], [saved({ id: 'second' })], [['second', 'added']]],
    ['themes compare as a set', [saved({ themes: ['a', 'b'] })], [aStory({ themes: ['b', 'a', 'b'] })], [['churn-model-rescue', 'unchanged']]],
    ['twice in one file: added, then unchanged', [], [aStory(), aStory()], [['churn-model-rescue', 'added'], ['churn-model-rescue', 'unchanged']]],
  ])('%s', (_name, existing, incoming, want) => {
    expect(planImport(existing, incoming).map((p) => [p.story.id, p.verdict])).toEqual(want);
  });
});

describe('distinctStories', () => {
  it.each<[string, Story[], number]>([
    ['five copies with different ids are one', [1, 2, 3, 4, 5].map((n) => saved({ id: `c-${n}` })), 1],
    ['the same title with other text is one', [saved(), saved({ id: 'b', result: 'Other.' })], 1],
    ['the same text under another title is one', [saved(), saved({ id: 'b', title: 'Renamed copy' })], 1],
    ['different titles and text are two', [saved(), saved({ id: 'b', title: 'Team data contract', situation: 'Two teams disagreed.' })], 2],
  ])('%s', (_name, stories, n) => {
    expect(distinctStories(stories)).toHaveLength(n);
  });
});
