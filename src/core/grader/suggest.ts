/** The grade we preselect after an answer: coverage first, then time, then what the answer got wrong. */
import type { Rating } from '../types.js';
import type { Grade } from './types.js';

/**
 * Coverage and time alone: running out of time caps it at Hard; a fast, complete answer earns Easy; an
 * unknown coverage (spoken, nothing ticked) defaults to Good.
 */
export function suggestGrade(coverage: number | null, seconds: number, budget: number | null, timedOut: boolean): Rating {
  const fast = budget != null && seconds <= budget * 0.6;
  let r: Rating;
  if (coverage === null) r = 'good';
  else if (coverage >= 0.85) r = fast ? 'easy' : 'good';
  else if (coverage >= 0.6) r = 'good';
  else if (coverage >= 0.3) r = 'hard';
  else r = 'again';
  if (timedOut && (r === 'easy' || r === 'good')) r = 'hard';
  return r;
}

const ORDER: readonly Rating[] = ['again', 'hard', 'good', 'easy'];
const atMost = (r: Rating, cap: Rating): Rating => (ORDER.indexOf(r) > ORDER.indexOf(cap) ? cap : r);

/** Contradicted points cap the suggestion at Hard; a contradicted main point makes it Again. */
export function capForContradictions(r: Rating, contradicted: readonly boolean[], main: number): Rating {
  if (contradicted[main]) return 'again';
  return contradicted.some(Boolean) ? atMost(r, 'hard') : r;
}

/** The suggestion for a graded answer (`seconds` null: time is not considered, as in `prep score` without --seconds). */
export function suggestFor(grade: Pick<Grade, 'coverage' | 'points' | 'main'>, seconds: number | null, budget: number | null, timedOut = false): Rating {
  const base = suggestGrade(grade.coverage, seconds ?? Number.POSITIVE_INFINITY, seconds === null ? null : budget, timedOut);
  return capForContradictions(base, grade.points.map((p) => p.contradicted), grade.main);
}
