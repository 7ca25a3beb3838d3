/**
 * Words as search sees them: the same split as the index's tokenizer (letters and digits; everything
 * else, `/ - _ .` included, separates), lower case without accents, and Porter stems to compare
 * synonyms with. Pure.
 */
import { stemmer } from 'stemmer';

/** Question words and filler: dropped from a query ("how would you explain…" asks about the rest). */
export const QUESTION_WORDS = new Set(
  ('what whats how why when where which who whom whose does do did explain describe tell walk talk give define discuss ' +
    'would could should can will shall might may must you your yours me my mine we our us i im ive id they them their ' +
    'please briefly example examples difference differences between versus vs compare compared comparison mean means meaning').split(' '),
);

export const STOP_WORDS = new Set(
  ('a an and are as at be been being by for from has have having in into is it its of on or so such than that the then ' +
    'there these this those to was were with without about over under also just really very some any each other ' +
    'if else while after before again only own same too not no nor out up down off once here all both few more most ' +
    'am he she him her his hers it itself let lets get got go going thing things way ways use using used').split(' '),
);

/** Lower case, accents removed (NFKD), as unicode61 with remove_diacritics does. */
export const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** The tokens of a piece of text, in order. */
export function tokenize(s: string): string[] {
  return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const OUR = /(behavi|colo|favo|flav|hono|labo|neighb|rum)our(s?)$/;
const OR = /(behavi|colo|favo|flav|hono|labo|neighb|rum)or(s?)$/;

/** The American spelling of a word ("normalisation" -> "normalization", "behaviour" -> "behavior"). */
export function american(t: string): string {
  if (t.length < 5) return t;
  return t.replace(/isation(s?)$/, 'ization$1').replace(/is(e|ed|es|ing|er|ers)$/, 'iz$1').replace(/yse(s|d)?$/, 'yze$1').replace(OUR, '$1or$2');
}

/** British and American spellings of one word, both ways; the word alone if it has no other. */
export function spellings(t: string): string[] {
  if (t.length < 5) return [t];
  const british = t.replace(/ization(s?)$/, 'isation$1').replace(/iz(e|ed|es|ing|er|ers)$/, 'is$1').replace(/yze(s|d)?$/, 'yse$1').replace(OR, '$1our$2');
  return [...new Set([t, american(t), british])];
}

/** One stem for every spelling of a word, for comparing a query with synonym terms. */
export const stem = (t: string) => stemmer(american(t));

/** Damerau-Levenshtein distance (optimal string alignment), stopping early past `cap`. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How many edits a typo of a word this long may have: one, or two from eight letters on. */
export const typoBudget = (word: string) => (word.length >= 8 ? 2 : 1);
