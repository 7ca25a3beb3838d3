/** What a behavioural drill item adds: the candidate's own stories for its template, or the template's sample. Pure. */
import type { StarTemplate } from '../core/schema.js';
import type { Story } from '../core/star.js';
import type { LoadedItem } from '../core/types.js';
import type { Paint } from './paint.js';
import { sanitize, wrap } from './text.js';

const storiesFor = (item: LoadedItem, stories: readonly Story[]) =>
  item.type === 'behavioural' ? stories.filter((st) => st.template === item.template || st.themes.includes(item.template)) : [];

/** One line under the prompt: which of your stories to tell, or how to write one. */
export function storyOffer(item: LoadedItem, stories: readonly Story[], paint: Paint): string {
  if (item.type !== 'behavioural') return '';
  const mine = storiesFor(item, stories);
  return mine.length
    ? paint('cyan', `Your stories for this: ${mine.map((st) => `${st.id} (${sanitize(st.title)})`).join('; ')}`)
    : paint('dim', `No story of yours for ${item.template} yet: \`prep star new --template ${item.template}\``);
}

/** At the reveal: your stories in outline (title and result), or, with none yet, the labelled fictional sample. */
export function storyReveal(item: LoadedItem, stories: readonly Story[], templates: ReadonlyMap<string, StarTemplate>, paint: Paint, width: number): string {
  if (item.type !== 'behavioural') return '';
  const mine = storiesFor(item, stories);
  if (mine.length) return `\n${paint('bold', 'Your stories for this')}\n${mine.map((st) => wrap(`- ${st.title}: ${st.result}`, width, '  ')).join('\n')}`;
  const t = templates.get(item.template);
  if (!t) return '';
  const parts = (['situation', 'task', 'action', 'result'] as const).map((p) => wrap(`${p[0]!.toUpperCase()}${p.slice(1)}: ${t.sample[p]}`, width, '  '));
  const persona = sanitize(t.sample.persona).replace(/\s+/g, ' ').trim();
  const label = /fictional|invented/i.test(persona) ? persona : `Fictional: ${persona}`;
  return `\n${paint('bold', wrap(`Sample story. ${label}`, width))}\n${parts.join('\n')}`;
}
