/**
 * An answer as the grader reads it: sentences, each a run of stemmed tokens that know their clause and
 * whether a negation or a contrast ("not", "never", "rather than", "unlike") is in force over them.
 * Pure and deterministic; hand-written rules rather than an NLP model (see the README for why).
 */
import { stemmer } from 'stemmer';

export interface Tok {
  /** Stemmed, lower-case, American spelling: what phrases are matched against. */
  stem: string;
  /** The word as typed (lower case), to show what was recognised. */
  raw: string;
  /** Index of the clause within its sentence. */
  clause: number;
  /** Index of the segment: clauses joined by "and"/"or" share one; other boundaries end it. A phrase never spans two. */
  seg: number;
  /** A negation or contrast is in force over this token. */
  neg: boolean;
}

export interface Sentence {
  /** The sentence as typed (whitespace collapsed), shown as evidence. */
  text: string;
  toks: Tok[];
}

/** British and American spellings should match each other ("normalise" vs "normalize"). */
export function americanise(t: string): string {
  if (t.length < 5) return t;
  return t
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/is(e|ed|es|ing|er|ers)$/, 'iz$1')
    .replace(/([a-z]{3})our(s?)$/, '$1or$2');
}

/** Lower case, no accents or apostrophes; "non-negative", "non convex" and `no_grad` are one word (not a negation). */
const norm = (text: string) =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, '')
    .replace(/\bnon[\s_-]+(?=[a-z])/g, 'non').replace(/\b(no|not)_(?=[a-z])/g, '$1');

/** Words that never carry a point: dropped from phrases and answers alike before matching. */
const FILLER = new Set(['a', 'an', 'the', 'its', 'their', 'this', 'these', 'those', 'very', 'really', 'quite', 'also', 'our', 'your', 'my', 'his', 'her', 'much', 'basically', 'actually']);

/** Negating words: what follows them in the clause is denied. (After apostrophes are dropped.) */
const NEGATORS = new Set([
  'not', 'no', 'never', 'neither', 'nor', 'none', 'nothing', 'cannot', 'without', 'lack', 'lacks', 'lacking',
  'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'cant', 'couldnt', 'shouldnt', 'wouldnt',
  'hasnt', 'havent', 'hadnt', 'mustnt', 'neednt', 'aint',
]);
/** "not only", "no matter": not a negation. */
const NOT_NEGATING_AFTER = new Set(['only', 'just', 'merely', 'matter', 'doubt', 'least']);
/** "no more than 5", "not less than 0.9": a bound, not a negation. */
const BOUNDS = new Set(['more', 'less', 'fewer', 'greater', 'higher', 'lower', 'later', 'earlier', 'longer', 'shorter']);
const boundOf = (words: readonly string[], i: number) => BOUNDS.has(words[i + 1] ?? '') && words[i + 2] === 'than';
/** Words that end a clause (and a negation's reach). */
const CLAUSE_WORDS = new Set(['but', 'whereas', 'while', 'whilst', 'although', 'though', 'however', 'yet', 'and', 'or', 'so', 'because', 'since', 'which', 'then', 'meaning', 'thus', 'therefore', 'hence', 'otherwise', 'unless', 'until']);
/** Boundaries that may fall inside one evidence phrase ("precision and recall", "the primacy effect, which is a dip"). */
const JOINING = new Set(['and', 'or', 'which', ',']);
/** Two-word contrasts that deny what follows them: "boosting reduces bias rather than variance". */
const CONTRASTS: readonly (readonly string[])[] = [['rather', 'than'], ['instead', 'of'], ['as', 'opposed', 'to'], ['unlike']];
/** How far a negation reaches, in words, when no clause boundary comes first. */
const NEG_REACH = 8;
/**
 * Words that report a belief in order to reject it ("a common myth is that async makes it faster", "people
 * often assume Docker restarts it"): what follows is denied to the end of its clause, so the wrong claim a
 * strong answer names is neither credited nor fired as the candidate's own misconception.
 */
const BELIEFS: readonly (readonly string[])[] = [
  ['common', 'myth'], ['common', 'mistake'], ['common', 'misconception'], ['common', 'misunderstanding'], ['myth', 'is'], ['misconception', 'is'],
  ['tempting', 'to'], ['contrary', 'to'], ['mistakenly'], ['wrongly'],
  ...['think', 'assume', 'believe', 'expect', 'claim'].flatMap((v) => [['people', v], ['people', 'often', v], ['people', 'sometimes', v], ['many', v], ['some', v], ['candidates', v]]),
];
const BELIEF_REACH = 14;
/** A new subject ends a denial: "rather than per-tensor scales I'd use per-channel ones". */
const SUBJECTS = new Set(['i', 'id', 'ill', 'im', 'ive', 'we', 'wed', 'well', 'weve', 'youd']);

