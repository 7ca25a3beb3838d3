/**
 * The drill as a state machine: `step(state, event) -> state`. Keys, ticks of the clock, the terminal's
 * size, what the view measured and what the shell did (a grade committed, a grade undone, code run)
 * arrive as events stamped with a monotonic time; what the drill needs done (commit a grade, run code,
 * keep a draft) leaves as `effects`, which the shell performs and answers with events. No I/O here, so a
 * new item type adds a case to `check`, and a round of several items is a list of items, not a new loop.
 */
import type { Attempt, DrillEvent, DrillItem, DrillState, Effect, SavedDraft } from './drill-state.js';
import { answerKey, type KeyPress } from './drill-keys.js';
import { edit, editorText, editorWith } from './editor.js';
import { gradeTyped, type GradeOptions } from './drill-grade.js';
import { currentItem, marksOf, secondsLeft } from './drill-score.js';
import { blankAttempt, enterItem, quitting, scrolled, typedText } from './drill-attempt.js';
import { checked, grading, graded, undone } from './drill-reveal.js';
import { holdAnswer, newRound, roundOver, togglePause } from './drill-round.js';

export type * from './drill-state.js';
export * from './drill-score.js';

export interface DrillSetup {
  items: DrillItem[];
  at: number;
  screen: { columns: number; rows: number };
  grading?: 'four' | 'two';
  /** The banks' vocabulary and the synonyms, for the grader. */
  grader?: GradeOptions;
  /** Drafts saved in earlier sessions, by item id: offered when the item is shown. */
  drafts?: Record<string, SavedDraft>;
  /** A mock round of this many seconds: answers are held unseen until it ends. */
  round?: { seconds: number; label?: string };
}

export function startDrill(d: DrillSetup): DrillState {
  const s: DrillState = {
    items: d.items, index: 0, stage: 'question', now: d.at, attempt: blankAttempt(0, d.at, d.items[0]), results: [], quit: false, interrupted: false,
    screen: d.screen, ui: { scroll: 0, page: 0, maxScroll: 0, graceUntil: 0, armed: null, notice: '' }, grading: d.grading ?? 'four',
    parked: {}, drafts: d.drafts ?? {}, last: null, undid: null, nextAttempt: 1, grader: d.grader ?? {}, effects: [],
    paused: null, round: d.round ? newRound(d.round.seconds, d.at, d.items.length, d.round.label) : null,
  };
  return enterItem(s, 0, d.at);
}

const pastDeadline = (s: DrillState, at: number) => {
  const budget = currentItem(s)?.budget;
  return (budget != null && at >= s.attempt.shownAt + budget * 1000) || roundOver(s, at);
};

/** Show the answer side: grade a typed answer, and ask for typed code to be run. */
export function reveal(s: DrillState, at: number, timedOut: boolean, seenAt = at): DrillState {
  const item = currentItem(s)!;
  // A break between rounds ends when skipped or over: nothing to keep.
  if (item.kind === 'break' && s.round) return holdAnswer(s, null, at, []);
  const answered = { ...s.attempt, answeredAt: at, timedOut };
  const ui = { ...s.ui, scroll: 0, maxScroll: 0, notice: '', armed: null, graceUntil: timedOut ? seenAt + 1200 : s.ui.graceUntil };
  const text = typedText(item, s.attempt.editor);
  if (text === null) {
    const spoken: Attempt = { ...answered, mode: 'spoken' };
    return s.round && !s.round.reviewing ? holdAnswer({ ...s, ui }, spoken, at, []) : { ...s, now: at, stage: 'answer', ui, attempt: spoken };
  }
  const grade = item.keyPoints.length ? gradeTyped(withoutStarter(text, item.starter), { keyPoints: item.keyPoints, ...(item.misconceptions ? { misconceptions: item.misconceptions } : {}), ...(item.prompt ? { prompt: item.prompt } : {}) }, s.grader, item.bugs) : null;
  const attempt: Attempt = { ...answered, mode: 'typed', grade, marks: marksOf(grade, item.keyPoints.length), checking: !!item.check };
  const effects: Effect[] = item.check ? [{ kind: 'check', attempt: attempt.id, item: item.id, code: text }] : [];
  // A mock round keeps the answer unseen until the round ends.
  if (s.round && !s.round.reviewing) return holdAnswer({ ...s, ui }, attempt, at, effects);
  return { ...s, now: at, stage: 'answer', ui, attempt, effects };
}

