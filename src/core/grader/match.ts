/** Finding an evidence phrase (in any of its synonym forms) in a sentence, and whether it was denied there. */
import { tokenMatches } from '../rubric.js';
import { oppositesOf, variantsOf, type Lexicon } from './lexicon.js';
import { isNegator, phraseTokens, type Sentence } from './text.js';

type Toks = readonly string[];

export interface Phrase {
  text: string;
  variants: Toks[];
  /** The phrase with a term swapped for its opposite: saying one of these contradicts the phrase. */
  opposites: Toks[];
  /** The phrase carries its own negation: it is matched as written and never read as denied. */
  neutral: boolean;
  /** Tokens in the shortest form (a one-word phrase is weaker evidence than a phrase). */
  size: number;
  /** Words that may not be skipped inside the phrase: they change its meaning ("most [reduces] impurity"). */
  block: ReadonlySet<string>;
}

export function compilePhrase(text: string, lex: Lexicon): Phrase {
  const { toks, neutral } = phraseTokens(text);
  const variants = toks.length ? variantsOf(toks, lex) : [];
  return { text, variants, opposites: toks.length ? oppositesOf(toks, lex) : [], neutral, size: Math.min(...variants.map((v) => v.length), toks.length || 1), block: lex.directional };
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
function spansOf(s: Sentence, v: Toks, known?: ReadonlySet<string>, block: ReadonlySet<string> = NO_BLOCK): [number, number][] {
  const at: [number, number][] = [];
  const toks = s.toks;
  for (let i = 0; i + v.length <= toks.length; i++) {
    if (!tokenMatches(v[0]!, toks[i]!.stem, known)) continue;
    let k = i + 1;
    let gaps = 0;
    let ok = true;
    for (let j = 1; j < v.length && ok; j++) {
      if (k < toks.length && toks[k]!.seg === toks[i]!.seg && tokenMatches(v[j]!, toks[k]!.stem, known)) k++;
      else if (gaps === 0 && k + 1 < toks.length && toks[k + 1]!.seg === toks[i]!.seg && !isNegator(toks[k]!.stem) && !block.has(toks[k]!.stem) && tokenMatches(v[j]!, toks[k + 1]!.stem, known)) {
        gaps++;
        k += 2;
      } else ok = false;
    }
    if (ok) at.push([i, k]);
  }
  return at;
}

/** Every match of any of the forms in the sentence. */
export function hitsIn(s: Sentence, forms: readonly Toks[], neutral: boolean, known?: ReadonlySet<string>, block?: ReadonlySet<string>): Hit[] {
  const hits: Hit[] = [];
  for (const v of forms) {
    for (const [i, end] of spansOf(s, v, known, block)) {
      const span = s.toks.slice(i, end);
      hits.push({ clauses: [...new Set(span.map((t) => t.clause))], negated: !neutral && span.some((t) => t.neg), words: span.map((t) => t.raw).join(' ') });
    }
  }
  return hits;
}

export const affirmed = (hits: readonly Hit[]) => hits.filter((h) => !h.negated);
export const sharesClause = (a: Hit, b: Hit) => a.clauses.some((c) => b.clauses.includes(c));
