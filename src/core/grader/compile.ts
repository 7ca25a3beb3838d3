/** A rubric turned into phrases once (cached per rubric), so scoring one answer stays fast. */
import type { KeyPoint, Misconception } from '../schema.js';
import { tokens } from '../rubric.js';
import { compilePhrase, type Phrase } from './match.js';
import type { Lexicon } from './lexicon.js';
import type { Rubric } from './types.js';

export interface CompiledPoint {
  kp: KeyPoint;
  /** `together`: one phrase of every group in one sentence. */
  groups: Phrase[][] | null;
  /** Plain evidence: strong phrases credit alone; weak ones (one word the prompt or another point also uses) need a second in the sentence. */
  strong: Phrase[];
  weak: Phrase[];
  /** Numeric points: what the number must be said with. */
  subject: Phrase[];
}

export interface CompiledMisconception {
  m: Misconception;
  point: number;
  groups: Phrase[][] | null;
  evidence: Phrase[];
  /** The contradicted point's subject (its first `together` group): the claim counts only in a clause that names it. */
  subject: Phrase[] | null;
  correction: string;
}

export interface CompiledRubric {
  points: CompiledPoint[];
  misconceptions: CompiledMisconception[];
  main: number;
}

function compilePoint(kp: KeyPoint, others: readonly KeyPoint[], given: ReadonlySet<string>, lex: Lexicon): CompiledPoint {
  const shared = new Set(others.flatMap((o) => o.evidence.flatMap((e) => tokens(e))));
  const phrases = kp.evidence.map((e) => compilePhrase(e, lex));
  const isWeak = (p: Phrase) => p.size === 1 && p.variants.every((v) => v.length !== 1 || given.has(v[0]!) || shared.has(v[0]!));
  const groups = kp.together ? kp.together.map((g) => g.map((e) => compilePhrase(e, lex))) : null;
  return { kp, groups, strong: phrases.filter((p) => !isWeak(p)), weak: phrases.filter(isWeak), subject: groups ? groups[0]! : phrases };
}

/** A misconception's `contradicts` (an index or a point's text) as an index; -1 when it names no point. */
export function pointIndex(m: Misconception, points: readonly KeyPoint[]): number {
  if (typeof m.contradicts === 'number') return m.contradicts < points.length ? m.contradicts : -1;
  const want = m.contradicts.trim().toLowerCase();
  return points.findIndex((p) => p.point.trim().toLowerCase() === want);
}

const cache = new WeakMap<object, { lex: Lexicon; mis: Rubric['misconceptions']; prompt: string | undefined; compiled: CompiledRubric }>();

export function compileRubric(rubric: Rubric, lex: Lexicon): CompiledRubric {
  const hit = cache.get(rubric.keyPoints);
  if (hit && hit.lex === lex && hit.mis === rubric.misconceptions && hit.prompt === rubric.prompt) return hit.compiled;
  const given = new Set(tokens(rubric.prompt ?? ''));
  const kps = rubric.keyPoints;
  const points = kps.map((kp, i) => compilePoint(kp, kps.filter((_, j) => j !== i), given, lex));
  const misconceptions = (rubric.misconceptions ?? []).flatMap((m): CompiledMisconception[] => {
    const point = pointIndex(m, kps);
    if (point < 0) return [];
    return [{
      m,
      point,
      groups: m.together ? m.together.map((g) => g.map((e) => compilePhrase(e, lex))) : null,
      evidence: m.evidence.map((e) => compilePhrase(e, lex)),
      subject: points[point]!.groups?.[0] ?? null,
      correction: m.correction ?? kps[point]!.point,
    }];
  });
  const main = Math.max(0, kps.findIndex((k) => k.main));
  const compiled = { points, misconceptions, main };
  cache.set(rubric.keyPoints, { lex, mis: rubric.misconceptions, prompt: rubric.prompt, compiled });
  return compiled;
}
