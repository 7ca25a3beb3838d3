/** `prep export --format md`: your STAR stories, then the questions picked for each interview, as Markdown. */
import type { Ctx } from '../context.js';
import { sanitize } from '../core/sanitize.js';
import { storyMarkdown } from '../format/star-view.js';
import { loadTemplates } from '../adapters/content-files.js';
import { repoOf } from './interview.js';
import { exportable } from './star.js';

/** One line of Markdown from untrusted text: no terminal controls, no line breaks. */
const inline = (s: string) => sanitize(s).replace(/\s+/g, ' ').trim();

export async function markdownExport(ctx: Ctx): Promise<{ text: string; summary: Record<string, number> }> {
  const [repo, templates, { items }] = await Promise.all([repoOf(ctx), loadTemplates(ctx.contentDir), ctx.banks()]);
  const stories = repo.stories().map(exportable);
  const asks = new Map(items.filter((i) => i.type === 'ask').map((i) => [i.id, i]));
  const out = ['# STAR stories', ''];
  out.push(stories.length ? storyMarkdown(stories, templates).trimEnd() : '_No stories yet: `prep star new` writes one._', '', '# Questions to ask', '');
  let questions = 0;
  const interviews = repo.interviews();
  for (const iv of interviews) {
    const picked = repo.picked(iv.id);
    questions += picked.length;
    out.push(`## ${inline(iv.company)} (${inline(iv.date)}${iv.role ? `, ${inline(iv.role)}` : ''})`, '');
    if (!picked.length) out.push('_None picked yet: `prep ask --pick --interview ' + iv.id + '`._');
    for (const id of picked) {
      const a = asks.get(id);
      out.push(a && a.type === 'ask' ? `- ${inline(a.prompt)}\n  _${inline(a.why)}_` : `- ${id} (no longer in the banks)`);
    }
    out.push('');
  }
  if (!interviews.length) out.push('_No interviews yet: `prep interview add COMPANY --date YYYY-MM-DD`._', '');
  return { text: `${out.join('\n').trimEnd()}\n`, summary: { stories: stories.length, interviews: interviews.length, questions } };
}
