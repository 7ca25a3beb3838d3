/**
 * What a candidate types or pastes, turned into an SQLite FTS5 query. Nothing in the input is FTS
 * syntax: every token is quoted, so `NOT`, `prompt:`, `*` alone, `[`, emoji or a lone `"` search as
 * words (or vanish as separators) and never raise a syntax error. What the user gets on purpose:
 * "quoted phrases", a trailing `*` for a prefix (`regular*`), chunks such as A/B, k-means or t-SNE as
 * phrases, a number after a word kept with it ("type 1"), synonyms from content/synonyms.yaml, and
 * British and American spellings of each word. Question words and filler are dropped. Pure.
 */
import { QUESTION_WORDS, STOP_WORDS, spellings, stem, tokenize } from './text.js';

export type Unit =
  | { kind: 'word'; tokens: [string] }
  | { kind: 'phrase'; tokens: string[] }
  | { kind: 'prefix'; tokens: string[] }
  | { kind: 'synonyms'; tokens: string[]; terms: string[] };

/** A group of terms read as one another; search uses every group whatever its scope. */
export interface SynonymGroup {
  terms: readonly string[];
}

interface Chunk {
  tokens: string[];
  quoted: boolean;
  prefix: boolean;
  /** Typed in capitals in a query that is not all capitals ("WHERE vs HAVING"): a keyword, never filler. */
  caps?: boolean;
}

const MAX_UNITS = 40;
/** AND, OR and NOT in capitals are search habits, not keywords: they stay filler. */
const BOOLEANS = new Set(['and', 'or', 'not']);
const MAX_TOKEN = 64;

/** Split into chunks: "quoted phrases" (a quote without its pair is ignored), then whitespace-separated words. */
function chunks(query: string): Chunk[] {
  const parts = query.replace(/[“”„‟″]/g, '"').split('"');
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1; // an odd quote out: its text is plain
  const out: Chunk[] = [];
  const shouting = !/\p{Ll}/u.test(query);
  parts.forEach((part, i) => {
    if (i % 2 === 1 && i < paired) {
      const tokens = tokenize(part).map((t) => t.slice(0, MAX_TOKEN));
      if (tokens.length) out.push({ tokens, quoted: true, prefix: false });
      return;
    }
    for (const raw of part.split(/\s+/)) {
      const tokens = tokenize(raw).map((t) => t.slice(0, MAX_TOKEN));
      const prefix = /[\p{L}\p{N}]\*+[^\p{L}\p{N}]*$/u.test(raw) && (tokens[tokens.length - 1]?.length ?? 0) >= 2;
      const caps = !shouting && /^\p{Lu}{2,}$/u.test(raw.replace(/[^\p{L}\p{N}]+/gu, '')) && !BOOLEANS.has(tokens[0] ?? '');
      if (tokens.length) out.push({ tokens, quoted: false, prefix, caps });
    }
  });
  return out;
}

interface SynonymIndex {
  byFirst: Map<string, { stems: string[]; group: number }[]>;
  groups: string[][];
}

/** Each term's stems, filed by its first stem, longest first. */
export function indexSynonyms(groups: readonly SynonymGroup[]): SynonymIndex {
  const byFirst = new Map<string, { stems: string[]; group: number }[]>();
  const kept: string[][] = [];
  for (const g of groups) {
    const terms = g.terms.map((t) => tokenize(t)).filter((t) => t.length);
    if (terms.length < 2) continue;
    const group = kept.push(terms.map((t) => t.join(' '))) - 1;
    for (const t of terms) {
      const stems = t.map(stem);
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ stems, group });
      list.sort((a, b) => b.stems.length - a.stems.length);
      byFirst.set(stems[0]!, list);
    }
  }
  return { byFirst, groups: kept };
}

/** The longest synonym term that starts at chunk `c` and ends at a chunk boundary: its group and chunk count. */
function synonymAt(cs: Chunk[], c: number, syn: SynonymIndex): { group: number; length: number } | undefined {
  if (cs[c]!.quoted || cs[c]!.prefix) return undefined;
  const seq: string[] = [];
  const ends = new Map<number, number>(); // tokens so far -> chunks used
  for (let k = c; k < cs.length && seq.length < 8 && !cs[k]!.quoted && !cs[k]!.prefix; k++) {
    seq.push(...cs[k]!.tokens.map(stem));
    ends.set(seq.length, k - c + 1);
  }
  for (const cand of syn.byFirst.get(seq[0]!) ?? []) {
    const n = cand.stems.length;
    if (ends.has(n) && cand.stems.every((s, i) => s === seq[i])) return { group: cand.group, length: ends.get(n)! };
  }
  return undefined;
}

