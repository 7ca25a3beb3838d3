/** The one place the drill asks the grader about a typed answer. */
import { gradeAnswer, type GradeOptions } from './grader/index.js';
import { gradeReview } from './grader/item.js';
import type { Grade, Rubric } from './grader/types.js';

export type { GradeOptions };

export function gradeTyped(answer: string, rubric: Rubric, opts: GradeOptions = {}, bugs?: readonly { line: number; issue: string }[]): Grade {
  return bugs?.length ? gradeReview(answer, bugs, rubric.prompt) : gradeAnswer(answer, rubric, opts);
}
