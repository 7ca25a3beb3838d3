import { describe, expect, it } from 'vitest';
import type { StarTemplate } from '../../src/core/schema.js';
import {
  clock,
  findJargon,
  lintStory,
  pronounCounts,
  slugify,
  spokenSeconds,
  storyCoverage,
  type Story,
} from '../../src/core/star.js';
import { storyMarkdown } from '../../src/format/star-view.js';

/** `sentence` repeated (and cut) to exactly n words. */
const fill = (sentence: string, n: number) => {
  const w = sentence.split(' ');
  return Array.from({ length: n }, (_, i) => w[i % w.length]).join(' ');
};

/** Targets: situation 0:20, task 0:15, action 1:00, result 0:25; 2:00 in all (300 words at 150 wpm). */
function aTemplate(over: Partial<StarTemplate> = {}): StarTemplate {
  return {
    id: 'technical-challenge',
    title: 'A technical challenge you overcame',
    signals: [],
    parts: {
      situation: { guide: 'Where were you?', seconds: 20 },
      task: { guide: 'What was yours to solve?', seconds: 15 },
      action: { guide: 'What did you do?', seconds: 60 },
      result: { guide: 'What changed, in numbers?', seconds: 25 },
    },
    metrics_prompt: 'Before and after.',
    reflection_prompt: 'What would you do differently?',
    pitfalls: ['Saying we'],
    sample: { persona: 'p', situation: 's', task: 't', action: 'a', result: 'r' },
    ...over,
  };
}

/** A story with no findings: 30 + 20 + 120 + 30 + 10 words, about 1:24 aloud. */
function aStory(over: Partial<Story> = {}): Story {
  return {
    id: 'churn-model-rescue',
    title: 'Churn model rescue',
    template: 'technical-challenge',
    themes: ['technical-challenge'],
    situation: fill('The nightly retraining job at the delivery company had grown too slow to finish before dispatch.', 30),
    task: fill('I had to make it finish in time without new hardware.', 20),
    action: fill('I profiled the job first, then I rewrote the slowest feature code and checked my results.', 120),
    result: fill('The job went from 9 hours to 1 hour 40 minutes and the cut-off was never missed again.', 30),
    metrics: { before: '9 hours', after: '1 hour 40 minutes' },
    reflection: fill('I now profile before I optimise anything.', 10),
    ...over,
  };
}

describe('spoken time', () => {
  it.each([
    ['', 150, 0],
    ['   ', 150, 0],
    [fill('one two three', 150), 150, 60],
    [fill('one two three', 270), 150, 108],
    [fill('one two three', 120), 120, 60],
  ])('%#: %d wpm -> %d s', (text, wpm, seconds) => {
    expect(spokenSeconds(text, wpm)).toBe(seconds);
  });

  it.each([
    [108, '1:48'],
    [60, '1:00'],
    [5, '0:05'],
    [220, '3:40'],
  ])('%d s reads %s', (s, text) => expect(clock(s)).toBe(text));
});

