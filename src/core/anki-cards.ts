/**
 * Our items as Anki notes (front = prompt, back = answer and key points, tags = bank, topic, roles) and
 * Anki notes as `type: card` items of a user bank (front and back as plain text, self-graded). Pure.
 */
import type { AnkiNote } from './anki.js';
import { escapeHtml, htmlToText, proseToHtml, stripEscapes } from './html-text.js';
import { ROLES, type Item, type KeyPoint, type Role } from './schema.js';
import { toSlug, uniqueSlug } from './star.js';

type Loaded = Item & { bank: string };

/** Every key point an item is scored on (design items: the phases' too). */
function keyPoints(item: Item): KeyPoint[] {
  const own = item.key_points ?? [];
  if (item.type !== 'design') return own;
  return [...own, ...Object.values(item.phases).flatMap((p) => p?.key_points ?? [])];
}

/** Questions to ask the interviewer have no answer to recall: they are not exported. */
export const isAnkiExportable = (item: Item): boolean => item.type !== 'ask';

export function itemToNote(item: Loaded): AnkiNote {
  const parts: string[] = [];
  if ('answer' in item && item.answer) parts.push(proseToHtml(item.answer));
  const points = keyPoints(item);
  if (points.length) parts.push(`<b>Key points</b><ul>${points.map((k) => `<li>${escapeHtml(k.point)}</li>`).join('')}</ul>`);
  const tags = [`bank::${item.bank}`, ...(item.topic ? [`topic::${item.topic}`] : []), ...item.roles.map((r) => `role::${r}`)];
  return { guid: item.id, front: proseToHtml(item.prompt), back: parts.join('<br><br>'), tags };
}

export interface CardItem {
  id: string;
  type: 'card';
  topic?: string;
  roles: Role[];
  difficulty: 'easy' | 'medium' | 'hard';
  tags?: string[];
  prompt: string;
  answer: string;
}

export interface NoteContext {
  bank: string;
  html: boolean;
  /** Ids already used by any bank (the new ones are added as they are made). */
  taken: Set<string>;
  /** Topic ids of the taxonomy: a `topic::x` tag becomes the item's topic only if x is one. */
  topics: ReadonlySet<string>;
}

const CLOZE = /\{\{c\d+::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** A tag as our tag slug: lower case, `::` hierarchy as dots, other characters as dashes. */
const tagSlug = (t: string): string => t.toLowerCase().replace(/::/g, '.').replace(/[^a-z0-9+.-]+/g, '-').replace(/^[^a-z0-9]+|[-.]+$/g, '');

function readTags(tags: readonly string[], topics: ReadonlySet<string>): { topic?: string; roles: Role[]; tags?: string[] } {
  const roles = new Set<Role>();
  const out = new Set<string>();
  let topic: string | undefined;
  for (const raw of tags) {
    const [ns, value] = raw.includes('::') ? [raw.slice(0, raw.indexOf('::')).toLowerCase(), raw.slice(raw.indexOf('::') + 2)] : ['', raw];
    if (ns === 'role' && (ROLES as readonly string[]).includes(value)) roles.add(value as Role);
    else if (ns === 'topic' && topics.has(value)) topic ??= value;
    else if (ns === 'bank' || ns === 'topic') continue;
    else {
      const slug = tagSlug(raw);
      if (slug) out.add(slug);
    }
  }
  return { ...(topic ? { topic } : {}), roles: roles.size ? ROLES.filter((r) => roles.has(r)) : [...ROLES], ...(out.size ? { tags: [...out].slice(0, 20) } : {}) };
}

/** A guid that is already a slug (our own export writes item ids) names the card: `ml-bias-variance` -> `<bank>-ml-bias-variance`. */
function idSlug(guid: string | undefined, bank: string): string | undefined {
  if (!guid || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(guid)) return undefined;
  return guid.startsWith(`${bank}-`) ? guid.slice(bank.length + 1) : guid;
}

/** One note as a card item, or why it cannot be one. Cloze notes ({{c1::…}}) ask with the gaps and answer with them filled. */
export function noteToCard(note: AnkiNote, ctx: NoteContext): CardItem | { skip: string } {
  const plain = (s: string) => (ctx.html ? htmlToText(s) : stripEscapes(s).replace(/[ \t]+/g, ' ').trim());
  let front = plain(note.front);
  let back = plain(note.back);
  if (/\{\{c\d+::/.test(front)) {
    const filled = front.replace(CLOZE, (_m, text: string) => text);
    front = front.replace(CLOZE, (_m, _t, hint?: string) => (hint ? `[${hint}]` : '[…]'));
    back = back ? `${filled}\n\n${back}` : filled;
  }
  if (!front) return { skip: 'the front is empty' };
  if (!back) return { skip: 'the back is empty' };
  const id = uniqueSlug(`${ctx.bank}-${idSlug(note.guid, ctx.bank) ?? toSlug(front, 'card')}`.slice(0, 80).replace(/-+$/, ''), ctx.taken);
  ctx.taken.add(id);
  return { id, type: 'card', ...readTags(note.tags, ctx.topics), difficulty: 'medium', prompt: front, answer: back };
}
