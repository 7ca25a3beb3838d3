/**
 * The drill as a state machine: `step(state, event) -> state`. Timers and keys live in the shell and
 * arrive as events stamped with a time. Grades are committed by the shell before it sends `graded`,
 * so the reducer never needs I/O and never loses an answer.
 */
import type { KeyPoint, Misconception, SynonymsFile } from './schema.js';
import type { Rating } from './types.js';
import { edit, editorText, editorWith, emptyEditor, isBlank, type EditAction, type EditorState } from './editor.js';
import { gradeAnswer, type MisconceptionHit } from './grader/index.js';
import { capForContradictions, suggestGrade as baseSuggestion } from './grader/suggest.js';

export interface Phase {
  id: string;
  title: string;
  seconds: number;
  hint?: string;
}

export interface DrillKeyPoint extends KeyPoint {
  /** Design items: the phase the point belongs to. */
  phase?: string;
}

export interface DrillItem {
  id: string;
  /** Seconds for the whole answer; null when untimed (`--time off`). */
  budget: number | null;
  phases: Phase[];
  keyPoints: DrillKeyPoint[];
  /** The question: its own words are not evidence of a key point. */
  prompt?: string;
  /** Wrong claims the grader looks for (a match marks its point contradicted). */
  misconceptions?: readonly Misconception[];
  /** A coding item's starter code: the answer box starts with it; submitted unchanged, it counts as answered aloud. */
  starter?: string;
}

export type Stage = 'question' | 'answer' | 'done';

interface ItemAttempt {
  shownAt: number;
  answeredAt: number | null;
  editor: EditorState;
  mode: 'typed' | 'spoken' | null;
  timedOut: boolean;
  /** Per key point: covered (from the rubric for typed answers, then the candidate's own ticks). */
  covered: boolean[];
  /** What the rubric found, kept to show "matched" next to ticks. */
  rubric: boolean[] | null;
  matched: string[][];
  /** Per key point: the answer contradicted it (a misconception, a denial or an opposite). */
  contradicted: boolean[];
  /** Per key point: the answer's sentence that covered or contradicted it. */
  evidence: (string | null)[];
  /** Misconceptions the typed answer stated. */
  misconceptions: MisconceptionHit[];
  /** Index of the main key point. */
  main: number;
  /** Coding items answered in code: each test run against the candidate's code (hidden ones too). */
  tests: { name: string; ok: boolean; hidden: boolean; error?: string }[] | null;
}

export interface Result {
  id: string;
  rating: Rating;
  seconds: number;
  budget: number | null;
  coverage: number | null;
  timedOut: boolean;
  mode: 'typed' | 'spoken';
  reviewId: number;
  attempt: ItemAttempt;
  /** The item was put back at the end of the session to be seen again. */
  requeued: boolean;
}

export interface DrillState extends ItemAttempt {
  items: DrillItem[];
  index: number;
  stage: Stage;
  now: number;
  results: Result[];
  quit: boolean;
  /** The banks' vocabulary: typed words in it are never read as typos of an evidence phrase. */
  known?: ReadonlySet<string>;
  /** content/synonyms.yaml, for the grader. */
  synonyms?: SynonymsFile;
}

export type DrillEvent =
  | { type: 'tick'; at: number }
  | { type: 'edit'; action: EditAction; at: number }
  | { type: 'submit'; at: number }
  | { type: 'toggle'; index: number }
  /** `again`: the item is due again within the learn-ahead window, so it comes back at the end of this session. */
  | { type: 'graded'; rating: Rating; reviewId: number; at: number; again?: boolean }
  | { type: 'undone'; at: number }
  | { type: 'tested'; tests: NonNullable<ItemAttempt['tests']> }
  | { type: 'quit'; at: number };

