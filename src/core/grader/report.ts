/**
 * The score of one answer to one item, as `prep score` prints it and the drill suggests it: the same
 * function for both, so a script, an editor and the drill always agree.
 */
import type { Rating } from '../types.js';
import type { LoadedItem } from '../types.js';
import type { SynonymsFile } from '../schema.js';
import { gradeAnswer, coverageOf } from './index.js';
import { gradeReview, keyPointsOf, rubricFor } from './item.js';
import { suggestFor } from './suggest.js';
import type { Grade } from './types.js';
import type { SqlReport } from '../sql-check.js';

export interface TestResult {
  name: string;
  ok: boolean;
  message: string;
}

export interface ScoreReport {
  version: 1;
  id: string;
  type: LoadedItem['type'];
  coverage: number | null;
  suggested: Rating;
  points: { point: string; covered: boolean; contradicted: boolean; evidence: string | null; phase?: string }[];
  misconceptions: { claim: string; sentence: string; correction: string }[];
  /** Seconds given with --seconds, and the item's time budget they were judged against. */
  seconds: number | null;
  budget: number | null;
  tests?: { passed: number; failed: number; results: TestResult[]; error?: string };
  /** SQL items: the query judged on the visible and the hidden data. */
  sql?: SqlReport;
}

export interface ScoreInput {
  answer: string;
  known?: ReadonlySet<string>;
  synonyms?: SynonymsFile;
  budget: number | null;
  seconds: number | null;
  /** Coding items: the answer run against the tests (visible and hidden), or why it could not be. */
  tests?: TestResult[] | string;
  /** SQL items: the query run and judged (its words are not graded). */
  sql?: SqlReport;
}

/** Grade an answer for any scored type (not `ask`). */
export function gradeFor(item: LoadedItem, input: Pick<ScoreInput, 'answer' | 'known' | 'synonyms'>): Grade {
  if (item.type === 'code_review') return gradeReview(input.answer, item.bugs, item.prompt);
  const rubric = rubricFor(item) ?? { keyPoints: item.key_points ?? [], misconceptions: item.misconceptions ?? [], prompt: item.prompt };
  return gradeAnswer(input.answer, rubric, { ...(input.known ? { known: input.known } : {}), ...(input.synonyms ? { synonyms: input.synonyms } : {}) });
}

export function scoreReport(item: LoadedItem, input: ScoreInput): ScoreReport {
  const grade: Grade = item.type === 'sql' ? { points: [], misconceptions: [], coverage: input.sql ? (input.sql.correct ? 1 : 0) : null, main: 0 } : gradeFor(item, input);
  const tests = Array.isArray(input.tests) ? input.tests : null;
  // Code that was run: the share of tests it passes is the honest score, whatever the prose says.
  const coverage = tests?.length ? tests.filter((t) => t.ok).length / tests.length : grade.coverage ?? (item.type === 'coding' ? null : coverageOf(grade.points));
  const timedOut = input.seconds !== null && input.budget !== null && input.seconds >= input.budget;
  const phases = keyPointsOf(item).map((k) => k.phase);
  return {
    version: 1,
    id: item.id,
    type: item.type,
    coverage,
    suggested: suggestFor({ ...grade, coverage }, input.seconds, input.budget, timedOut),
    points: grade.points.map((p, i) => ({ point: p.point, covered: p.covered, contradicted: p.contradicted, evidence: p.evidence, ...(phases[i] && item.type === 'design' ? { phase: phases[i] } : {}) })),
    misconceptions: grade.misconceptions.map((m) => ({ claim: m.claim, sentence: m.sentence, correction: m.correction })),
    seconds: input.seconds,
    budget: input.budget,
    ...(item.type === 'coding' && input.tests !== undefined ? { tests: testsBlock(input.tests) } : {}),
    ...(item.type === 'sql' && input.sql ? { sql: input.sql } : {}),
  };
}

function testsBlock(t: TestResult[] | string): NonNullable<ScoreReport['tests']> {
  if (typeof t === 'string') return { passed: 0, failed: 0, results: [], error: t };
  const passed = t.filter((r) => r.ok).length;
  return { passed, failed: t.length - passed, results: t };
}
