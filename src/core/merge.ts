/**
 * Merging an export into the data already here, as a plan the store then applies in one transaction.
 * Rows are matched by id (cards, stories, interviews), by review time (a review is its card, time and
 * rating; a telling its story and time), or by their key (ticks, picked questions). Nothing is ever
 * duplicated, so importing the same file twice changes nothing. A card that was already here and gains
 * reviews is recomputed afterwards by replaying all of its reviews (see replay.ts). Pure.
 */
import type { AnswerDraftRow, MockRoundRow, CardRow, CheckRow, DraftRow, ExportDoc, InterviewRow, PickedRow, ReviewRow, StoryRow, TableKey, TellingRow } from './export-doc.js';

/** The data here, light where it is large: reviews and tellings by their keys only. */
export interface Snapshot {
  cards: CardRow[];
  reviews: Pick<ReviewRow, 'id' | 'cardId' | 'reviewedAt' | 'rating'>[];
  stories: StoryRow[];
  storyTellings: Pick<TellingRow, 'id' | 'storyId' | 'toldAt'>[];
  storyDraft: DraftRow[];
  interviews: InterviewRow[];
  checklistChecks: CheckRow[];
  interviewQuestions: PickedRow[];
  answerDrafts: AnswerDraftRow[];
  mockRounds: Pick<MockRoundRow, 'id' | 'kind' | 'startedAt'>[];
}

export interface Counts {
  added: number;
  updated: number;
  unchanged: number;
}

