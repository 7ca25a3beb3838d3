/** What the grader says about a typed answer: the shapes the drill, `prep score` and lint share. */
import type { KeyPoint, Misconception } from '../schema.js';

export interface PointVerdict {
  point: string;
  weight: number;
  covered: boolean;
  /** The answer says the opposite of the point (a misconception, a negation or an opposite term). */
  contradicted: boolean;
  /** The answer's sentence that covered or contradicted the point, as typed; null when neither. */
  evidence: string | null;
  /** The phrases that matched, in the answer's words. */
  matched: string[];
}

export interface MisconceptionHit {
  claim: string;
  /** The answer's sentence that made the claim. */
  sentence: string;
  /** Index of the key point it contradicts. */
  point: number;
  /** What is true instead: the item's correction, or the contradicted point. */
  correction: string;
}

export interface Grade {
  points: PointVerdict[];
  misconceptions: MisconceptionHit[];
  /** 0..1; null when there is nothing to score. */
  coverage: number | null;
  /** Index of the main point (a contradiction there suggests Again). */
  main: number;
}

/** Everything the grader needs from an item. */
export interface Rubric {
  keyPoints: readonly KeyPoint[];
  misconceptions?: readonly Misconception[];
  /** The question: restating it is not evidence of a point. */
  prompt?: string;
}
