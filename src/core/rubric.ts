/**
 * Scoring a typed answer against key points. Each evidence phrase is normalised (lower case, accents
 * and punctuation gone, Porter-stemmed) and looked for as a run of tokens in the answer; a token
 * matches with a small edit distance when it is long enough that a typo is likelier than a different word,
 * and is not itself a word of the banks' vocabulary ("small" is a word, not a typo of "stall").
 */
import { stemmer } from 'stemmer';
import type { KeyPoint } from './schema.js';

export function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((t) => stemmer(americanise(t)));
}

/** British and American spellings should match each other ("normalise" vs "normalize"). */
function americanise(t: string): string {
  if (t.length < 5) return t;
  return t
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/is(e|ed|es|ing|er|ers)$/, 'iz$1')
    .replace(/([a-z]{3})our(s?)$/, '$1or$2');
}

/** Damerau-Levenshtein distance (optimal string alignment), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** How many typos a token of this length tolerates: none under 5 letters, 1 up to 8, then 2. */
export const typoAllowance = (len: number) => (len < 5 ? 0 : len < 9 ? 1 : 2);

/** Stemmed tokens of every word (4+ letters) in the given texts: words a candidate typed on purpose. */
export function vocabulary(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const w of text.toLowerCase().split(/[^\p{L}\p{N}'’]+/u)) if (w.length >= 4) words.add(w);
  const known = new Set<string>();
  for (const w of words) for (const t of tokens(w)) known.add(t);
  return known;
}

/** Every word of some items (stemmed): a typed word that is one of them was meant, not a typo of another. */
export function itemsVocabulary(items: readonly unknown[]): Set<string> {
  return vocabulary(stringsIn(items));
}

/** Every string value in a nested structure (an item's prompt, answer, key points, code and so on). */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}

export function tokenMatches(expected: string, got: string, known?: ReadonlySet<string>): boolean {
  if (expected === got) return true;
  if (/\d/.test(expected) || /\d/.test(got)) return false;
  if (known?.has(got)) return false;
  const allow = typoAllowance(Math.min(expected.length, got.length));
  return allow > 0 && editDistance(expected, got, allow) <= allow;
}

/** Does the phrase occur, as consecutive tokens, in the tokenised text? */
export function phraseIn(phrase: string[], text: string[], known?: ReadonlySet<string>): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= text.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (!tokenMatches(phrase[j]!, text[i + j]!, known)) continue outer;
    return true;
  }
  return false;
}

export interface PointResult {
  point: string;
  covered: boolean;
  matched: string[];
  weight: number;
}

export interface RubricScore {
  points: PointResult[];
  /** 0..1, weighted share of covered points; null when there is nothing to score. */
  coverage: number | null;
}

// Words that carry no content of their own (already stemmed where it matters).
const STOP = new Set(tokens(
  'a an and are as at be been but by can could did do does for from had has have how if in into is it its may might more most must no not of on one or our so some such than that the their them then there these they this those to too two use used uses using very was we were what when where which while who why will with would you your yours also only just each other both about after before between over under same own get gets make makes',
));

/** The content words of a key point that the prompt does not already give away. */
export function pointWords(point: string, prompt = ''): string[] {
  const given = new Set(tokens(prompt));
  return [...new Set(tokens(point))].filter((t) => t.length >= 3 && !STOP.has(t) && !given.has(t) && !/^\d+$/.test(t));
}

/** The word of `text` whose token is `token` ("randomly" for "random"), to show what was recognised. */
function wordFor(text: string, token: string): string {
  return text.split(/[^\p{L}\p{N}'’-]+/u).find((w) => tokens(w).includes(token))?.toLowerCase() ?? token;
}

export interface ScoreOptions {
  /** The banks' vocabulary: a typed word in it is taken as meant, never as a typo. */
  known?: ReadonlySet<string>;
  /** The item's prompt: its words do not count as evidence of a point (restating the question is not an answer). */
  prompt?: string;
}

/**
 * A point is covered when one of its evidence phrases occurs in the answer, or, for an answer in the
 * candidate's own words, when at least half (and at least 2) of the point's own content words do: on the
 * shipped banks this lifts same-topic false credit from 20% to 28% of points, and catches paraphrases.
 */
export function scoreAnswer(answer: string, keyPoints: readonly KeyPoint[], opts: ScoreOptions = {}): RubricScore {
  const { known, prompt } = opts;
  const text = tokens(answer);
  const points = keyPoints.map((kp) => {
    const matched = kp.evidence.filter((e) => phraseIn(tokens(e), text, known));
    if (!matched.length) {
      const words = pointWords(kp.point, prompt);
      const said = words.filter((w) => phraseIn([w], text, known));
      if (said.length >= 2 && said.length >= 0.5 * words.length) return { point: kp.point, covered: true, matched: said.map((t) => wordFor(kp.point, t)), weight: kp.weight ?? 1 };
    }
    return { point: kp.point, covered: matched.length > 0, matched, weight: kp.weight ?? 1 };
  });
  const total = points.reduce((s, p) => s + p.weight, 0);
  const got = points.reduce((s, p) => s + (p.covered ? p.weight : 0), 0);
  return { points, coverage: total > 0 ? got / total : null };
}

/** Coverage from points the candidate ticked themselves (spoken answers). */
export function coverageFromTicks(keyPoints: readonly KeyPoint[], ticked: ReadonlySet<number>): number | null {
  const total = keyPoints.reduce((s, kp) => s + (kp.weight ?? 1), 0);
  if (total === 0) return null;
  return keyPoints.reduce((s, kp, i) => s + (ticked.has(i) ? kp.weight ?? 1 : 0), 0) / total;
}