/** Reviews and tellings keep their id when it is free here; otherwise they get a new one. */
export interface MergePlan {
  insert: {
    cards: CardRow[];
    reviews: ReviewRow[];
    stories: StoryRow[];
    storyTellings: TellingRow[];
    storyDraft: DraftRow[];
    interviews: InterviewRow[];
    checklistChecks: CheckRow[];
    interviewQuestions: PickedRow[];
    answerDrafts: AnswerDraftRow[];
    mockRounds: MockRoundRow[];
  };
  /** Rows here replaced by a newer version from the file (stories and drafts, by their time). */
  update: { stories: StoryRow[]; storyDraft: DraftRow[]; answerDrafts: AnswerDraftRow[] };
  /** Cards that were here and gained reviews: recompute them from all their reviews. */
  replay: string[];
  counts: Record<TableKey, Counts>;
  /** Where the file and this home disagree and this home's version was kept, in words. */
  kept: string[];
  /** Nothing was here before. */
  fresh: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const zero = (): Counts => ({ added: 0, updated: 0, unchanged: 0 });

/** Multiset difference: rows of `incoming` beyond as many as `here` already has with the same key. */
function missing<H, T extends H>(here: readonly H[], incoming: readonly T[], key: (r: H) => string): { add: T[]; unchanged: number } {
  const have = new Map<string, number>();
  for (const r of here) have.set(key(r), (have.get(key(r)) ?? 0) + 1);
  const add: T[] = [];
  let unchanged = 0;
  for (const r of incoming) {
    const n = have.get(key(r)) ?? 0;
    if (n > 0) (have.set(key(r), n - 1), unchanged++);
    else add.push(r);
  }
  return { add, unchanged };
}

/** Rows matched by id: new ones added, equal ones unchanged, differing ones resolved by `pick`. */
function byId<T>(here: readonly T[], incoming: readonly T[], id: (r: T) => string, pick: (mine: T, theirs: T) => 'theirs' | 'mine') {
  const mine = new Map(here.map((r) => [id(r), r]));
  const out = { add: [] as T[], update: [] as T[], kept: [] as T[], counts: zero() };
  for (const r of incoming) {
    const m = mine.get(id(r));
    if (!m) (out.add.push(r), out.counts.added++);
    else if (same(m, r)) out.counts.unchanged++;
    else if (pick(m, r) === 'theirs') (out.update.push(r), out.counts.updated++);
    else (out.kept.push(r), out.counts.unchanged++);
  }
  return out;
}

/** Keep an incoming id when it is free here; otherwise give the row a new one above every id in use. */
function freeIds<T extends { id: number }>(rows: readonly T[], here: readonly { id: number }[]): T[] {
  const taken = new Set(here.map((r) => r.id));
  let next = Math.max(0, ...taken, ...rows.map((r) => r.id)) + 1;
  return rows.map((r) => {
    if (!taken.has(r.id)) return (taken.add(r.id), r);
    return { ...r, id: next++ };
  });
}

const newer = <T extends { updatedAt: string }>(mine: T, theirs: T) => (Date.parse(theirs.updatedAt) > Date.parse(mine.updatedAt) ? 'theirs' : 'mine');

export function planMerge(here: Snapshot, incoming: ExportDoc): MergePlan {
  const reviews = missing(here.reviews, incoming.reviews, (r) => `${r.cardId}\0${Date.parse(r.reviewedAt)}\0${r.rating}`);
  const tellings = missing(here.storyTellings, incoming.storyTellings, (t) => `${t.storyId}\0${Date.parse(t.toldAt)}`);
  const hereCards = new Set(here.cards.map((c) => c.id));
  const replay = [...new Set(reviews.add.map((r) => r.cardId))].filter((id) => hereCards.has(id)).sort();
  const replaySet = new Set(replay);
  // A card here that gains reviews is recomputed from them; otherwise this home's state stands.
  const cards = byId(here.cards, incoming.cards, (c) => c.id, () => 'mine');
  const stories = byId(here.stories, incoming.stories, (s) => s.id, newer);
  const draft = byId(here.storyDraft, incoming.storyDraft, () => 'draft', newer);
  const interviews = byId(here.interviews, incoming.interviews, (i) => i.id, () => 'mine');
  const checks = missing(here.checklistChecks, incoming.checklistChecks, (c) => `${c.interviewId}\0${c.itemId}`);
  const answers = byId(here.answerDrafts, incoming.answerDrafts, (d) => d.itemId, (mine, theirs) => (Date.parse(theirs.savedAt) > Date.parse(mine.savedAt) ? 'theirs' : 'mine'));
  const picked = missing(here.interviewQuestions, incoming.interviewQuestions, (p) => `${p.interviewId}\0${p.itemId}`);
  // A mock round is the same round when its kind and start agree; an id taken here gives it a new one.
  const mocks = missing(here.mockRounds, incoming.mockRounds, (m) => `${m.kind}\0${Date.parse(m.startedAt)}`);
  const counts = {
    cards: { added: cards.add.length, updated: replay.length, unchanged: incoming.cards.filter((c) => hereCards.has(c.id) && !replaySet.has(c.id)).length },
    reviews: { added: reviews.add.length, updated: 0, unchanged: reviews.unchanged },
    stories: stories.counts,
    storyTellings: { added: tellings.add.length, updated: 0, unchanged: tellings.unchanged },
    storyDraft: draft.counts,
    interviews: interviews.counts,
    checklistChecks: { added: checks.add.length, updated: 0, unchanged: checks.unchanged },
    interviewQuestions: { added: picked.add.length, updated: 0, unchanged: picked.unchanged },
    answerDrafts: answers.counts,
    mockRounds: { added: mocks.add.length, updated: 0, unchanged: mocks.unchanged },
  };
  const kept = [
    ...interviews.kept.map((i) => `interview ${i.id}: yours differs from the file's; yours was kept`),
    ...stories.kept.map((s) => `story ${s.id}: yours is newer than the file's; yours was kept`),
    ...draft.kept.map(() => 'story draft: yours is newer than the file\'s; yours was kept'),
  ];
  const fresh = Object.values(here).every((rows) => rows.length === 0);
  return {
    insert: {
      cards: cards.add, reviews: freeIds(reviews.add, here.reviews), stories: stories.add,
      storyTellings: freeIds(tellings.add, here.storyTellings), storyDraft: draft.add, interviews: interviews.add,
      checklistChecks: checks.add, interviewQuestions: picked.add, answerDrafts: answers.add,
      // The report's own `id` is not trusted: `prep mock show` reads the row's.
      mockRounds: freeIds(mocks.add, here.mockRounds),
    },
    update: { stories: stories.update, storyDraft: draft.update, answerDrafts: answers.update },
    replay, counts, kept, fresh,
  };
}

/** Whether applying the plan would write anything. */
export const changesAnything = (p: MergePlan): boolean =>
  Object.values(p.insert).some((rows) => rows.length > 0) || p.update.stories.length > 0 || p.update.storyDraft.length > 0 || p.update.answerDrafts.length > 0 || p.replay.length > 0;
