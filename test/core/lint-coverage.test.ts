import { describe, expect, it } from 'vitest';
import { buildCoverage, coverageIssues, duplicateCanonicals, type CoverageInput, type CoverageItem } from '../../src/core/lint/coverage.js';
import type { Taxonomy } from '../../src/core/schema.js';
import { aBank, aConcept } from '../fixtures/strict/builders.js';

const taxonomy = (complete: string[]): Taxonomy => ({
  topics: [
    { id: 't-covered', bank: 'ml', title: 'Covered' },
    { id: 't-thin', bank: 'ml', title: 'Thin' },
    { id: 't-missing', bank: 'ml', title: 'Missing' },
    { id: 't-stats', bank: 'stats', title: 'Elsewhere' },
  ],
  questions: [
    { id: 'q-ok', bank: 'ml', title: 'OK' },
    { id: 'q-missing', bank: 'ml', title: 'Missing' },
    { id: 'q-dup', bank: 'ml', title: 'Duplicate' },
    { id: 'q-moved', bank: 'ml', title: 'Misplaced' },
  ],
  star_themes: [{ id: 'teamwork', checklist: true }, { id: 'conflict' }],
  extra_topics: [{ id: 't-extra', bank: 'ml', title: 'Extra' }],
  complete,
});

const item = (id: string, bank: string, over: Partial<CoverageItem> = {}): CoverageItem => ({ id, bank, type: 'concept', roles: ['ds'], difficulty: 'easy', ...over });
const items: CoverageItem[] = [
  item('ml-a', 'ml', { topic: 't-covered', canonical: 'q-ok', roles: ['ds', 'mle'] }),
  item('stats-b', 'stats', { topic: 't-covered', difficulty: 'hard' }), // any bank counts for a topic
  item('ml-c', 'ml', { topic: 't-thin', canonical: 'q-dup' }),
  item('ml-d', 'ml', { topic: 't-extra', canonical: 'q-dup' }),
  item('stats-e', 'stats', { canonical: 'q-moved' }),
  ...Array.from({ length: 3 }, (_, i) => item(`ask-${i}`, 'ask', { type: 'ask' })),
];
const input = (complete: string[], over: Partial<CoverageInput> = {}): CoverageInput => ({ taxonomy: taxonomy(complete), items, banks: ['ml', 'stats', 'ask'], templates: ['teamwork'], checklistStages: ['d-7', 'd-3', 'd0'], ...over });

describe('buildCoverage', () => {
  const r = buildCoverage(input([]));
  it('counts topic items from any bank, with roles and difficulties', () => {
    expect(r.topics.map((t) => [t.id, t.items, t.status, t.extra])).toEqual([
      ['t-covered', 2, 'covered', false], ['t-thin', 1, 'thin', false], ['t-missing', 0, 'missing', false], ['t-stats', 0, 'missing', false], ['t-extra', 1, 'thin', true],
    ]);
    expect(r.topics[0]).toMatchObject({ roles: { ds: 2, mle: 1, mlops: 0, fs: 0 }, difficulties: { easy: 1, medium: 0, hard: 1 } });
  });
  it('judges named questions', () => {
    expect(r.questions.map((q) => [q.id, q.status, q.item, q.items.length])).toEqual([
      ['q-ok', 'covered', 'ml-a', 1], ['q-missing', 'missing', null, 0], ['q-dup', 'duplicate', 'ml-c', 2], ['q-moved', 'misplaced', 'stats-e', 1],
    ]);
  });
  it('reports themes, ask, checklist and totals', () => {
    expect(r.themes).toEqual([{ id: 'teamwork', template: 'teamwork', status: 'covered' }, { id: 'conflict', template: null, status: 'missing' }]);
    expect(r.ask).toEqual({ items: 3, needed: 10, status: 'thin' });
    expect(r.checklist).toEqual({ stages: ['d-7', 'd-3', 'd0'], missing: ['d-1'], status: 'missing' });
    expect(r.totals.topics).toEqual({ covered: 1, thin: 1, missing: 2 });
    expect(r.totals.questions).toEqual({ covered: 1, missing: 1, duplicate: 1, misplaced: 1 });
  });
});

describe('coverageIssues', () => {
  const run = (complete: string[], over: Partial<CoverageInput> = {}) => {
    const inp = input(complete, over);
    return coverageIssues(buildCoverage(inp), inp, { taxonomy: 'tax.yaml', checklist: 'check.yaml' }).map((i) => `${i.file} ${i.path.join('.')}: ${i.message}`);
  };
  it('holds nothing when complete is empty', () => expect(run([])).toEqual([]));
  it('holds a complete bank to its topics and questions, at their taxonomy lines', () => {
    expect(run(['ml'])).toEqual([
      'tax.yaml topics.1: topic "t-thin" has 1 item with it as primary topic; at least 2 needed',
      'tax.yaml topics.2: topic "t-missing" has 0 items with it as primary topic; at least 2 needed',
      'tax.yaml questions.1: named question "q-missing" has no item with canonical: q-missing',
      'tax.yaml questions.2: named question "q-dup" has 2 canonical items (ml-c, ml-d); exactly one needed',
      'tax.yaml questions.3: named question "q-moved" is answered by "stats-e" in bank stats, not in bank ml',
    ]);
  });
  it('holds star, checklist and ask', () => {
    expect(run(['star', 'checklist', 'ask'])).toEqual([
      'tax.yaml star_themes.1: STAR theme "conflict" has no template',
      'check.yaml stages: checklist has no stage d-1',
      'tax.yaml complete.2: 3 questions to ask; at least 10 needed',
    ]);
    expect(run(['checklist'], { checklistStages: null })).toEqual(['tax.yaml complete.0: content/checklist.yaml is missing or invalid']);
  });
  it('flags unknown areas and complete banks without a file', () => {
    expect(run(['nope', 'stats'], { banks: ['ml'] })).toEqual([
      'tax.yaml complete.0: unknown area "nope" under complete',
      'tax.yaml complete.1: bank "stats" is listed under complete but has no file',
      'tax.yaml topics.3: topic "t-stats" has 0 items with it as primary topic; at least 2 needed',
    ]);
  });
});

describe('duplicateCanonicals', () => {
  const a = aBank('ml', [aConcept({ id: 'ml-a', canonical: 'q-x' }), aConcept({ id: 'ml-b' })]);
  const b = aBank('stats', [aConcept({ id: 'stats-a', canonical: 'q-x' })]);
  it('reports later claims in linted files', () => {
    expect(duplicateCanonicals([a, b], new Set([a.file, b.file])).map((i) => `${i.file} ${i.path.join('.')}: ${i.message}`)).toEqual(['/banks/stats.yaml items.0.canonical: canonical: q-x is also on "ml-a"']);
  });
  it('reports at the first claim when only it is linted, and nothing when none are', () => {
    expect(duplicateCanonicals([a, b], new Set([a.file])).map((i) => i.file)).toEqual(['/banks/ml.yaml']);
    expect(duplicateCanonicals([a, b], new Set())).toEqual([]);
  });
});
