/**
 * Synonyms and opposites from content/synonyms.yaml, as the grader uses them: an evidence phrase may be
 * said with any synonym of a term it contains, and saying it with an opposite term in its place
 * ("increases variance" for "reduces variance") contradicts it. `scope: search` groups are ignored here:
 * an ambiguous abbreviation never credits an answer.
 */
import type { SynonymsFile } from '../schema.js';
import { phraseTokens } from './text.js';

type Toks = readonly string[];

export interface Lexicon {
  /** Each group: its terms as token sequences. */
  groups: Toks[][];
  /** Pairs of groups (by index) that contradict each other. */
  opposites: [number, number][];
  /** One-word terms of opposite groups ("reduces", "increases", "high"): never skipped as the gap inside a phrase. */
  directional: ReadonlySet<string>;
}

export const EMPTY_LEXICON: Lexicon = { groups: [], opposites: [], directional: new Set() };

const key = (t: Toks) => t.join(' ');

export function buildLexicon(file: SynonymsFile | undefined): Lexicon {
  if (!file) return EMPTY_LEXICON;
  const groups: Toks[][] = file.groups.filter((g) => g.scope !== 'search').map((g) => g.terms.map((t) => phraseTokens(t).toks).filter((t) => t.length));
  const groupOf = (term: string): number => {
    const k = key(phraseTokens(term).toks);
    const found = groups.findIndex((g) => g.some((t) => key(t) === k));
    if (found >= 0) return found;
    groups.push([phraseTokens(term).toks]);
    return groups.length - 1;
  };
  const opposites = file.opposites.map(([a, b]) => [groupOf(a), groupOf(b)] as [number, number]);
  const directional = new Set(opposites.flat().flatMap((g) => groups[g]!.filter((t) => t.length === 1).map((t) => t[0]!)));
  return { groups, opposites, directional };
}

/** Where `term` occurs in `toks` as a run, every start index. */
function occurrences(toks: Toks, term: Toks): number[] {
  const at: number[] = [];
  for (let i = 0; i + term.length <= toks.length; i++) if (term.every((t, k) => toks[i + k] === t)) at.push(i);
  return at;
}

const MAX_VARIANTS = 48;

/** Replace one occurrence of any term of group `from` with each term of group `to`. */
function substitute(toks: Toks, from: Toks[], to: Toks[], out: Map<string, Toks>): void {
  for (const term of from) {
    for (const i of occurrences(toks, term)) {
      for (const alt of to) {
        if (out.size >= MAX_VARIANTS) return;
        const v = [...toks.slice(0, i), ...alt, ...toks.slice(i + term.length)];
        out.set(key(v), v);
      }
    }
  }
}

/** The phrase and every single-substitution synonym variant of it. */
export function variantsOf(toks: Toks, lex: Lexicon): Toks[] {
  const out = new Map<string, Toks>([[key(toks), toks]]);
  for (const g of lex.groups) substitute(toks, g, g, out);
  return [...out.values()];
}

/** The phrase with one term swapped for an opposite (either side of a pair), in every synonym of it. */
export function oppositesOf(toks: Toks, lex: Lexicon): Toks[] {
  const out = new Map<string, Toks>();
  for (const [a, b] of lex.opposites) {
    substitute(toks, lex.groups[a]!, lex.groups[b]!, out);
    substitute(toks, lex.groups[b]!, lex.groups[a]!, out);
  }
  out.delete(key(toks));
  return [...out.values()];
}
