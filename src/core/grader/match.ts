/** Finding an evidence phrase (in any of its synonym forms) in a sentence, and whether it was denied there. */
import { tokenMatches } from '../rubric.js';
import { oppositesOf, variantsOf, type Lexicon } from './lexicon.js';
import { phraseTokens, type Sentence } from './text.js';

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
}

export function compilePhrase(text: string, lex: Lexicon): Phrase {
  const { toks, neutral } = phraseTokens(text);
  const variants = toks.length ? variantsOf(toks, lex) : [];
  return { text, variants, opposites: toks.length ? oppositesOf(toks, lex) : [], neutral, size: Math.min(...variants.map((v) => v.length), toks.length || 1) };
}

export interface Hit {
  /** Clauses the match spans (within the sentence). */
  clauses: number[];
  /** A negation or contrast is in force over the match. */
  negated: boolean;
  /** The matched words as the candidate typed them. */
  words: string;
}

function spansOf(s: Sentence, v: Toks, known?: ReadonlySet<string>): number[] {
  const at: number[] = [];
  outer: for (let i = 0; i + v.length <= s.toks.length; i++) {
    for (let j = 0; j < v.length; j++) if (!tokenMatches(v[j]!, s.toks[i + j]!.stem, known)) continue outer;
    at.push(i);
  }
  return at;
}

/** Every match of any of the forms in the sentence. */
export function hitsIn(s: Sentence, forms: readonly Toks[], neutral: boolean, known?: ReadonlySet<string>): Hit[] {
  const hits: Hit[] = [];
  for (const v of forms) {
    for (const i of spansOf(s, v, known)) {
      const span = s.toks.slice(i, i + v.length);
      hits.push({ clauses: [...new Set(span.map((t) => t.clause))], negated: !neutral && span.some((t) => t.neg), words: span.map((t) => t.raw).join(' ') });
    }
  }
  return hits;
}

export const affirmed = (hits: readonly Hit[]) => hits.filter((h) => !h.negated);
export const sharesClause = (a: Hit, b: Hit) => a.clauses.some((c) => b.clauses.includes(c));