/** What the candidate wrote: the answer less the starter's lines they left as given (its docstring is not theirs). */
function withoutStarter(text: string, starter: string | undefined): string {
  if (starter === undefined) return text;
  const given = new Set(editorText(editorWith(starter)).split('\n').map((l) => l.trim()).filter(Boolean));
  return text.split('\n').filter((l) => !given.has(l.trim())).join('\n');
}

/** SQL: run what is typed on the visible data (one run at a time); the rows come back as `checked`. */
function trying(s: DrillState, item: DrillItem, at: number): DrillState {
  const text = typedText(item, s.attempt.editor);
  if (text === null) return { ...s, ui: { ...s.ui, notice: 'Type a query first; Ctrl-T then runs it on the visible rows.' } };
  if (s.attempt.trying) return { ...s, ui: { ...s.ui, notice: 'Your query is still running (it is stopped after 2 s).' } };
  const attempt = { ...s.attempt, trying: true };
  return { ...s, now: at, attempt, effects: [{ kind: 'check', attempt: attempt.id, item: item.id, code: text, trial: true }] };
}

function tick(s: DrillState, at: number): DrillState {
  const next = { ...s, now: at };
  if (s.stage !== 'question' || s.paused !== null) return next;
  // The round's clock ran out: the question being answered ends there.
  if (roundOver(s, at)) return reveal(next, Math.min(at, s.round!.startedAt + s.round!.seconds * 1000), true, at);
  const left = secondsLeft(next);
  return left !== null && left <= 0 ? reveal(next, s.attempt.shownAt + currentItem(s)!.budget! * 1000, true, at) : next;
}

/** A key while the question is asked: the answer box, submit, undo, paging the question, the draft. */
function answering(s: DrillState, key: KeyPress, at: number): DrillState {
  const item = currentItem(s)!;
  const query = item.check === 'query';
  const intent = answerKey(key, { editor: s.attempt.editor, code: item.starter !== undefined || query, query });
  if (!intent) return s;
  if (intent.kind === 'pause') return togglePause(s, at);
  if (s.paused !== null && intent.kind !== 'interrupt') return { ...s, ui: { ...s.ui, notice: 'Paused: every clock is stopped. Ctrl-P goes on.' } };
  // A key that lands after the deadline (before the next tick noticed) is too late: time is up.
  if (intent.kind !== 'interrupt' && intent.kind !== 'undo' && pastDeadline(s, at)) return tick(s, at);
  const now = { ...s, now: at, ui: { ...s.ui, notice: '' } };
  switch (intent.kind) {
    case 'interrupt':
      return quitting(s, at, true);
    case 'undo':
      if (s.results.length) return { ...now, effects: [{ kind: 'undo', reviewId: s.results[s.results.length - 1]!.reviewId }] };
      return { ...now, ui: { ...now.ui, notice: 'Nothing to undo yet in this session (`prep undo` undoes the newest grade of any session).' } };
    case 'submit':
      return reveal(now, at, false);
    case 'scroll':
      return scrolled(now, intent.scroll.dir, intent.scroll.unit);
    case 'try':
      return trying(now, item, at);
    case 'swap-draft': {
      const r = s.attempt.restored;
      return r ? { ...now, attempt: { ...s.attempt, editor: r.other, restored: { ...r, other: s.attempt.editor, draftInBox: !r.draftInBox } } } : now;
    }
    case 'edit':
      return { ...now, attempt: { ...s.attempt, editor: edit(s.attempt.editor, intent.action) } };
  }
}

export function step(state: DrillState, e: DrillEvent): DrillState {
  const s = state.effects.length ? { ...state, effects: [] } : state;
  if (e.type === 'resize') return { ...s, screen: { columns: e.columns, rows: e.rows } };
  if (s.stage === 'done') return s;
  switch (e.type) {
    case 'tick':
      return tick(s, e.at);
    case 'measured':
      return { ...s, ui: { ...s.ui, page: e.page, maxScroll: e.maxScroll, scroll: Math.min(s.ui.scroll, e.maxScroll) } };
    case 'key':
      return s.stage === 'question' ? answering(s, e.key, e.at) : grading(s, e.key, e.at);
    case 'graded':
      return graded(s, e);
    case 'undone':
      return undone(s, e.at);
    case 'checked':
      return checked(s, e);
  }
}

