/** What a mock round is planned from: the banks' light index (behavioural items with their templates), and the themes to ask first. */
import type { Ctx } from '../context.js';
import type { Repo } from '../adapters/repo.js';
import type { MockCandidate } from '../core/mock-plan.js';

export async function mockCandidates(ctx: Ctx): Promise<MockCandidate[]> {
  const { items } = await ctx.index();
  const behavioural = items.filter((i) => i.type === 'behavioural').map((i) => i.id);
  const { readItemsById } = await import('../adapters/bank-db.js');
  const full = behavioural.length ? readItemsById(await ctx.bankDb(), behavioural) : new Map();
  return items.map((i) => {
    const f = full.get(i.id);
    return { id: i.id, type: i.type, difficulty: i.difficulty, roles: i.roles, ...(i.topic ? { topic: i.topic } : {}), ...(f?.type === 'behavioural' ? { template: f.template } : {}) };
  });
}

/** Behavioural rounds ask first about what your stories cover, then the themes the checklist holds you to. */
export async function preferredTemplates(ctx: Ctx, repo: Repo): Promise<string[]> {
  const { loadTaxonomy } = await import('../adapters/content-files.js');
  const taxonomy = await loadTaxonomy(ctx.contentDir).catch(() => null);
  // Each story's own template first (so a round asks for different stories), then the themes they also serve.
  const stories = repo.stories();
  const fromStories = [...stories.map((s) => s.template), ...stories.flatMap((s) => s.themes)];
  const checklist = (taxonomy?.star_themes ?? []).filter((t) => t.checklist).map((t) => t.id);
  return [...new Set([...fromStories, ...checklist])];
}