const freshAttempt = (at: number, item: DrillItem | undefined): ItemAttempt => ({
  shownAt: at,
  answeredAt: null,
  editor: item?.starter ? editorWith(item.starter) : emptyEditor(),
  mode: null,
  timedOut: false,
  covered: Array<boolean>(item?.keyPoints.length ?? 0).fill(false),
  rubric: null,
  matched: Array.from({ length: item?.keyPoints.length ?? 0 }, () => []),
  contradicted: Array<boolean>(item?.keyPoints.length ?? 0).fill(false),
  evidence: Array<string | null>(item?.keyPoints.length ?? 0).fill(null),
  misconceptions: [],
  main: Math.max(0, item?.keyPoints.findIndex((k) => k.main) ?? 0),
  tests: null,
});

export function startDrill(items: DrillItem[], at: number, known?: ReadonlySet<string>, synonyms?: SynonymsFile): DrillState {
  return { items, index: 0, stage: items.length ? 'question' : 'done', now: at, results: [], quit: false, ...(known ? { known } : {}), ...(synonyms ? { synonyms } : {}), ...freshAttempt(at, items[0]) };
}

export const currentItem = (s: DrillState): DrillItem | undefined => s.items[s.index];

export const elapsedSeconds = (s: DrillState) => ((s.answeredAt ?? s.now) - s.shownAt) / 1000;

export function secondsLeft(s: DrillState): number | null {
  const item = currentItem(s);
  return item?.budget == null ? null : Math.max(0, item.budget - elapsedSeconds(s));
}

/** Which phase the clock is in, and how much of it is left. Phases are scaled to the item's budget. */
export function phaseAt(item: DrillItem, elapsed: number): { phase: Phase; index: number; left: number; length: number } | null {
  if (!item.phases.length) return null;
  const total = item.phases.reduce((a, p) => a + p.seconds, 0);
  const scale = item.budget && total ? item.budget / total : 1;
  let start = 0;
  for (const [i, p] of item.phases.entries()) {
    const length = p.seconds * scale;
    if (elapsed < start + length || i === item.phases.length - 1) return { phase: p, index: i, left: Math.max(0, start + length - elapsed), length };
    start += length;
  }
  return null;
}

function pastDeadline(s: DrillState, at: number): boolean {
  const budget = currentItem(s)?.budget;
  return budget != null && at >= s.shownAt + budget * 1000;
}

function reveal(s: DrillState, at: number, timedOut: boolean): DrillState {
  const item = currentItem(s)!;
  const text = editorText(s.editor);
  if (isBlank(s.editor) || (item.starter !== undefined && editorText(s.editor) === editorText(editorWith(item.starter)))) return { ...s, now: at, stage: 'answer', answeredAt: at, mode: 'spoken', timedOut };
  const g = gradeAnswer(text, { keyPoints: item.keyPoints, misconceptions: item.misconceptions ?? [], ...(item.prompt ? { prompt: item.prompt } : {}) }, { ...(s.known ? { known: s.known } : {}), ...(s.synonyms ? { synonyms: s.synonyms } : {}) });
  const found = g.points.map((p) => p.covered);
  return {
    ...s, now: at, stage: 'answer', answeredAt: at, mode: 'typed', timedOut, rubric: found, covered: found,
    matched: g.points.map((p) => p.matched), contradicted: g.points.map((p) => p.contradicted), evidence: g.points.map((p) => p.evidence), misconceptions: g.misconceptions, main: g.main,
  };
}