describe('lintStory', () => {
  it('a well-formed story has no findings', () => {
    expect(lintStory(aStory(), aTemplate())).toEqual([]);
  });

  const plain = aTemplate({ id: 'explaining-to-non-technical' });
  it.each<[string, Partial<Story>, StarTemplate | undefined, { part: string; severity: string; message?: string }]>([
    ['missing-part', { situation: '' }, aTemplate(), { part: 'situation', severity: 'warning', message: 'Situation is empty.' }],
    ['missing-part', { task: 'I owned the fix' }, aTemplate(), { part: 'task', severity: 'warning', message: 'Task has only 4 words.' }],
    ['too-long', { action: fill('I rebuilt the pipeline step by step.', 270) }, aTemplate(), { part: 'action', severity: 'warning', message: 'Action runs about 1:48 aloud; the target is 1:00.' }],
    ['result-no-number', { result: fill('The dispatchers were much happier with the schedule afterwards.', 30) }, aTemplate(), { part: 'result', severity: 'warning' }],
    ['we-not-i', { action: fill('We profiled the job and we rewrote our features while I watched.', 120) }, aTemplate(), { part: 'action', severity: 'warning' }],
    ['no-reflection', { reflection: undefined }, aTemplate(), { part: 'reflection', severity: 'warning' }],
    ['no-reflection', { reflection: '  ' }, aTemplate(), { part: 'reflection', severity: 'warning' }],
    ['no-metrics', { metrics: undefined }, aTemplate(), { part: 'metrics', severity: 'info' }],
    ['no-metrics', { metrics: { before: ' ' } }, aTemplate(), { part: 'metrics', severity: 'info' }],
    ['jargon', { situation: fill('Our AUC kept falling because the embeddings drifted and the AUC alarm stayed quiet.', 30) }, aTemplate(), { part: 'situation', severity: 'warning', message: 'Situation uses jargon a non-technical listener may not follow: AUC, embeddings.' }],
    ['jargon', { template: 'explaining-to-non-technical', themes: [], action: fill('I explained the logits and showed my slides to them.', 120) }, plain, { part: 'action', severity: 'warning' }],
    ['total-length', { situation: fill('The job was slow.', 70), task: fill('I had to fix it.', 55), action: fill('I profiled it and I fixed it.', 220), result: fill('It took 2 hours.', 90), reflection: fill('I learned a lot.', 130) }, aTemplate(), { part: 'story', severity: 'warning', message: 'The story tells in about 3:46; aim for 2:00.' }],
    ['total-length', { situation: fill('The job was far too slow.', 6), task: fill('I had to fix it.', 6), action: fill('I profiled and rewrote the code.', 6), result: fill('Run time fell by 80 percent.', 6), reflection: fill('Profile before you optimise anything.', 6) }, aTemplate(), { part: 'story', severity: 'info' }],
    ['unknown-template', { template: 'no-such-template', action: fill('I rebuilt the pipeline step by step.', 270) }, undefined, { part: 'story', severity: 'warning' }],
  ])('%s (%#)', (code, over, template, expected) => {
    const findings = lintStory(aStory(over), template);
    expect(findings.map((f) => f.code)).toEqual([code]);
    expect(findings[0]).toMatchObject({ code, ...expected });
    expect(findings[0]!.fix).not.toBe('');
  });

  it('an empty story reports every part, the reflection and the metrics', () => {
    const empty = aStory({ situation: '', task: '', action: '', result: '', reflection: undefined, metrics: undefined });
    expect(lintStory(empty, aTemplate()).map((f) => `${f.code}:${f.part}`)).toEqual([
      'missing-part:situation',
      'missing-part:task',
      'missing-part:action',
      'missing-part:result',
      'no-reflection:reflection',
      'no-metrics:metrics',
      'total-length:story',
    ]);
  });

  it('the fix for a missing part quotes the template guide', () => {
    const [f] = lintStory(aStory({ result: '' }), aTemplate());
    expect(f!.fix).toContain('What changed, in numbers?');
  });

  it('checks the action for jargon only when the story explains to a lay audience', () => {
    const action = fill('I tuned the hyperparameters and I retrained.', 120);
    expect(lintStory(aStory({ action }), aTemplate())).toEqual([]);
    expect(lintStory(aStory({ action, template: 'explaining-to-non-technical' }), plain)[0]?.message).toContain('hyperparameters');
  });

  it.each([
    ['Error fell by 30%', true],
    ['3x faster', true],
    ['The job ran twice as fast', true],
    ['We halved the cost of serving', true],
    ['Sign-ups doubled within the quarter', true],
    ['Three teams adopted it', true],
    ['Everyone was much happier afterwards', false],
  ])('result %j counts as a number: %s', (result, hasNumber) => {
    const codes = lintStory(aStory({ result: fill(result, 30) }), aTemplate()).map((f) => f.code);
    expect(codes.includes('result-no-number')).toBe(!hasNumber);
  });

  it.each([
    ['We did it and we shipped it', 2, 0],
    ['We did it; I led it', 1, 1],
    ["We'd planned it, we’re proud of our work, and I wrote it", 3, 1],
    ['The US team and I met them', 0, 1],
    ['I asked us to review my draft with me', 1, 3],
  ])('%j: we %d, I %d', (text, we, i) => {
    expect(pronounCounts(text)).toEqual({ we, i });
  });

  it.each([
    ['Latency p99 doubled', ['Latency p99']],
    ['the p99 latency doubled', ['p99 latency']],
    ['Kubernetes, also called k8s', ['Kubernetes', 'k8s']],
    ['a rag, then a RAG pipeline', ['RAG']],
    ['The model was overfitting; AUC fell, and the auc kept falling', ['overfitting', 'AUC']],
    ['Gradient descent with regularization and an F1-score', ['Gradient descent', 'regularization', 'F1-score']],
    ['We told the sales team which customers to call first', []],
  ])('jargon in %j: %j', (text, words) => {
    expect(findJargon(text)).toEqual(words);
  });
});