const isFiller = (t: string) => QUESTION_WORDS.has(t) || STOP_WORDS.has(t);

/** Question frames whose words name no topic: "what problem does X solve", "what are the pros and cons of X". */
const FRAMES: readonly (readonly (readonly string[])[])[] = [
  [['problem', 'problems'], ['solve', 'solves', 'solved', 'address', 'addresses']],
  [['pros'], ['cons']],
];

/** Drop a frame's words when every part of it is in the query and something else is left to search. */
function dropFrame(units: Unit[]): Unit[] {
  const words = new Set(units.filter((u) => u.kind === 'word').map((u) => u.tokens[0]));
  const drop = new Set(FRAMES.filter((f) => f.every((part) => part.some((w) => words.has(w)))).flat(2));
  const kept = units.filter((u) => !(u.kind === 'word' && drop.has(u.tokens[0]!)));
  return kept.length ? kept : units;
}

/** The units of a query, in order, without repeats; empty when it has no words at all. */
export function parseQuery(query: string, syn: SynonymIndex): Unit[] {
  const cs = chunks(query);
  const units: Unit[] = [];
  let prevWord: string | undefined;
  for (let c = 0; c < cs.length; c++) {
    const hit = synonymAt(cs, c, syn);
    if (hit) {
      units.push({ kind: 'synonyms', tokens: cs.slice(c, c + hit.length).flatMap((k) => k.tokens), terms: syn.groups[hit.group]! });
      c += hit.length - 1;
      prevWord = undefined;
      continue;
    }
    const { tokens, quoted, prefix, caps } = cs[c]!;
    if (prefix) units.push({ kind: 'prefix', tokens });
    else if (quoted || tokens.length > 1) {
      if (quoted || !tokens.every((t) => isFiller(t) && t.length > 1)) units.push({ kind: 'phrase', tokens });
    } else {
      const t = tokens[0]!;
      if (/^\p{N}+$/u.test(t) && prevWord) units.push({ kind: 'phrase', tokens: [prevWord, t] });
      else if (caps || !isFiller(t)) units.push({ kind: 'word', tokens: [t] });
    }
    prevWord = !quoted && !prefix && tokens.length === 1 && !/^\p{N}+$/u.test(tokens[0]!) ? tokens[0] : undefined;
  }
  const seen = new Set<string>();
  const unique = dropFrame(units).filter((u) => {
    const key = `${u.kind}:${u.kind === 'synonyms' ? u.terms.join('|') : u.tokens.join(' ')}`;
    return !seen.has(key) && (seen.add(key), true);
  });
  if (unique.length) return unique.slice(0, MAX_UNITS);
  // Only filler ("the of and", "what is it"): search those words rather than nothing.
  return [...new Set(cs.flatMap((k) => k.tokens))].slice(0, MAX_UNITS).map((t) => ({ kind: 'word', tokens: [t] }));
}

const quote = (tokens: readonly string[]) => `"${tokens.join(' ')}"`;

/**
 * One unit as FTS5 phrases, each quoted: the spellings of a word, the terms of a synonym group. A
 * unit scores as its best phrase, so a row that says "cut" and "reduce" and "decrease" gets no more
 * from the group than a row that says one of them.
 */
export function unitPhrases(u: Unit): string[] {
  switch (u.kind) {
    case 'word':
      return spellings(u.tokens[0]).map((f) => quote([f]));
    case 'phrase':
      return [quote(u.tokens)];
    case 'prefix':
      return [`${quote(u.tokens)} *`];
    case 'synonyms':
      return u.terms.map((t) => quote(t.split(' ')));
  }
}

/** The FTS5 MATCH text of any unit matching (for snippets and highlights). Null: nothing to look for. */
export function toMatch(units: readonly Unit[]): string | null {
  return units.length ? units.flatMap(unitPhrases).join(' OR ') : null;
}

/** The query with misspelt words replaced (`corrections` maps a folded word to its fix), case kept where it can be. */
export function correctQuery(query: string, corrections: ReadonlyMap<string, string>): string {
  return query.replace(/[\p{L}\p{N}\p{M}]+/gu, (w) => {
    const fix = corrections.get(tokenize(w)[0] ?? '');
    if (fix === undefined) return w;
    return w[0] && w[0] !== w[0].toLowerCase() ? fix[0]!.toUpperCase() + fix.slice(1) : fix;
  });
}