export function step(s: DrillState, e: DrillEvent): DrillState {
  if (s.stage === 'done') return s;
  switch (e.type) {
    case 'tick': {
      const next = { ...s, now: e.at };
      if (s.stage === 'question') {
        const left = secondsLeft(next);
        if (left !== null && left <= 0) return reveal(next, s.shownAt + currentItem(s)!.budget! * 1000, true);
      }
      return next;
    }
    case 'edit':
      if (s.stage !== 'question') return s;
      // A key that lands after the deadline (before the next tick noticed) is too late: time is up.
      if (pastDeadline(s, e.at)) return step(s, { type: 'tick', at: e.at });
      return { ...s, now: e.at, editor: edit(s.editor, e.action) };
    case 'submit':
      if (s.stage !== 'question') return s;
      return pastDeadline(s, e.at) ? step(s, { type: 'tick', at: e.at }) : reveal(s, e.at, false);
    case 'toggle': {
      if (s.stage !== 'answer' || e.index < 0 || e.index >= s.covered.length) return s;
      // Disputing a contradicted point takes the contradiction back and credits the point.
      if (s.contradicted[e.index]) {
        const contradicted = [...s.contradicted];
        contradicted[e.index] = false;
        const covered = [...s.covered];
        covered[e.index] = true;
        return { ...s, covered, contradicted };
      }
      const covered = [...s.covered];
      covered[e.index] = !covered[e.index];
      return { ...s, covered };
    }
    case 'graded': {
      if (s.stage !== 'answer') return s;
      const item = currentItem(s)!;
      const { shownAt, answeredAt, editor, mode, timedOut, covered, rubric, matched, contradicted, evidence, misconceptions, main, tests } = s;
      const result: Result = {
        id: item.id,
        rating: e.rating,
        seconds: elapsedSeconds(s),
        budget: item.budget,
        coverage: coverageOf(s),
        timedOut,
        mode: mode ?? 'spoken',
        reviewId: e.reviewId,
        attempt: { shownAt, answeredAt, editor, mode, timedOut, covered, rubric, matched, contradicted, evidence, misconceptions, main, tests },
        requeued: !!e.again,
      };
      const items = e.again ? [...s.items, item] : s.items;
      const index = s.index + 1;
      const done = index >= items.length;
      return { ...s, ...freshAttempt(e.at, items[index]), items, now: e.at, index, results: [...s.results, result], stage: done ? 'done' : 'question' };
    }
    case 'undone': {
      const last = s.results[s.results.length - 1];
      if (!last) return s;
      const items = last.requeued ? s.items.slice(0, -1) : s.items;
      return { ...s, ...last.attempt, items, now: e.at, index: s.index - 1, results: s.results.slice(0, -1), stage: 'answer' };
    }
    case 'tested':
      return s.stage === 'answer' ? { ...s, tests: e.tests } : s;
    case 'quit':
      return { ...s, now: e.at, quit: true, stage: 'done' };
  }
}

/** Weighted share of covered key points; null for a spoken answer nobody ticked (unknown, not zero). */
export function coverageOf(s: Pick<DrillState, 'covered' | 'mode' | 'rubric' | 'tests'> & Partial<Pick<DrillState, 'contradicted'>> & { items: DrillItem[]; index: number }): number | null {
  // Code that was run: the share of tests it passes is the honest score, whatever the prose rubric says.
  if (s.tests?.length) return s.tests.filter((t) => t.ok).length / s.tests.length;
  const points = s.items[s.index]?.keyPoints ?? [];
  if (!points.length) return null;
  if (s.mode !== 'typed' && !s.covered.some(Boolean)) return null;
  const total = points.reduce((a, p) => a + (p.weight ?? 1), 0);
  // As the grader: every contradicted point halves the coverage of a typed answer.
  const wrong = s.mode === 'typed' ? (s.contradicted ?? []).filter(Boolean).length : 0;
  return (points.reduce((a, p, i) => a + (s.covered[i] ? p.weight ?? 1 : 0), 0) / total) * 0.5 ** wrong;
}

/** The grade we preselect from coverage and time (see grader/suggest.ts). */
export const suggestGrade = baseSuggestion;

/** Contradicted points cap the suggestion at Hard (Again for the main point), whatever the coverage. */
export const suggestionFor = (s: DrillState): Rating =>
  capForContradictions(suggestGrade(coverageOf(s), elapsedSeconds(s), currentItem(s)?.budget ?? null, s.timedOut), s.mode === 'typed' ? s.contradicted : [], s.main);
