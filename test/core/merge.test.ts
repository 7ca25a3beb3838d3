import { describe, expect, it } from 'vitest';
import { changesAnything, planMerge, type Snapshot } from '../../src/core/merge.js';
import { replay } from '../../src/core/replay.js';
import { newCard, schedule } from '../../src/core/scheduler.js';
import { EXPORT_VERSION, ExportDocSchema, exportVersionOf, type ExportDoc, type ReviewRow, type StoryRow } from '../../src/core/export-doc.js';
import { at } from '../helpers.js';

const S = { desiredRetention: 0.9, maximumInterval: 365, timeZone: 'UTC', dayCutoffHour: 4, fuzz: false };
const snap = { id: 'x', kind: 'item', state: 'review', due: '2026-03-02T04:00:00.000Z', stability: 1, difficulty: 5, scheduledDays: 1, learningSteps: 0, reps: 1, lapses: 0, lastReview: '2026-03-01T09:00:00.000Z' };

const aReview = (id: number, cardId: string, reviewedAt: string, rating: ReviewRow['rating'] = 'good'): ReviewRow => ({
  id, cardId, kind: 'item', reviewedAt, studyDay: reviewedAt.slice(0, 10), rating, seconds: null, timeLimit: null, timedOut: false, typedAnswer: null,
  rubricScore: null, suggested: null, source: 'grade', sessionId: null, cardBefore: null, cardAfter: { ...snap, id: cardId },
});
const aCardRow = (id: string) => ({ ...snap, id, kind: 'item' as const, state: 'review' as const, createdAt: '2026-03-01T09:00:00.000Z' });
const aStory = (id: string, updatedAt: string, title = id): StoryRow => ({ id, title, template: 't', themes: ['t'], situation: '', task: '', action: '', result: '', metricsBefore: null, metricsAfter: null, reflection: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt });
const empty = (): Snapshot => ({ cards: [], reviews: [], stories: [], storyTellings: [], storyDraft: [], interviews: [], checklistChecks: [], interviewQuestions: [], answerDrafts: [], mockRounds: [] });
const doc = (over: Partial<ExportDoc> = {}): ExportDoc => ({ version: 1, exportedAt: '2026-03-05T00:00:00.000Z', config: null, ...empty(), reviews: [], storyTellings: [], ...over }) as ExportDoc;

describe('planMerge', () => {
  it('into an empty home: everything is added as it is, ids kept, nothing replayed', () => {
    const d = doc({ cards: [aCardRow('a')], reviews: [aReview(7, 'a', '2026-03-01T09:00:00.000Z'), aReview(9, 'a', '2026-03-02T09:00:00.000Z')] });
    const p = planMerge(empty(), d);
    expect(p.fresh).toBe(true);
    expect(p.insert.cards).toEqual(d.cards);
    expect(p.insert.reviews).toEqual(d.reviews);
    expect(p.replay).toEqual([]);
  });

  it('a review is its card, time and rating: ones already here are skipped, new ones added and their card replayed', () => {
    const here = { ...empty(), cards: [aCardRow('a')], reviews: [{ id: 1, cardId: 'a', reviewedAt: '2026-03-01T09:00:00.000Z', rating: 'good' as const }] };
    const d = doc({ cards: [aCardRow('a'), aCardRow('b')], reviews: [aReview(1, 'a', '2026-03-01T09:00:00Z'), aReview(2, 'a', '2026-03-03T09:00:00.000Z', 'again'), aReview(3, 'b', '2026-03-03T10:00:00.000Z')] });
    const p = planMerge(here, d);
    expect(p.insert.reviews.map((r) => [r.id, r.cardId, r.rating])).toEqual([[2, 'a', 'again'], [3, 'b', 'good']]);
    expect(p.counts.reviews).toEqual({ added: 2, updated: 0, unchanged: 1 });
    expect(p.replay).toEqual(['a']);
    expect(p.counts.cards).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(p.insert.cards.map((c) => c.id)).toEqual(['b']);
  });

  it('a review id taken here gets a new one above every id in use', () => {
    const here = { ...empty(), reviews: [{ id: 5, cardId: 'z', reviewedAt: '2026-01-01T00:00:00.000Z', rating: 'good' as const }] };
    const p = planMerge(here, doc({ reviews: [aReview(5, 'a', '2026-03-01T09:00:00.000Z'), aReview(6, 'a', '2026-03-02T09:00:00.000Z')] }));
    expect(p.insert.reviews.map((r) => r.id)).toEqual([7, 6]);
  });

  it('two identical reviews in the file are both kept (a multiset), and only the missing one is added later', () => {
    const twice = [aReview(1, 'a', '2026-03-01T09:00:00.000Z'), aReview(2, 'a', '2026-03-01T09:00:00.000Z')];
    expect(planMerge(empty(), doc({ reviews: twice })).insert.reviews).toHaveLength(2);
    const here = { ...empty(), reviews: [{ id: 1, cardId: 'a', reviewedAt: '2026-03-01T09:00:00.000Z', rating: 'good' as const }] };
    expect(planMerge(here, doc({ reviews: twice })).insert.reviews.map((r) => r.id)).toEqual([2]);
  });

  it.each([
    ['newer in the file: updated', '2026-03-02T00:00:00.000Z', 'updated'],
    ['older in the file: kept', '2026-02-01T00:00:00.000Z', 'kept'],
  ])('a story that differs, %s', (_n, theirs, outcome) => {
    const here = { ...empty(), stories: [aStory('s', '2026-03-01T00:00:00.000Z')] };
    const p = planMerge(here, doc({ stories: [aStory('s', theirs, 'New title')] }));
    expect(p.update.stories.length).toBe(outcome === 'updated' ? 1 : 0);
    expect(p.kept.length).toBe(outcome === 'kept' ? 1 : 0);
  });

  it('an interview that differs keeps yours and says so; ticks and picks are unions', () => {
    const iv = { id: 'acme', company: 'Acme', date: '2026-04-01', role: null, notes: null, roles: null, createdAt: '2026-03-01T00:00:00.000Z' };
    const here = { ...empty(), interviews: [iv], checklistChecks: [{ interviewId: 'acme', itemId: 'a', checkedAt: '2026-03-01T00:00:00.000Z' }] };
    const p = planMerge(here, doc({ interviews: [{ ...iv, date: '2026-04-02' }], checklistChecks: [{ interviewId: 'acme', itemId: 'a', checkedAt: '2026-03-02T00:00:00.000Z' }, { interviewId: 'acme', itemId: 'b', checkedAt: '2026-03-02T00:00:00.000Z' }] }));
    expect(p.kept).toEqual(['interview acme: yours differs from the file\'s; yours was kept']);
    expect(p.insert.checklistChecks.map((c) => c.itemId)).toEqual(['b']);
    expect(p.insert.interviews).toEqual([]);
  });

  it.each([
    ['the file\'s is newer', '2026-03-02T00:00:00.000Z', 'updated'],
    ['yours is newer', '2026-02-28T00:00:00.000Z', 'unchanged'],
  ] as const)('a drill answer draft for the same item: %s', (_name, savedAt, outcome) => {
    const mine = { itemId: 'q1', text: 'mine', savedAt: '2026-03-01T00:00:00.000Z' };
    const p = planMerge({ ...empty(), answerDrafts: [mine] }, doc({ answerDrafts: [{ itemId: 'q1', text: 'theirs', savedAt }, { itemId: 'q2', text: 'new', savedAt }] }));
    expect(p.insert.answerDrafts.map((d) => d.itemId)).toEqual(['q2']);
    expect(p.update.answerDrafts.map((d) => d.text)).toEqual(outcome === 'updated' ? ['theirs'] : []);
    expect(p.counts.answerDrafts).toEqual({ added: 1, updated: outcome === 'updated' ? 1 : 0, unchanged: outcome === 'updated' ? 0 : 1 });
  });

  it('a file that is all here already changes nothing', () => {
    const d = doc({ cards: [aCardRow('a')], reviews: [aReview(1, 'a', '2026-03-01T09:00:00.000Z')], stories: [aStory('s', '2026-03-01T00:00:00.000Z')] });
    const here = { ...empty(), cards: d.cards, reviews: [{ id: 1, cardId: 'a', reviewedAt: '2026-03-01T09:00:00.000Z', rating: 'good' as const }], stories: d.stories };
    expect(changesAnything(planMerge(here, d))).toBe(false);
  });
});

