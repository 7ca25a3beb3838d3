/** The text of an item that search indexes, by field, and the weight of each field in the ranking. Pure. */
import type { Item } from '../schema.js';
import { sanitize } from '../sanitize.js';

/** Indexed fields in column order. Their weights multiply bm25's term scores: what an item asks counts most. */
export const SEARCH_FIELDS = ['id', 'prompt', 'tags', 'topic', 'points', 'answer'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export const FIELD_WEIGHTS: Record<SearchField, number> = { id: 4, prompt: 6, tags: 4, topic: 3, points: 1.5, answer: 1 };

/** Words in the field names users see (`matched` in --json). */
export const FIELD_NAMES: Record<SearchField, string> = { id: 'id', prompt: 'prompt', tags: 'tags', topic: 'topic', points: 'key points', answer: 'answer' };

const join = (xs: readonly (string | undefined)[]) => xs.filter((x): x is string => !!x).join('\n');

/** One item's searchable text (control characters removed, so snippet markers are unambiguous). */
export function searchFields(item: Item, topicTitle: string | undefined): Record<SearchField, string> {
  const points = [
    ...(item.key_points ?? []).map((k) => k.point),
    ...('phases' in item ? Object.values(item.phases).flatMap((p) => (p?.key_points ?? []).map((k) => k.point)) : []),
    ...('bugs' in item ? item.bugs.map((b) => b.issue) : []),
  ];
  const answer = [
    'answer' in item ? item.answer : undefined,
    'why' in item ? item.why : undefined,
    ...('tradeoffs' in item ? item.tradeoffs : []),
    ...('requirements' in item ? item.requirements : []),
    // Follow-ups answer questions of their own ("and SCD type 2?"): they are found through their item.
    ...(item.follow_ups ?? []).flatMap((f) => [f.prompt, f.answer]),
  ];
  const fields: Record<SearchField, string> = {
    id: item.id,
    prompt: item.prompt,
    tags: item.tags.join(' '),
    topic: join([topicTitle, item.topic]),
    points: join(points),
    answer: join(answer),
  };
  for (const f of SEARCH_FIELDS) fields[f] = sanitize(fields[f]).replace(/\t/g, ' ');
  return fields;
}