/**
 * Split an answer into sentences: at . ! ? followed by a space, at new lines and bullets; "e.g." and "0.5"
 * stay whole. A hard-wrapped line (no end punctuation, the next line going on in lower case) continues its
 * sentence rather than starting one.
 */
export function sentences(answer: string): string[] {
  const protectedText = answer
    .replace(/([^\n.!?:;])[ \t]*\n[ \t]*(?=[a-z])/g, '$1 ')
    .replace(/\b(e\.g|i\.e|etc|vs|cf|approx|resp|incl)\./gi, (m) => m.replace(/\./g, '\u0000'))
    .replace(/(\d)\.(\d)/g, '$1\u0000$2');
  return protectedText
    .split(/(?<=[.!?])\s+|\n+|^\s*[-*•]\s+/m)
    .map((s) => s.replace(/\u0000/g, '.').replace(/\s+/g, ' ').trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const seqAt = (list: readonly (readonly string[])[], words: string[], i: number) => list.find((c) => c.every((w, k) => words[i + k] === w));
const contrastAt = (words: string[], i: number) => seqAt(CONTRASTS, words, i);

/** A denying sequence at word i and how far it reaches: a contrast, or a reported belief. */
function denialAt(words: string[], i: number): { length: number; reach: number } | undefined {
  const c = contrastAt(words, i);
  if (c) return { length: c.length, reach: NEG_REACH };
  const b = seqAt(BELIEFS, words, i);
  return b ? { length: b.length, reach: BELIEF_REACH } : undefined;
}

/** Tokenise one sentence, marking clauses and negation scope. */
export function tokenizeSentence(text: string): Tok[] {
  // Punctuation that ends a clause becomes a marker word, so one pass sees words and boundaries in order.
  // "O(n log n)" and "f(x)" are words, not a parenthesis that ends a clause.
  const marked = norm(text).replace(/([a-z0-9])\(([^()]*)\)/g, "$1 $2 ").replace(/,/g, ' \u0002 ').replace(/[;:()\u2013\u2014]|\s-\s/g, ' \u0001 ');
  const words = marked.split(/[^a-z0-9\u0001\u0002]+/).filter(Boolean);
  const toks: Tok[] = [];
  let clause = 0;
  let seg = 0;
  let negLeft = 0;
  const boundary = (hard: boolean) => {
    if (toks.length && toks[toks.length - 1]!.clause === clause) clause++;
    if (hard && toks.length && toks[toks.length - 1]!.seg === seg) seg++;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '\u0001' || w === '\u0002' || CLAUSE_WORDS.has(w)) {
      boundary(!JOINING.has(w === '\u0002' ? ',' : w));
      negLeft = 0;
      continue;
    }
    const denial = denialAt(words, i);
    if (denial) {
      boundary(true);
      negLeft = denial.reach;
      i += denial.length - 1;
      continue;
    }
    if (SUBJECTS.has(w) && toks.length && toks[toks.length - 1]!.neg) negLeft = 0;
    if (NEGATORS.has(w) && !NOT_NEGATING_AFTER.has(words[i + 1] ?? '') && !boundOf(words, i)) {
      negLeft = NEG_REACH;
      toks.push({ stem: w, raw: w, clause, seg, neg: false });
      continue;
    }
    if (FILLER.has(w)) continue;
    toks.push({ stem: stemmer(americanise(w)), raw: w, clause, seg, neg: negLeft > 0 });
    if (negLeft > 0) negLeft--;
  }
  return toks;
}

export interface PhraseToks {
  toks: string[];
  /** The phrase states a negation itself ("not at inference"): matched as written, never as denied. */
  neutral: boolean;
  /** Where a contrast ("X rather than Y") starts: tokens from here on must be denied in the answer; toks.length if none. */
  split: number;
}

/** Stemmed tokens of a phrase (an evidence phrase or a synonym), dropping what answers drop too; negators kept. */
export function phraseTokens(phrase: string): PhraseToks {
  const words = norm(phrase).split(/[^a-z0-9]+/).filter(Boolean);
  const toks: string[] = [];
  let neutral = false;
  let split = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const contrast = contrastAt(words, i);
    if (contrast) {
      if (split < 0) split = toks.length;
      i += contrast.length - 1;
    } else if (NEGATORS.has(w)) {
      neutral = true;
      toks.push(w);
    } else if (!FILLER.has(w) && !CLAUSE_WORDS.has(w)) toks.push(stemmer(americanise(w)));
  }
  return { toks, neutral, split: split < 0 ? toks.length : split };
}

export const isNegator = (stem: string) => NEGATORS.has(stem);

export function readAnswer(answer: string): Sentence[] {
  return sentences(answer).map((text) => ({ text, toks: tokenizeSentence(text) }));
}
