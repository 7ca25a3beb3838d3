/** `prep search QUERY`: fuzzy search over prompts, ids, tags, topics and answers (fuse.js). */
import type { Ctx } from '../context.js';
import type { Outcome } from '../main.js';
import { PrepError } from '../errors.js';
import { sanitize } from '../core/sanitize.js';

export interface SearchReport {
  version: 1;
  query: string;
  results: { id: string; bank: string; type: string; prompt: string; score: number }[];
}

export async function search(ctx: Ctx, words: string[], opts: { limit?: string }): Promise<Outcome> {
  const query = words.join(' ').trim();
  if (!query) throw new PrepError('usage', 'search needs some words', { hint: 'For example: prep search "bias variance"' });
  const limit = opts.limit === undefined ? 20 : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new PrepError('usage', `--limit must be a positive whole number, got "${opts.limit}"`);
  const [{ items }, { default: Fuse }] = await Promise.all([ctx.banks(), import('fuse.js')]);
  const fuse = new Fuse(items, {
    includeScore: true,
    ignoreLocation: true, // the default location/distance misses words far into a long field
    threshold: 0.35,
    minMatchCharLength: 2,
    useExtendedSearch: false,
    keys: [
      { name: 'prompt', weight: 3 },
      { name: 'id', weight: 2 },
      { name: 'tags', weight: 1.5 },
      { name: 'topic', weight: 1.5 },
      { name: 'answer', weight: 1 },
      { name: 'why', weight: 1 },
    ],
  });
  const report: SearchReport = {
    version: 1,
    query,
    results: fuse.search(query, { limit }).map((r) => ({
      id: r.item.id,
      bank: r.item.bank,
      type: r.item.type,
      prompt: sanitize(r.item.prompt),
      score: Math.round((1 - (r.score ?? 1)) * 1000) / 1000,
    })),
  };
  if (ctx.opts.json) return { json: report };
  const { painter } = await import('../format/paint.js');
  const { table } = await import('../format/text.js');
  const paint = await painter(ctx);
  if (!report.results.length) return { text: `No items match "${sanitize(query)}". Try fewer or different words.` };
  const width = ctx.io.stdout.columns || 100;
  return {
    text: table(report.results.map((r) => [paint('bold', r.id), paint('dim', r.type), r.prompt.length > width - 50 ? `${r.prompt.slice(0, Math.max(20, width - 51))}…` : r.prompt])),
  };
}
