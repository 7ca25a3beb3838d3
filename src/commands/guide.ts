/** `prep guide [portfolio|resources|resume|pitch]`: the guide content, readable in a terminal. */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { sanitizeDeep } from '../core/sanitize.js';
import { loadGuide } from '../adapters/content-files.js';

export async function guide(ctx: Ctx, section: string | undefined): Promise<Outcome> {
  const g = await loadGuide(ctx.contentDir);
  const sections = section ? g.sections.filter((s) => s.id === section) : g.sections;
  if (section && !sections.length) throw new PrepError('usage', `no guide section "${section}"`, { hint: `Sections: ${g.sections.map((s) => s.id).join(', ')}` });
  if (ctx.opts.json) return { json: { version: 1, sections: sanitizeDeep(sections) } };
  const [{ painter }, { wrap }] = await Promise.all([import('../format/paint.js'), import('../format/text.js')]);
  const paint = await painter(ctx);
  const width = Math.min(ctx.io.stdout.columns || 80, 100);
  const lines: string[] = [];
  for (const s of sections) {
    lines.push(paint('bold', paint('underline', s.title)), '');
    if (s.intro) lines.push(wrap(s.intro, width), '');
    for (const e of s.entries) {
      lines.push(paint('bold', wrap(e.title, width)), wrap(e.text, width - 2, '  '));
      if (e.url) lines.push(paint('dim', `  ${e.url}`));
      lines.push('');
    }
  }
  if (!section) lines.push(paint('dim', `One section: prep guide ${g.sections.map((s) => s.id).join('|')}`));
  return { text: lines.join('\n').trimEnd() };
}
