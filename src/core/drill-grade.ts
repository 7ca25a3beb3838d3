/** The one place the drill asks the grader about a typed answer. */
import { gradeAnswer, type GradeOptions } from './grader/index.js';
import type { Grade, Rubric } from './grader/types.js';

export type { GradeOptions };

export function gradeTyped(answer: string, rubric: Rubric, opts: GradeOptions = {}): Grade {
  return gradeAnswer(answer, rubric, opts);
}
