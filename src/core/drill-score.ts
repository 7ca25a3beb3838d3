/** Time and score of the current attempt: the countdown, the phase, coverage and the suggested grade. Pure. */
import type { Attempt, CheckOutcome, DrillItem, DrillState, Mark, Phase } from './drill-state.js';
import type { Grade } from './grader/types.js';
import { capForContradictions as capBy, coverageOf as gradedCoverage, suggestGrade } from './grader/index.js';
import type { Rating } from './types.js';

export { suggestGrade };

export const currentItem = (s: Pick<DrillState, 'items' | 'index'>): DrillItem | undefined => s.items[s.index];

/** Seconds spent on the attempt: to the answer, or to now (frozen while paused). */
export const elapsedSeconds = (s: Pick<DrillState, 'attempt' | 'now'> & { paused?: number | null }) => ((s.attempt.answeredAt ?? s.paused ?? s.now) - s.attempt.shownAt) / 1000;

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

/** The grader's verdict as marks the candidate can change. */
export const marksOf = (grade: Grade | null, points: number): Mark[] =>
  Array.from({ length: points }, (_, i) => {
    const v = grade?.points[i];
    return v?.contradicted ? 'contradicted' : v?.covered ? 'covered' : 'missed';
  });

/** A tick: a missed point becomes covered and back; a contradicted one is overruled (covered). */
export const toggled = (m: Mark): Mark => (m === 'covered' ? 'missed' : 'covered');

/** The share a run of the code scored: tests passed, or a correct query. */
export function checkScore(c: CheckOutcome | null): number | null {
  if (!c) return null;
  if (c.kind === 'tests') return c.tests.length ? c.tests.filter((t) => t.ok).length / c.tests.length : null;
  if (c.kind === 'query') return c.correct ? 1 : 0;
  return null;
}

/**
 * Weighted share of covered key points, as the grader counts it (each contradicted point halves it);
 * null for a spoken answer nobody ticked (unknown, not zero).
 */
export function coverageOf(item: DrillItem | undefined, a: Pick<Attempt, 'marks' | 'mode' | 'check'>): number | null {
  // Code that was run: the share of tests it passes is the honest score, whatever the prose rubric says.
  const checked = checkScore(a.check);
  if (checked !== null) return checked;
  const points = item?.keyPoints ?? [];
  if (!points.length) return null;
  if (a.mode !== 'typed' && !a.marks.includes('covered')) return null;
  return gradedCoverage(points.map((p, i) => ({ weight: p.weight ?? 1, covered: a.marks[i] === 'covered', contradicted: a.marks[i] === 'contradicted' })));
}

/** Contradicted points cap the suggestion at Hard; a contradicted main point makes it Again. */
export const capForContradictions = (r: Rating, marks: readonly Mark[], main: number): Rating => capBy(r, marks.map((m) => m === 'contradicted'), main);

export function suggestionFor(s: DrillState): Rating {
  const item = currentItem(s);
  const a = s.attempt;
  const base = suggestGrade(coverageOf(item, a), elapsedSeconds(s), item?.budget ?? null, a.timedOut);
  return capForContradictions(base, a.marks, a.grade?.main ?? 0);
}
