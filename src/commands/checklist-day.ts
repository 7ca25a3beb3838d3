/** The screen to read before joining on the day: round structures, picked questions, stories by theme. */
import type { Ctx } from '../context.js';
import type { Interview } from '../core/checklist.js';
import { storyCoverage } from '../core/star.js';
import type { Paint } from '../format/paint.js';
import { mmss, sanitize, wrap } from '../format/text.js';
import { loadFrameworks, loadTaxonomy } from '../adapters/content-files.js';
import type { Repo } from '../adapters/repo.js';

export async function dayScreen(ctx: Ctx, repo: Repo, iv: Interview, paint: Paint, width: number): Promise<string> {
  const [fw, taxonomy, { items }] = await Promise.all([loadFrameworks(ctx.contentDir), loadTaxonomy(ctx.contentDir), ctx.banks()]);
  const lines = [paint('inverse', ` Before you join: ${sanitize(iv.company)} `), '', paint('bold', 'Round structures')];
  for (const f of fw.frameworks) {
    const total = f.phases.reduce((a, p) => a + p.seconds, 0);
    lines.push(wrap(`${f.title} (${mmss(total)}): ${f.phases.map((p) => `${p.title} ${mmss(p.seconds)}`).join(' → ')}`, width - 2, '  '));
  }
  const picked = repo.picked(iv.id).map((id) => items.find((i) => i.id === id)).filter((i) => !!i);
  lines.push('', paint('bold', 'Your questions for them'), ...(picked.length ? picked.map((q) => wrap(`- ${q.prompt}`, width - 2, '  ')) : ['  none picked: prep ask --pick']));
  const cov = storyCoverage(repo.stories(), taxonomy.star_themes, new Set(taxonomy.star_themes.map((t) => t.id)));
  const titles = new Map(repo.stories().map((s) => [s.id, s.title]));
  lines.push('', paint('bold', 'Your stories by theme'));
  for (const t of cov.themes.filter((t) => t.stories.length || t.checklist)) {
    lines.push(`  ${t.id}: ${t.stories.length ? t.stories.map((s) => sanitize(titles.get(s) ?? s)).join('; ') : paint('yellow', 'none yet')}`);
  }
  return lines.join('\n');
}
