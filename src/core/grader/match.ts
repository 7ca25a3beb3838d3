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
  const size = (vs: Toks[]) => Math.min(...vs.map((v) => v.length), toks.length || 1);
  if (split === toks.length) {
    const variants = toks.length ? variantsOf(toks, lex) : [];
    return { text, variants, splits: variants.map((v) => v.length), opposites: toks.length ? oppositesOf(toks, lex) : [], neutral, size: size(variants), block: lex.directional, cross: crossings(text) };
  }
  // "X rather than Y": X affirmed, then Y denied; each part takes its own synonyms.
  const pre = split ? variantsOf(toks.slice(0, split), lex) : [[]];
  const post = variantsOf(toks.slice(split), lex);
  const variants = pre.flatMap((a) => post.map((b) => [...a, ...b]));
  const splits = pre.flatMap((a) => post.map(() => a.length));
  return { text, variants, splits, opposites: [], neutral, size: size(variants), block: lex.directional, cross: crossings(text) };
}

export interface Hit {
  /** Clauses the match spans (within the sentence). */
  clauses: number[];
  /** A negation or contrast is in force over the match. */
  negated: boolean;
  /** The matched words as the candidate typed them. */
  words: string;
}

const NO_BLOCK: ReadonlySet<string> = new Set();

/**
 * Where the form occurs: its tokens in order within one segment, with at most one extra word between two of them
 * ("cuts model variance") unless that word negates or carries a direction ("most [reduces] impurity").
 */
function spansOf(s: Sentence, v: Toks, split: number, cross: number, known?: ReadonlySet<string>, block: ReadonlySet<string> = NO_BLOCK): [number, number, number][] {
  const at: [number, number, number][] = [];
  const toks = s.toks;
  for (let i = 0; i + v.length <= toks.length; i++) {
    if (!tokenMatches(v[0]!, toks[i]!.stem, known) || (split === 0 && !toks[i]!.neg)) continue;
    let k = i + 1;
    let seg = toks[i]!.seg;
    let cut = split === 0 ? i : -1;
    let gaps = 0;
    let crossed = 0;
    let ok = true;
    for (let j = 1; j < v.length && ok; j++) {
      // A match crosses no more segment boundaries than the phrase does; the denied part of a contrast must be denied.
      const fits = (t: number) => t < toks.length && (toks[t]!.seg === seg || crossed < cross) && (j < split || toks[t]!.neg) && tokenMatches(v[j]!, toks[t]!.stem, known);
      let at = -1;
      if (fits(k)) at = k;
      else if (gaps === 0 && k < toks.length && !isNegator(toks[k]!.stem) && !block.has(toks[k]!.stem) && fits(k + 1)) {
        gaps++;
        at = k + 1;
      }
      if (at < 0) ok = false;
      else {
        if (j === split) cut = at;
        if (toks[at]!.seg !== seg) crossed++;
        seg = toks[at]!.seg;
        k = at + 1;
      }
    }
    if (ok) at.push([i, k, cut < 0 ? k : cut]);
  }
  return at;
}

/** Every match of any of the forms in the sentence. */
export function hitsIn(s: Sentence, forms: readonly Toks[], neutral: boolean, known?: ReadonlySet<string>, block?: ReadonlySet<string>, splits?: readonly number[], cross = 0): Hit[] {
  const hits: Hit[] = [];
  forms.forEach((v, f) => {
    for (const [i, end, cut] of spansOf(s, v, splits?.[f] ?? v.length, cross, known, block)) {
      const span = s.toks.slice(i, end);
      // Only the affirmed part decides whether the phrase was denied; its contrast part was denied by design.
      const said = s.toks.slice(i, cut);
      hits.push({ clauses: [...new Set(span.map((t) => t.clause))], negated: !neutral && said.some((t) => t.neg), words: span.map((t) => t.raw).join(' ') });
    }
  });
  return hits;
}

export const affirmed = (hits: readonly Hit[]) => hits.filter((h) => !h.negated);
export const sharesClause = (a: Hit, b: Hit) => a.clauses.some((c) => b.clauses.includes(c));
