/**
 * A mock round's report, from the reducer's state: per question what was answered, its coverage and
 * misconceptions, time against budget, the follow-up, the grader's suggestion and the candidate's own
 * grade. Built the same way for a finished round and for one stopped by Ctrl-C (the answer in the box
 * counts, unseen by the grader's suggestion only if it was never submitted). Pure.
 */
import type { Attempt, DrillItem, DrillState } from './drill-state.js';
import { coverageOf, elapsedSeconds, suggestionFor } from './drill-score.js';
import { typedText } from './drill-attempt.js';
import { editorText } from './editor.js';
import type { MockKind, PlannedRound, RoundKind } from './mock-plan.js';
import type { Rating, Role } from './types.js';

export interface AnswerReport {
  id: string;
  prompt: string;
  /** Shown to the candidate: false when the round's clock ran out before it. */
  reached: boolean;
  answer: string | null;
  mode: 'typed' | 'spoken' | null;
  coverage: number | null;
  suggested: Rating | null;
  grade: Rating | null;
  seconds: number | null;
  budget: number | null;
  timedOut: boolean;
  misconceptions: { claim: string; sentence: string; correction: string }[];
  points: { point: string; covered: boolean; contradicted: boolean }[];
  /** Code run against the tests, or a query judged on both data sets: the share passed. */
  checked: number | null;
}

export interface QuestionReport extends AnswerReport {
  round: RoundKind;
  followUps: AnswerReport[];
}

/** What a round was: its kind, when, how long, from which seed, for which interview and roles. */
export interface RoundInfo {
  kind: MockKind;
  startedAt: string;
  minutes: number;
  seed: number;
  interview: string | null;
  roles: Role[];
}

export interface MockReport extends RoundInfo {
  version: 1;
  id: number | null;
  status: 'finished' | 'interrupted';
  /** How the questions ended: all answered, the clock ran out, or stopped (null). */
  ended: 'answered' | 'time' | null;
  questions: QuestionReport[];
  summary: { questions: number; answered: number; followUps: number; followUpsAnswered: number; coverage: number | null; timedOut: number; seconds: number; graded: number };
}

export interface ReportMeta extends RoundInfo {
  rounds: readonly PlannedRound[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The attempt an item was left with: graded, held, or (stopped mid-answer) the one on screen. */
function attemptOf(s: DrillState, index: number): Attempt | null {
  const id = s.items[index]!.id;
  const result = [...s.results].reverse().find((r) => r.id === id);
  if (result) return result.attempt;
  const held = s.round?.held[index];
  if (held) return held;
  if (index === s.index && s.stage !== 'done' && !s.round?.reviewing) return s.attempt;
  if (index === s.index && s.stage === 'done' && s.quit && !s.round?.reviewing) return s.attempt;
  return null;
}

function answerReport(s: DrillState, index: number): AnswerReport {
  const item: DrillItem = s.items[index]!;
  const a = attemptOf(s, index);
  const grade = [...s.results].reverse().find((r) => r.id === item.id)?.rating ?? null;
  const text = a ? (a.mode === 'typed' ? editorText(a.editor) : a.answeredAt === null ? typedText(item, a.editor) : null) : null;
  const at = { ...s, index, attempt: a ?? s.attempt, paused: null };
  const answered = !!a && a.answeredAt !== null;
  return {
    id: item.id, prompt: item.prompt ?? '', reached: !!a, answer: text, mode: a?.mode ?? (text !== null ? 'typed' : null),
    coverage: a && answered ? coverageOf(item, a) : null, suggested: a && answered ? suggestionFor(at) : null, grade,
    seconds: a ? Math.round(elapsedSeconds({ attempt: a, now: a.answeredAt ?? s.now }) * 10) / 10 : null, budget: item.budget, timedOut: !!a?.timedOut,
    misconceptions: (a?.grade?.misconceptions ?? []).map((m) => ({ claim: m.claim, sentence: m.sentence, correction: m.correction })),
    points: (a?.grade?.points ?? []).map((p, i) => ({ point: p.point, covered: a!.marks[i] === 'covered', contradicted: a!.marks[i] === 'contradicted' })),
    checked: a?.check ? coverageOf(item, { ...a, marks: [] }) : null,
  };
}

export function mockReport(s: DrillState, meta: ReportMeta, id: number | null = null): MockReport {
  const roundOf = new Map(meta.rounds.flatMap((r) => r.questions.map((q) => [q.id, r.kind] as const)));
  const questions: QuestionReport[] = [];
  s.items.forEach((item, i) => {
    if (item.kind === 'break') return;
    if (item.followUpOf) {
      questions.find((q) => q.id === item.followUpOf)?.followUps.push(answerReport(s, i));
      return;
    }
    questions.push({ ...answerReport(s, i), round: roundOf.get(item.id) ?? 'concept', followUps: [] });
  });
  const said = (a: AnswerReport) => a.reached && (a.answer !== null || (a.mode === 'spoken' && !a.timedOut));
  const answered = questions.filter(said);
  const covs = questions.map((q) => q.coverage).filter((c): c is number => c !== null);
  const fus = questions.flatMap((q) => q.followUps);
  return {
    version: 1, id, kind: meta.kind, startedAt: meta.startedAt, minutes: meta.minutes, seed: meta.seed, interview: meta.interview, roles: meta.roles,
    status: s.interrupted || (s.quit && !s.round?.reviewing) ? 'interrupted' : 'finished', ended: s.round?.ended ?? null, questions,
    summary: {
      questions: questions.length, answered: answered.length, followUps: fus.length, followUpsAnswered: fus.filter(said).length,
      coverage: covs.length ? round2(covs.reduce((a, b) => a + b, 0) / covs.length) : null, timedOut: [...questions, ...fus].filter((q) => q.timedOut).length,
      seconds: Math.round([...questions, ...fus].reduce((a, q) => a + (q.seconds ?? 0), 0)), graded: [...questions, ...fus].filter((q) => q.grade !== null).length,
    },
  };
}
