/** The drill after the reveal: keys that grade, tick and page; a grade committed; a grade undone; code run. Pure. */
import type { Attempt, CheckOutcome, DrillEvent, DrillState, Effect, Result } from './drill-state.js';
import { gradingKey, toScale, type KeyPress } from './drill-keys.js';
import { editorText } from './editor.js';
import { coverageOf, currentItem, elapsedSeconds, suggestionFor, toggled } from './drill-score.js';
import { enterItem, quitting, scrolled, typedText } from './drill-attempt.js';
import { heldChecked, nextReview } from './drill-round.js';

/** Ask the shell to commit a grade; the reducer moves on when it hears `graded`. */
function commit(s: DrillState, rating: Result['rating']): DrillState {
  const item = currentItem(s)!;
  const a = s.attempt;
  const review = {
    id: item.id, rating, suggested: toScale(suggestionFor(s), s.grading), seconds: Math.round(elapsedSeconds(s) * 10) / 10, budget: item.budget,
    timedOut: a.timedOut, answer: a.mode === 'typed' ? editorText(a.editor) : null, coverage: coverageOf(item, a),
  };
  return { ...s, effects: [{ kind: 'grade', review }] };
}

/** A key on the reveal screen. */
export function grading(s: DrillState, key: KeyPress, at: number): DrillState {
  const last = s.results[s.results.length - 1];
  const a = gradingKey(key, {
    at, graceUntil: s.ui.graceUntil, armed: s.ui.armed, testing: s.attempt.checking, lastGraded: last?.id ?? null,
    points: s.attempt.marks.length, grading: s.grading,
  });
  const ui = { ...s.ui, armed: null, ...(a.kind !== 'hold' ? { notice: '' } : {}) };
  const next = { ...s, now: at, ui };
  switch (a.kind) {
    case 'interrupt':
      return quitting(s, at, true);
    case 'stop':
      return quitting(s, at, false);
    case 'hold':
      // Each held key extends the hold, so a burst of typing is absorbed until it stops.
      return { ...next, ui: { ...ui, graceUntil: at + 900, ...(a.notice ? { notice: a.notice } : {}) } };
    case 'cancel':
      return next;
    case 'arm':
      return { ...next, ui: { ...ui, armed: a.key, notice: a.notice } };
    case 'undo':
      return last ? { ...next, effects: [{ kind: 'undo', reviewId: last.reviewId }] } : next;
    case 'suggested':
      return commit(next, toScale(suggestionFor(s), s.grading));
    case 'grade':
      return commit(next, a.rating);
    case 'toggle': {
      const marks = [...s.attempt.marks];
      marks[a.index] = toggled(marks[a.index]!);
      return { ...next, attempt: { ...s.attempt, marks } };
    }
    case 'scroll':
      return scrolled(next, a.scroll.dir, a.scroll.unit);
  }
}

/** The shell committed the grade: record the result and show the next item (or the copy put back). */
export function graded(s: DrillState, e: Extract<DrillEvent, { type: 'graded' }>): DrillState {
  if (s.stage !== 'answer') return s;
  const item = currentItem(s)!;
  const a = s.attempt;
  const result: Result = {
    id: item.id, rating: e.rating, suggested: toScale(suggestionFor(s), s.grading), seconds: elapsedSeconds(s), budget: item.budget,
    coverage: coverageOf(item, a), timedOut: a.timedOut, mode: a.mode ?? 'spoken', reviewId: e.reviewId, attempt: a, requeued: !!e.again,
  };
  const { [item.id]: hadDraft, ...drafts } = s.drafts;
  const effects: Effect[] = hadDraft ? [{ kind: 'clear-draft', id: item.id }] : [];
  const moved: DrillState = {
    ...s, items: e.again ? [...s.items, item] : s.items, results: [...s.results, result], drafts, undid: null,
    last: { id: item.id, rating: result.rating, nextDue: e.nextDue, again: !!e.again, leech: !!e.leech },
  };
  // A mock round walks its held answers; a drill shows the next item.
  return { ...(s.round?.reviewing ? nextReview(moved, s.index, e.at) : enterItem(moved, s.index + 1, e.at)), effects };
}

/**
 * The shell took the last grade back: that item returns to its reveal to be graded again. What was on
 * screen is parked, typed words and all, and comes back when its item is shown again.
 */
export function undone(s: DrillState, at: number): DrillState {
  const last = s.results[s.results.length - 1];
  if (!last) return s;
  if (s.round?.reviewing) return undoneInRound(s, last, at);
  const item = currentItem(s);
  const text = item && s.stage !== 'done' ? typedText(item, s.attempt.editor) : null;
  const parked = item && (text !== null || s.stage === 'answer') ? { ...s.parked, [item.id]: { attempt: s.attempt, stage: s.stage as 'question' | 'answer', at } } : s.parked;
  const effects: Effect[] = item && text !== null ? [{ kind: 'save-draft', id: item.id, text }] : [];
  const drafts = item && text !== null ? { ...s.drafts, [item.id]: { text, savedAt: null } } : s.drafts;
  const items = last.requeued ? s.items.slice(0, -1) : s.items;
  return {
    ...s, items, parked, drafts, effects, index: s.index - 1, stage: 'answer', now: at, attempt: last.attempt, results: s.results.slice(0, -1),
    undid: last.id, last: null, ui: { ...s.ui, scroll: 0, maxScroll: 0, armed: null, notice: '', graceUntil: 0 },
  };
}

/** In a round's reveals every answer is already held: the graded one simply comes back to be graded again. */
function undoneInRound(s: DrillState, last: Result, at: number): DrillState {
  const index = s.items.findIndex((i) => i.id === last.id);
  return {
    ...s, index, stage: 'answer', now: at, attempt: last.attempt, results: s.results.slice(0, -1), undid: last.id, last: null,
    ui: { ...s.ui, scroll: 0, maxScroll: 0, armed: null, notice: '', graceUntil: 0 },
  };
}

/** What running the code showed, for the attempt that asked (wherever an undo has put it meanwhile). */
export function checked(s: DrillState, e: { attempt: number; outcome: CheckOutcome }): DrillState {
  const outcome = e.outcome;
  const done = (a: Attempt): Attempt =>
    a.id !== e.attempt ? a : outcome.kind === 'trial' ? { ...a, trial: outcome, trying: false } : { ...a, check: outcome, checking: false };
  const parked = Object.fromEntries(Object.entries(s.parked).map(([id, p]) => [id, { ...p, attempt: done(p.attempt) }]));
  return { ...s, attempt: done(s.attempt), parked, round: heldChecked(s.round, done), results: s.results.map((r) => ({ ...r, attempt: done(r.attempt) })) };
}
