/** Finding an evidence phrase (in any of its synonym forms) in a sentence, and whether it was denied there. */
import { tokenMatches } from '../rubric.js';
import { oppositesOf, variantsOf, type Lexicon } from './lexicon.js';
import { isNegator, phraseTokens, tokenizeSentence, type Sentence } from './text.js';

type Toks = readonly string[];

export interface Phrase {
  text: string;
  variants: Toks[];
  /** Per variant, where its denied part starts ("X rather than Y": Y must be denied in the answer); its length if none. */
  splits: number[];
  /** The phrase with a term swapped for its opposite: saying one of these contradicts the phrase. */
  opposites: Toks[];
  /** The phrase carries its own negation: it is matched as written and never read as denied. */
  neutral: boolean;
  /** Tokens in the shortest form (a one-word phrase is weaker evidence than a phrase). */
  size: number;
  /** Words that may not be skipped inside the phrase: they change its meaning ("most [reduces] impurity"). */
  block: ReadonlySet<string>;
  /** Segment boundaries the phrase itself crosses ("significant so ship it", "p(1 - p)"): a match may cross as many. */
  cross: number;
}

/** How many segment boundaries a phrase crosses when read as an answer would be. */
const crossings = (text: string) => Math.max(0, new Set(tokenizeSentence(text).map((t) => t.seg)).size - 1);

export function compilePhrase(text: string, lex: Lexicon): Phrase {
  const { toks, neutral, split } = phraseTokens(text);
  // "X rather than Y": X affirmed, then Y denied; each part takes its own synonyms. Without a contrast Y is empty.
  const part = (t: Toks) => (t.length ? variantsOf(t, lex) : [[]]);
  const pre = part(toks.slice(0, split));
  const post = part(toks.slice(split));
  const variants = toks.length ? pre.flatMap((a) => post.map((b) => [...a, ...b])) : [];
  const splits = toks.length ? pre.flatMap((a) => post.map(() => a.length)) : [];
  const opposites = toks.length && split === toks.length ? oppositesOf(toks, lex) : [];
  return { text, variants, splits, opposites, neutral, size: Math.min(...variants.map((v) => v.length), toks.length || 1), block: lex.directional, cross: crossings(text) };
}

export interface Hit {
  /** Clauses the match spans (within the sentence). */
  clauses: number[];
  /** A negation or contrast is in force over the match. */
  negated: boolean;
  /** The matched words as the candidate typed them. */
  words: string;
}

interface Form {
  toks: Toks;
  /** Where the denied part starts; toks.length if none. */
  split: number;
  /** Segment boundaries the match may cross. */
  cross: number;
  /** Words that may not be the gap inside the match. */
  block: ReadonlySet<string>;
}

/**
 * Where the form occurs: its tokens in order, crossing no more segment boundaries than the phrase does, with at
 * most one extra word between two of them ("cuts model variance") unless that word negates or carries a direction
 * ("most [reduces] impurity"); the denied part of a contrast must be denied. Each span: [start, end, cut], where
 * `cut` is where the denied part starts.
 */
function spansOf(s: Sentence, f: Form, known: ReadonlySet<string> | undefined): [number, number, number][] {
  const at: [number, number, number][] = [];
  const toks = s.toks;
  const v = f.toks;
  for (let i = 0; i + v.length <= toks.length; i++) {
    let k = i;
    let seg = toks[i]!.seg;
    let cut = -1;
    let gaps = 0;
    let crossed = 0;
    let ok = true;
    for (let j = 0; j < v.length && ok; j++) {
      const fits = (t: number) => t < toks.length && (toks[t]!.seg === seg || crossed < f.cross) && (j < f.split || toks[t]!.neg) && tokenMatches(v[j]!, toks[t]!.stem, known);
      const skippable = j > 0 && gaps === 0 && k < toks.length && !isNegator(toks[k]!.stem) && !f.block.has(toks[k]!.stem);
      const t = fits(k) ? k : skippable && fits(k + 1) ? (gaps++, k + 1) : -1;
      if (t < 0) ok = false;
      else {
        if (j === f.split) cut = t;
        if (toks[t]!.seg !== seg) crossed++;
        seg = toks[t]!.seg;
        k = t + 1;
      }
    }
    if (ok) at.push([i, k, cut < 0 ? k : cut]);
  }
  return at;
}

/**
 * Every match of the phrase in the sentence: `said` as written (a contrast's second half denied); `opposite`, with a
 * term swapped for its opposite, which contradicts it (a phrase with its own negation or a contrast has none); or
 * `words`, its words in order whatever their polarity (how lint counts the evidence a check answer uses).
 */
export function phraseHits(s: Sentence, p: Phrase, known?: ReadonlySet<string>, mode: 'said' | 'opposite' | 'words' = 'said'): Hit[] {
  if (mode === 'opposite' && p.neutral) return [];
  const forms = mode === 'opposite' ? p.opposites : p.variants;
  const hits: Hit[] = [];
  forms.forEach((toks, n) => {
    const split = mode === 'said' ? p.splits[n]! : toks.length;
    for (const [i, end, cut] of spansOf(s, { toks, split, cross: p.cross, block: p.block }, known)) {
      const span = s.toks.slice(i, end);
      // Only the affirmed part decides whether the phrase was denied; its contrast part is denied by design.
      const negated = !p.neutral && s.toks.slice(i, cut).some((t) => t.neg);
      hits.push({ clauses: [...new Set(span.map((t) => t.clause))], negated, words: span.map((t) => t.raw).join(' ') });
    }
  });
  return hits;
}

export const affirmed = (hits: readonly Hit[]) => hits.filter((h) => !h.negated);
export const sharesClause = (a: Hit, b: Hit) => a.clauses.some((c) => b.clauses.includes(c));
