/** `prep search QUERY`: fuzzy search over prompts, ids, tags, topics and answers (fuse.js). */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { ExitCode, PrepError } from '../errors.js';
import { sanitize } from '../core/sanitize.js';

export interface SearchReport {
  version: 1;
  query: string;
  results: { id: string; bank: string; type: string; prompt: string; score: number }[];
}

const STOP = new Set('a an and are as at be by can do does for from how i in is it me of on or the to what when where which who why with you your'.split(' '));

/** The words worth looking for: lower case, no stop words or repeats, at most 12 of at most 40 letters. */
export function searchTerms(query: string): string[] {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}_+#.-]+/u).map((w) => w.replace(/^[.-]+|[.-]+$/g, '')).filter((w) => w.length > 1);
  const kept = [...new Set(words.filter((w) => !STOP.has(w)))];
  return (kept.length ? kept : [...new Set(words)]).map((w) => w.slice(0, 40)).slice(0, 12);
}

export async function search(ctx: Ctx, words: string[], opts: { limit?: string }): Promise<Outcome> {
  const query = words.join(' ').trim().slice(0, 500);
  const limit = opts.limit === undefined ? 20 : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new PrepError('usage', `--limit must be a positive whole number, got "${opts.limit}"`);
  const terms = searchTerms(query);
  if (!terms.length) throw new PrepError('usage', 'search needs some words', { hint: 'For example: prep search "bias variance"' });
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
  // Each word is looked for on its own (fuse.js matches its whole pattern as one fuzzy string, so a long
  // question found nothing and cost seconds per word): items matching more words rank first, then closer.
  const hits = new Map<string, { item: (typeof items)[number]; words: number; score: number }>();
  const textOf = new Map<string, { head: string; body: string }>();
  const text = (it: (typeof items)[number]) => {
    let t = textOf.get(it.id);
    if (t === undefined) {
      t = { head: [it.id, it.prompt, it.topic ?? '', ...it.tags].join(' ').toLowerCase(), body: ['answer' in it ? it.answer ?? '' : '', 'why' in it ? it.why : ''].join(' ').toLowerCase() };
      textOf.set(it.id, t);
    }
    return t;
  };
  for (const term of terms) {
    for (const r of fuse.search(term)) {
      const h = hits.get(r.item.id) ?? { item: r.item, words: 0, score: 0 };
      h.words++;
      // The word itself beats a near spelling: in the prompt, id or tags most, in the answer less.
      const t = text(r.item);
      h.score += 1 - (r.score ?? 1) + (t.head.includes(term) ? 1 : t.body.includes(term) ? 0.5 : 0);
      hits.set(r.item.id, h);
    }
  }
  const ranked = [...hits.values()]
    .map((h) => ({ ...h, rank: h.words / terms.length + (h.score / terms.length) * 0.25 }))
    .sort((a, b) => b.words - a.words || b.rank - a.rank || (a.item.id < b.item.id ? -1 : 1))
    .slice(0, limit);
  const report: SearchReport = {
    version: 1,
    query,
    results: ranked.map((h) => ({
      id: h.item.id,
      bank: h.item.bank,
      type: h.item.type,
      prompt: sanitize(h.item.prompt),
      score: Math.round((h.rank / 1.5) * 1000) / 1000,
    })),
  };
  // No match is a negative answer (exit 1, as grep), with the report printed all the same.
  const exitCode = report.results.length ? ExitCode.ok : ExitCode.negative;
  if (ctx.opts.json) return { json: report, exitCode };
  const { painter } = await import('../format/paint.js');
  const { table } = await import('../format/text.js');
  const paint = await painter(ctx);
  if (!report.results.length) return { text: `No items match "${sanitize(query.length > 60 ? `${query.slice(0, 60)}…` : query)}". Try fewer or different words.`, exitCode };
  const width = ctx.io.stdout.columns || 100;
  return {
    text: table(report.results.map((r) => [paint('bold', r.id), paint('dim', r.type), r.prompt.length > width - 50 ? `${r.prompt.slice(0, Math.max(20, width - 51))}…` : r.prompt])),
  };
}