describe('storyCoverage', () => {
  const themes = [{ id: 'technical-challenge', checklist: true }, { id: 'conflict' }, { id: 'teamwork', checklist: true }, { id: 'ambiguity', checklist: false }];
  const stories = [
    aStory({ id: 'churn', template: 'technical-challenge', themes: ['technical-challenge', 'conflict'] }),
    aStory({ id: 'launch', template: 'teamwork', themes: [] }),
  ];

  it('lists checklist themes first, a story serving its template and each of its themes', () => {
    const r = storyCoverage(stories, themes, new Set(['technical-challenge', 'conflict', 'teamwork']));
    expect(r).toEqual({
      version: 1,
      themes: [
        { id: 'technical-challenge', checklist: true, hasTemplate: true, stories: ['churn'], status: 'covered' },
        { id: 'teamwork', checklist: true, hasTemplate: true, stories: ['launch'], status: 'covered' },
        { id: 'conflict', checklist: false, hasTemplate: true, stories: ['churn'], status: 'covered' },
        { id: 'ambiguity', checklist: false, hasTemplate: false, stories: [], status: 'missing' },
      ],
    });
  });

  it('without stories every theme is missing', () => {
    expect(storyCoverage([], themes, new Set()).themes.map((t) => t.status)).toEqual(['missing', 'missing', 'missing', 'missing']);
  });
});

describe('slugify', () => {
  it.each([
    ['Churn model rescue', [], 'churn-model-rescue'],
    ['Churn model rescue', ['churn-model-rescue'], 'churn-model-rescue-2'],
    ['Churn model rescue', ['churn-model-rescue', 'churn-model-rescue-2'], 'churn-model-rescue-3'],
    ['  Café: A/B test — 2024!  ', [], 'cafe-a-b-test-2024'],
    ["Don't panic", [], 'dont-panic'],
    ['', [], 'story'],
    ['!!! ???', ['story'], 'story-2'],
    ['A very long title that keeps going and going well past any sensible length for an id', [], 'a-very-long-title-that-keeps-going-and-going-well-past-any'],
  ])('%j with %j taken -> %s', (title, taken, slug) => {
    expect(slugify(title, new Set(taken))).toBe(slug);
  });
});

describe('storyMarkdown', () => {
  const short = (over: Partial<Story> = {}): Story => ({
    id: 'churn',
    title: 'Churn model rescue',
    template: 'technical-challenge',
    themes: ['failure-learning'],
    situation: 'The churn model\nhad decayed.',
    task: 'I owned the fix.',
    action: 'I rebuilt the features.\n\nThen I retrained it.',
    result: 'AUC rose by 9 points.',
    metrics: { before: 'AUC 0.71', after: 'AUC 0.80' },
    reflection: 'Monitor drift from day one.',
    ...over,
  });
  const templates = new Map([['technical-challenge', aTemplate()]]);

  it('writes a section per story', () => {
    expect(storyMarkdown([short()], templates)).toBe(
      [
        '## Churn model rescue',
        '',
        '_A technical challenge you overcame · themes: technical-challenge, failure-learning_',
        '',
        '**Situation** The churn model had decayed.',
        '',
        '**Task** I owned the fix.',
        '',
        '**Action** I rebuilt the features.',
        '',
        'Then I retrained it.',
        '',
        '**Result** AUC rose by 9 points.',
        '',
        '**Metrics** AUC 0.71 -> AUC 0.80',
        '',
        '**Reflection** Monitor drift from day one.',
        '',
      ].join('\n'),
    );
  });

  it('marks gaps, half metrics and unknown templates', () => {
    const md = storyMarkdown([short({ template: 'mystery', themes: [], task: ' ', metrics: { after: '2 hours' }, reflection: undefined })], templates);
    expect(md).toContain('_mystery · themes: mystery_');
    expect(md).toContain('**Task** _(not written yet)_');
    expect(md).toContain('**Metrics** after: 2 hours');
    expect(md).not.toContain('**Reflection**');
  });

  it('separates stories with a blank line; no stories, no text', () => {
    const md = storyMarkdown([short(), short({ title: 'Second' })], templates);
    expect(md).toContain('one.\n\n## Second\n');
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(storyMarkdown([], templates)).toBe('');
  });
});
