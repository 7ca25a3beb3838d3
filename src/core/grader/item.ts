/** What the grader scores for each item type: key points (design: every phase's), or a review's bugs. */
import type { KeyPoint } from '../schema.js';
import type { LoadedItem } from '../types.js';
import { pointWords } from '../rubric.js';
import { readAnswer } from './text.js';
import { coverageOf } from './index.js';
import type { Grade, PointVerdict, Rubric } from './types.js';

export const DESIGN_ORDER = ['requirements', 'architecture', 'data-flow', 'monitoring', 'scaling'] as const;

/** Design items: the item's own key points, then each phase's, in the framework's order. */
export function keyPointsOf(item: LoadedItem): (KeyPoint & { phase?: string })[] {
  if (item.type === 'design') {
    const fromPhases = DESIGN_ORDER.flatMap((p) => (item.phases[p]?.key_points ?? []).map((k) => ({ ...k, phase: p })));
    return [...(item.key_points ?? []), ...fromPhases];
  }
  return item.key_points ?? [];
}

/** The rubric of an item scored on key points; null for types scored otherwise (code, review bugs) or not at all. */
export function rubricFor(item: LoadedItem): Rubric | null {
  if (item.type === 'ask' || item.type === 'coding' || item.type === 'code_review' || item.type === 'sql') return null;
  return { keyPoints: keyPointsOf(item), misconceptions: item.misconceptions ?? [], prompt: item.prompt };
}

/** The line numbers an answer names: "line 7", "lines 3-5", "L12". */
export function linesNamed(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\b(?:lines?|l\.?)\s*(\d{1,4})(?:\s*(?:-|–|to|and|,)\s*(\d{1,4}))?/gi)) {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    for (let n = Math.min(a, b); n <= Math.max(a, b) && n - Math.min(a, b) < 50; n++) out.add(n);
  }
  return out;
}

/**
 * A code review: a bug is found when the answer names its line, or says at least half (and at least two)
 * of the distinctive words of its issue in one sentence.
 */
export function gradeReview(answer: string, bugs: readonly { line: number; issue: string }[], prompt = ''): Grade {
  const sents = readAnswer(answer);
  const points: PointVerdict[] = bugs.map((bug) => {
    const words = pointWords(bug.issue, prompt);
    const need = Math.max(2, Math.ceil(words.length / 2));
    for (const s of sents) {
      if (linesNamed(s.text).has(bug.line)) return verdict(bug, true, s.text, [`line ${bug.line}`]);
      const said = words.filter((w) => s.toks.some((t) => t.stem === w && !t.neg));
      if (words.length >= 2 && said.length >= need) return verdict(bug, true, s.text, said);
    }
    return verdict(bug, false, null, []);
  });
  return { points, misconceptions: [], coverage: coverageOf(points), main: 0 };
}

const verdict = (bug: { line: number; issue: string }, covered: boolean, evidence: string | null, matched: string[]): PointVerdict => ({
  point: `Line ${bug.line}: ${bug.issue}`, weight: 1, covered, contradicted: false, evidence, matched,
});
