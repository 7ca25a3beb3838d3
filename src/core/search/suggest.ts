/** Choosing the fix for a word the index does not have ("did you mean"). Pure: candidates come in. */
import { editDistance, typoBudget } from './text.js';
import type { Unit } from './query.js';

/** Words of a query worth checking against the index: letters only, three or more, not inside a synonym or prefix. */
export function checkableTokens(units: readonly Unit[]): string[] {
  const out = new Set<string>();
  for (const u of units) {
    if (u.kind === 'word' || u.kind === 'phrase') for (const t of u.tokens) if (t.length >= 3 && /^\p{L}+$/u.test(t)) out.add(t);
  }
  return [...out];
}

/**
 * The fix for a misspelt word: among the candidates within the word's typo budget (one edit, two from
 * eight letters), the closest, then the most frequent, then the first alphabetically. None: no fix.
 */
export function bestCorrection(word: string, candidates: readonly { word: string; n: number }[]): string | undefined {
  const budget = typoBudget(word);
  let best: { word: string; n: number; d: number } | undefined;
  for (const c of candidates) {
    if (c.word === word) continue;
    const d = editDistance(word, c.word, budget);
    if (d > budget) continue;
    if (!best || d < best.d || (d === best.d && (c.n > best.n || (c.n === best.n && c.word < best.word)))) best = { ...c, d };
  }
  return best?.word;
}