describe('replay', () => {
  it('gives the card the scheduler gives when the same grades are applied one by one', () => {
    const grades = [['good', '2026-03-01T09:00:00Z'], ['again', '2026-03-01T09:12:00Z'], ['good', '2026-03-02T10:00:00Z'], ['easy', '2026-03-09T10:00:00Z']] as const;
    let card = newCard('a', 'item', at('2026-03-01T08:00:00Z'));
    for (const [r, t] of grades) card = schedule(card, r, at(t), S);
    const out = replay('a', 'item', at('2026-03-01T08:00:00Z'), grades.map(([rating, t]) => ({ rating, reviewedAt: at(t) })), S);
    expect(out.card).toEqual(card);
    expect(out.steps[0]!.before).toBeNull();
    expect(out.steps[1]!.before).toEqual(out.steps[0]!.after);
    expect(out.steps.at(-1)!.after).toEqual(card);
  });
});

describe('export documents', () => {
  it.each([
    [{ version: 2 }, { version: 2 }],
    [{ version: 1 }, { version: 1 }],
    [[], { problem: 'the file is not a prep export (expected a JSON object)' }],
    [{ cards: [] }, { problem: 'the file is not a prep export (no "version" number)' }],
  ])('version of %j', (value, expected) => {
    expect(exportVersionOf(value)).toEqual(expected);
  });

  it('validate every row: a bad rating, time or card snapshot is refused with its path', () => {
    const good = doc({ cards: [aCardRow('a')], reviews: [aReview(1, 'a', '2026-03-01T09:00:00.000Z')] });
    expect(ExportDocSchema.safeParse(good).success).toBe(true);
    expect(good.version).toBe(EXPORT_VERSION);
    const bad = (over: Partial<ReviewRow>) => ExportDocSchema.safeParse({ ...good, reviews: [{ ...good.reviews[0], ...over }] });
    expect(bad({ rating: 'great' as never }).error?.issues[0]?.path).toEqual(['reviews', 0, 'rating']);
    expect(bad({ reviewedAt: 'yesterday' }).error?.issues[0]?.path).toEqual(['reviews', 0, 'reviewedAt']);
    expect(bad({ cardAfter: { id: 'a' } }).error?.issues[0]?.path).toEqual(['reviews', 0, 'cardAfter']);
    expect(ExportDocSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
  });
});
