/** Looking items up by id, with suggestions when the id is wrong. Shared by grade, show and drill. */
import { PrepError } from '../errors.js';
import { editDistance } from '../core/rubric.js';

export function suggestIds(query: string, ids: readonly string[], max = 3): string[] {
  const q = query.toLowerCase();
  return ids
    .map((id) => ({ id, d: id.includes(q) ? 0 : editDistance(q, id, 4) }))
    .filter((x) => x.d <= 4)
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((x) => x.id);
}

/** Where to look up ids of each kind. */
const FINDER: Record<string, string> = {
  item: '`prep search WORDS` finds ids; `prep bank list` shows the banks.',
  story: '`prep star list` shows your stories.',
};

export function unknownId(id: string, ids: readonly string[], what = 'item'): PrepError {
  const near = suggestIds(id, ids);
  // Checklist items are few: list them all rather than point elsewhere.
  const finder = FINDER[what] ?? `The ${what}s: ${ids.join(', ')}.`;
  return new PrepError('unknown-id', `no ${what} with id "${id}"`, {
    hint: near.length ? `Did you mean ${near.map((s) => `"${s}"`).join(', ')}? ${finder}` : finder,
  });
}
