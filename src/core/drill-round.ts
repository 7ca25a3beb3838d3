/**
 * Mock rounds on the drill's reducer: an answer is held unseen and the next question follows at once;
 * when the questions are done (or the round's clock runs out) the held answers are revealed one by one
 * to be graded, as the drill reveals a single item. Pausing (Ctrl-P) stops every clock. Pure.
 */
import type { Attempt, DrillState, Effect, Round } from './drill-state.js';
import { enterItem } from './drill-attempt.js';

export function newRound(seconds: number, at: number, items: number, label = 'Round'): Round {
  return { label, seconds, startedAt: at, held: Array(items).fill(null), reviewing: false, ended: null };
}

/** Seconds left on the round's clock (frozen while paused); null outside a round. */
export function roundLeft(s: Pick<DrillState, 'round' | 'now' | 'paused'>): number | null {
  if (!s.round) return null;
  return Math.max(0, s.round.seconds - ((s.paused ?? s.now) - s.round.startedAt) / 1000);
}

export const roundOver = (s: DrillState, at: number) => !!s.round && !s.round.reviewing && at >= s.round.startedAt + s.round.seconds * 1000;

/** The questions are over: show the first held answer's reveal (breaks and questions never reached have none). */
function beginReview(s: DrillState, at: number, ended: Round['ended']): DrillState {
  return nextReview({ ...s, round: { ...s.round!, reviewing: true, ended } }, -1, at);
}

/** The reveal of the first held answer after index `from`; none left: the round is done. */
export function nextReview(s: DrillState, from: number, at: number): DrillState {
  const held = s.round!.held;
  const i = held.findIndex((a, k) => k > from && a !== null);
  const ui = { ...s.ui, scroll: 0, maxScroll: 0, armed: null, notice: '' };
  if (i < 0) return { ...s, now: at, stage: 'done', ui };
  return { ...s, now: at, index: i, stage: 'answer', attempt: held[i]!, ui };
}

/** Keep the answer unseen, and go on: the next question, or the reveals when the round is over. */
export function holdAnswer(s: DrillState, attempt: Attempt | null, at: number, effects: Effect[]): DrillState {
  const round = s.round!;
  const held = round.held.map((a, k) => (k === s.index ? attempt : a));
  const kept: DrillState = { ...s, now: at, round: { ...round, held } };
  const out: Effect[] = [...effects, { kind: 'held', index: s.index }];
  if (roundOver(kept, at)) return { ...beginReview(kept, at, 'time'), effects: out };
  if (s.index + 1 >= s.items.length) return { ...beginReview(kept, at, 'answered'), effects: out };
  return { ...enterItem(kept, s.index + 1, at), effects: out };
}

/** Ctrl-P: stop every clock, or start them again where they stopped. */
export function togglePause(s: DrillState, at: number): DrillState {
  if (s.paused === null) return { ...s, now: at, paused: at, ui: { ...s.ui, notice: '' } };
  const shift = at - s.paused;
  return {
    ...s, now: at, paused: null, ui: { ...s.ui, notice: '' },
    attempt: { ...s.attempt, shownAt: s.attempt.shownAt + shift },
    round: s.round ? { ...s.round, startedAt: s.round.startedAt + shift } : null,
  };
}

/** A check's result for an answer held unseen. */
export function heldChecked(round: Round | null, done: (a: Attempt) => Attempt): Round | null {
  return round && { ...round, held: round.held.map((a) => a && done(a)) };
}
