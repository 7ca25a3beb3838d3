/** The item filters of search (`--bank --topic --type --role --difficulty`), checked against what exists. */
import { PrepError } from '../errors.js';
import type { ItemFilter } from '../core/queue.js';
import { DIFFICULTIES, ITEM_TYPES, ROLES } from '../core/vocab.js';
import type { BankSummary, ItemIndexEntry } from '../core/types.js';
import { suggestIds } from './items.js';

export interface FilterOptions {
  bank?: string[];
  topic?: string[];
  type?: string[];
  role?: string[];
  difficulty?: string[];
}

export function checkValues(flag: string, given: string[] | undefined, known: readonly string[]): string[] | undefined {
  if (!given?.length) return undefined;
  // The header shows types as `code-review`: accept that spelling too.
  const values = given.flatMap((g) => g.split(',')).map((g) => g.trim()).filter(Boolean).map((v) => (flag === 'type' ? v.replace(/-/g, '_') : v));
  for (const v of values) {
    if (!known.includes(v)) {
      const near = suggestIds(v, [...known]);
      throw new PrepError('usage', `unknown ${flag} "${v}"`, { hint: near.length ? `Did you mean ${near.join(', ')}?` : `Known: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}` });
    }
  }
  return values.length ? values : undefined;
}

/** The filter the options ask for; unknown values are usage errors with a suggestion. */
export function itemFilter(o: FilterOptions, index: { banks: BankSummary[]; items: ItemIndexEntry[] }): ItemFilter {
  const f: ItemFilter = {};
  const bank = checkValues('bank', o.bank, index.banks.map((b) => b.id));
  const topic = checkValues('topic', o.topic, [...new Set(index.items.map((i) => i.topic).filter((t): t is string => !!t))]);
  const type = checkValues('type', o.type, ITEM_TYPES) as ItemFilter['type'];
  const role = checkValues('role', o.role, ROLES) as ItemFilter['role'];
  const difficulty = checkValues('difficulty', o.difficulty, DIFFICULTIES) as ItemFilter['difficulty'];
  if (bank) f.bank = bank;
  if (topic) f.topic = topic;
  if (type) f.type = type;
  if (role) f.role = role;
  if (difficulty) f.difficulty = difficulty;
  return f;
}
