/**
 * Judging one key point or one misconception against the answer's sentences.
 * - A plain point is covered by one strong evidence phrase said (not denied) anywhere, or two weak ones in
 *   one sentence; a multi-word phrase said with an opposite term contradicts it. A denied phrase only fails
 *   to cover: correct answers deny a point's words too ("so we never divide by zero"), and a wrong claim
 *   is the misconceptions' job.
 * - A `together` point needs one phrase of every group in one sentence; naming its subject in a clause that
 *   denies the rest, or says its opposite, contradicts it.
 * - A numeric point needs a number within tolerance in a sentence that names its subject; a different
 *   number there contradicts it.
 */
import type { CompiledMisconception, CompiledPoint } from './compile.js';
import { affirmed, hitsIn, sharesClause, type Hit, type Phrase } from './match.js';
import type { Sentence } from './text.js';

export interface PointJudgement {
  covered: boolean;
  contradicted: boolean;
  /** Index of the sentence that decided it. */
  sentence: number | null;
  matched: string[];
}

type Known = ReadonlySet<string> | undefined;

const NONE: PointJudgement = { covered: false, contradicted: false, sentence: null, matched: [] };

const hitsOf = (s: Sentence, phrases: readonly Phrase[], known: Known): Hit[] => phrases.flatMap((p) => hitsIn(s, p.variants, p.neutral, known));
const oppositeHits = (s: Sentence, phrases: readonly Phrase[], known: Known): Hit[] => phrases.flatMap((p) => (p.neutral ? [] : hitsIn(s, p.opposites, false, known)));

function judgePlain(p: CompiledPoint, sents: readonly Sentence[], known: Known): PointJudgement {
  for (const [i, s] of sents.entries()) {
    const strong = affirmed(hitsOf(s, p.strong, known));
    if (strong.length) return { covered: true, contradicted: false, sentence: i, matched: strong.map((h) => h.words) };
    const weak = p.weak.filter((w) => affirmed(hitsOf(s, [w], known)).length);
    if (weak.length >= 2) return { covered: true, contradicted: false, sentence: i, matched: weak.map((w) => w.text) };
  }
  const multi = [...p.strong, ...p.weak].filter((ph) => ph.size >= 2);
  for (const [i, s] of sents.entries()) {
    const opposite = affirmed(oppositeHits(s, multi, known));
    if (opposite.length) return { covered: false, contradicted: true, sentence: i, matched: opposite.map((h) => h.words) };
  }
  return NONE;
}

function judgeTogether(groups: Phrase[][], sents: readonly Sentence[], known: Known): PointJudgement {
  for (const [i, s] of sents.entries()) {
    const found = groups.map((g) => affirmed(hitsOf(s, g, known)));
    if (found.every((h) => h.length)) return { covered: true, contradicted: false, sentence: i, matched: found.map((h) => h[0]!.words) };
  }
  const [subject, ...rest] = groups as [Phrase[], ...Phrase[][]];
  for (const [i, s] of sents.entries()) {
    for (const h0 of affirmed(hitsOf(s, subject, known))) {
      for (const g of rest) {
        if (affirmed(hitsOf(s, g, known)).length) continue;
        const against = [...hitsOf(s, g, known).filter((h) => h.negated), ...affirmed(oppositeHits(s, g, known))].filter((h) => sharesClause(h, h0));
        if (against.length) return { covered: false, contradicted: true, sentence: i, matched: [h0.words, ...against.map((h) => h.words)] };
      }
    }
  }
  return NONE;
}

/** Numbers as said: "0.5", "50%" (also read as 0.5), "1/2", "1,000". Digits glued to letters (F1, L2) are names, not numbers. */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d.,/])(-|−)?(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?:\s*\/\s*(\d+(?:\.\d+)?))?(\s*%)?(?![\p{L}\d])/gu)) {
    let n = Number(m[2]!.replace(/,/g, '')) * (m[1] ? -1 : 1);
    if (m[3]) n = n / Number(m[3]);
    out.push(n);
    if (m[4]) out.push(n / 100);
  }
  return out.filter(Number.isFinite);
}

function judgeValue(p: CompiledPoint, sents: readonly Sentence[], known: Known): PointJudgement {
  const value = p.kp.value!;
  const tol = p.kp.tolerance ?? 0;
  let wrong: PointJudgement | null = null;
  for (const [i, s] of sents.entries()) {
    const subject = affirmed(hitsOf(s, p.subject, known));
    if (!subject.length) continue;
    const nums = numbersIn(s.text);
    if (nums.some((n) => Math.abs(n - value) <= tol + 1e-9)) return { covered: true, contradicted: false, sentence: i, matched: [subject[0]!.words, String(value)] };
    if (nums.length && !wrong) wrong = { covered: false, contradicted: true, sentence: i, matched: [subject[0]!.words, ...nums.map(String)] };
  }
  return wrong ?? NONE;
}

export function judgePoint(p: CompiledPoint, sents: readonly Sentence[], known: Known): PointJudgement {
  if (p.kp.value !== undefined) return judgeValue(p, sents, known);
  return p.groups ? judgeTogether(p.groups, sents, known) : judgePlain(p, sents, known);
}

/** The sentence (index) in which the answer makes the misconception's claim, or null. */
export function fires(m: CompiledMisconception, sents: readonly Sentence[], known: Known): number | null {
  for (const [i, s] of sents.entries()) {
    if (m.groups) {
      if (m.groups.every((g) => affirmed(hitsOf(s, g, known)).length)) return i;
      continue;
    }
    const claims = affirmed(hitsOf(s, m.evidence, known));
    if (!claims.length) continue;
    if (!m.subject) return i;
    const subject = affirmed(hitsOf(s, m.subject, known));
    if (claims.some((c) => subject.some((h) => sharesClause(c, h)))) return i;
  }
  return null;
}
