/**
 * The grader: reads a typed answer as claims, not words. Each key point is covered, contradicted or
 * neither, with the sentence that decided it; misconceptions the answer states are listed with the
 * correction. Pure and deterministic. Coverage = covered weight / total weight, halved for every
 * contradicted point (a confident wrong claim costs more than a missing one).
 */
import type { SynonymsFile } from '../schema.js';
import { compileRubric } from './compile.js';
import { fires, judgePoint } from './judge.js';
import { buildLexicon, EMPTY_LEXICON, type Lexicon } from './lexicon.js';
import { readAnswer } from './text.js';
import type { Grade, MisconceptionHit, PointVerdict, Rubric } from './types.js';

export type { Grade, MisconceptionHit, PointVerdict, Rubric } from './types.js';
export { suggestFor, suggestGrade, capForContradictions } from './suggest.js';

export interface GradeOptions {
  /** The banks' vocabulary: a typed word in it is taken as meant, never as a typo. */
  known?: ReadonlySet<string>;
  /** content/synonyms.yaml, parsed. */
  synonyms?: SynonymsFile;
}

const lexicons = new WeakMap<SynonymsFile, Lexicon>();
export function lexiconFor(file: SynonymsFile | undefined): Lexicon {
  if (!file) return EMPTY_LEXICON;
  const hit = lexicons.get(file);
  if (hit) return hit;
  const lex = buildLexicon(file);
  lexicons.set(file, lex);
  return lex;
}

const MAX_EVIDENCE = 240;
const clip = (s: string) => (s.length > MAX_EVIDENCE ? `${s.slice(0, MAX_EVIDENCE - 1)}…` : s);

export function gradeAnswer(answer: string, rubric: Rubric, opts: GradeOptions = {}): Grade {
  const c = compileRubric(rubric, lexiconFor(opts.synonyms));
  const sents = readAnswer(answer);
  const points: PointVerdict[] = c.points.map((p) => {
    const j = judgePoint(p, sents, opts.known);
    return { point: p.kp.point, weight: p.kp.weight ?? 1, covered: j.covered, contradicted: j.contradicted, evidence: j.sentence === null ? null : clip(sents[j.sentence]!.text), matched: j.matched };
  });
  const misconceptions: MisconceptionHit[] = [];
  for (const m of c.misconceptions) {
    const at = fires(m, sents, opts.known);
    if (at === null) continue;
    const sentence = clip(sents[at]!.text);
    misconceptions.push({ claim: m.m.claim, sentence, point: m.point, correction: m.correction });
    points[m.point] = { ...points[m.point]!, covered: false, contradicted: true, evidence: sentence };
  }
  return { points, misconceptions, coverage: coverageOf(points), main: c.main };
}

export function coverageOf(points: readonly Pick<PointVerdict, 'weight' | 'covered' | 'contradicted'>[]): number | null {
  const total = points.reduce((a, p) => a + p.weight, 0);
  if (total <= 0) return null;
  const got = points.reduce((a, p) => a + (p.covered ? p.weight : 0), 0);
  const wrong = points.filter((p) => p.contradicted).length;
  return (got / total) * 0.5 ** wrong;
}
