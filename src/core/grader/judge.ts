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
import { affirmed, phraseHits, sharesClause, type Hit, type Phrase } from './match.js';
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

const hitsOf = (s: Sentence, phrases: readonly Phrase[], known: Known): Hit[] => phrases.flatMap((p) => phraseHits(s, p, known));
const oppositeHits = (s: Sentence, phrases: readonly Phrase[], known: Known): Hit[] => phrases.flatMap((p) => phraseHits(s, p, known, 'opposite'));

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

/** Multipliers a number may carry: 7k, 1.5M, 2B, 3x (times), and units that leave it as said (14GB, 100ms). */
const SUFFIX: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, x: 1 };
const UNIT = /^(?:[kmgtp]?b|ms|s|h|qps|rps|tps|px)$/;

/**
 * Numbers as said: "0.5", "50%" or "50 percent" (also read as 0.5), "1/2", "1,000", "1e-3", "10^6", "7k" and "1.5M" (as
 * 7000 and 1.5 million), "3x", "14GB". Digits glued to letters before them (F1, L2) are names, not numbers.
 */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  const re = /(?<![\p{L}\d.,/^]|\p{L}[-−])(-|−)?(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?:e(-?\d+)|\^(-?\d+))?(?:\s*\/\s*(\d+(?:\.\d+)?))?(\s*%|\s+per\s?cent\b)?([\p{L}/]*)(?![\d])/gu;
  for (const m of text.matchAll(re)) {
    let n = Number(m[2]!.replace(/,/g, '')) * (m[1] ? -1 : 1);
    if (m[3] !== undefined) n *= 10 ** Number(m[3]);
    if (m[4] !== undefined) n = n ** Number(m[4]);
    if (m[5]) n = n / Number(m[5]);
    const tail = (m[7] ?? '').toLowerCase();
    if (tail && !m[6]) {
      // "F1"-style names are excluded above; here digits are followed by letters: a multiplier, a unit, or a name (2D, 3rd).
      if (SUFFIX[tail] !== undefined) n *= SUFFIX[tail]!;
      else if (!UNIT.test(tail)) continue;
    }
    out.push(n);
    if (m[6]) out.push(n / 100);
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
