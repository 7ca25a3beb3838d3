/** The screen to read before joining on the day, as data: round structures, picked questions, stories by theme. */
import type { Ctx } from '../context.js';
import type { Interview } from '../core/checklist.js';
import { storyCoverage } from '../core/star.js';
import { loadFrameworks, loadTaxonomy } from '../adapters/content-files.js';
import type { Repo } from '../adapters/repo.js';

export interface DayBlock {
  rounds: { id: string; title: string; seconds: number; phases: { id: string; title: string; seconds: number }[] }[];
  questions: { id: string; prompt: string }[];
  /** The checklist's themes (covered or not) and any other theme a story serves. */
  stories: { theme: string; stories: { id: string; title: string }[] }[];
}

export async function dayBlock(ctx: Ctx, repo: Repo, iv: Interview): Promise<DayBlock> {
  const [fw, taxonomy, { items }] = await Promise.all([loadFrameworks(ctx.contentDir), loadTaxonomy(ctx.contentDir), ctx.banks()]);
  const rounds = fw.frameworks.map((f) => ({
    id: f.id, title: f.title, seconds: f.phases.reduce((a, p) => a + p.seconds, 0),
    phases: f.phases.map((p) => ({ id: p.id, title: p.title, seconds: p.seconds })),
  }));
  const questions = repo.picked(iv.id).flatMap((id) => {
    const q = items.find((i) => i.id === id);
    return q ? [{ id, prompt: q.prompt }] : [];
  });
  const all = repo.stories();
  const titles = new Map(all.map((s) => [s.id, s.title]));
  const cov = storyCoverage(all, taxonomy.star_themes, new Set(taxonomy.star_themes.map((t) => t.id)));
  const stories = cov.themes.filter((t) => t.stories.length || t.checklist).map((t) => ({ theme: t.id, stories: t.stories.map((id) => ({ id, title: titles.get(id) ?? id })) }));
  return { rounds, questions, stories };
}
