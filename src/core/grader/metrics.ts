/** Figures for the grader's evaluation: how well coverage separates strong answers from wrong ones. */
import type { Rating } from '../types.js';

export type AnswerKind = 'strong' | 'paraphrase' | 'partial' | 'wrong' | 'offtopic';
export const KINDS: readonly AnswerKind[] = ['strong', 'paraphrase', 'partial', 'wrong', 'offtopic'];

export interface Scored {
  id: string;
  kind: AnswerKind;
  coverage: number;
  suggested: Rating;
}

/** Probability that a random positive scores above a random negative (ties count half). */
export function auc(pos: readonly number[], neg: readonly number[]): number {
  if (!pos.length || !neg.length) return Number.NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const share = (xs: readonly unknown[], pred: (x: never) => boolean) => (xs.length ? xs.filter(pred as (x: unknown) => boolean).length / xs.length : Number.NaN);

export interface GraderFigures {
  answers: number;
  items: number;
  byKind: Record<AnswerKind, { n: number; meanCoverage: number; suggested: Record<Rating, number> }>;
  /** Strong and paraphrased-strong answers against confidently wrong ones. */
  aucStrongVsWrong: number;
  wrongAtLeastHalf: number;
  strongBelowHalf: number;
  offtopicMean: number;
  wrongSuggestedGoodOrEasy: number;
}

export function graderFigures(rows: readonly Scored[]): GraderFigures {
  const of = (k: AnswerKind) => rows.filter((r) => r.kind === k);
  const strong = rows.filter((r) => r.kind === 'strong' || r.kind === 'paraphrase');
  const wrong = of('wrong');
  const byKind = Object.fromEntries(KINDS.map((k) => {
    const rs = of(k);
    const suggested = { again: 0, hard: 0, good: 0, easy: 0 } as Record<Rating, number>;
    for (const r of rs) suggested[r.suggested]++;
    return [k, { n: rs.length, meanCoverage: mean(rs.map((r) => r.coverage)), suggested }];
  })) as GraderFigures['byKind'];
  return {
    answers: rows.length,
    items: new Set(rows.map((r) => r.id)).size,
    byKind,
    aucStrongVsWrong: auc(strong.map((r) => r.coverage), wrong.map((r) => r.coverage)),
    wrongAtLeastHalf: share(wrong, (r: Scored) => r.coverage >= 0.5),
    strongBelowHalf: share(strong, (r: Scored) => r.coverage < 0.5),
    offtopicMean: mean(of('offtopic').map((r) => r.coverage)),
    wrongSuggestedGoodOrEasy: share(wrong, (r: Scored) => r.suggested === 'good' || r.suggested === 'easy'),
  };
}

/** The goals of the grader issue; each figure with its limit and whether it holds. */
export function goals(f: GraderFigures): { name: string; value: number; limit: string; ok: boolean }[] {
  return [
    { name: 'AUC strong vs wrong', value: f.aucStrongVsWrong, limit: '>= 0.85', ok: f.aucStrongVsWrong >= 0.85 },
    { name: 'wrong answers scoring >= 0.5', value: f.wrongAtLeastHalf, limit: '<= 0.15', ok: f.wrongAtLeastHalf <= 0.15 },
    { name: 'strong answers scoring < 0.5', value: f.strongBelowHalf, limit: '<= 0.20', ok: f.strongBelowHalf <= 0.2 },
    { name: 'off-topic mean coverage', value: f.offtopicMean, limit: '<= 0.10', ok: f.offtopicMean <= 0.1 },
    { name: 'wrong answers suggested Good/Easy', value: f.wrongSuggestedGoodOrEasy, limit: '<= 0.10', ok: f.wrongSuggestedGoodOrEasy <= 0.1 },
  ];
}
