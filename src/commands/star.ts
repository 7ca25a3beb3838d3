/** `prep star list|show|rm|import|export|lint|coverage`: the candidate's STAR story bank. */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { lintStory, storyCoverage, type Story } from '../core/star.js';
import { planImport, type ImportVerdict } from '../core/star-import.js';
import { storyMarkdown } from '../format/star-view.js';
import { sanitize, sanitizeDeep, toJson } from '../core/sanitize.js';
import { loadTaxonomy, loadTemplates } from '../adapters/content-files.js';
import { readUtf8 } from '../adapters/read-text.js';
import { repoOf } from './interview.js';
import { unknownId } from './items.js';

export async function storyOr404(ctx: Ctx, id: string) {
  const repo = await repoOf(ctx);
  const s = repo.story(id);
  if (!s) throw unknownId(id, repo.stories().map((x) => x.id), 'story');
  return { repo, story: s };
}

export const exportable = ({ id, title, template, themes, situation, task, action, result, metrics, reflection }: Story): Story => ({
  id, title, template, themes, situation, task, action, result, ...(metrics ? { metrics } : {}), ...(reflection ? { reflection } : {}),
});

export async function starList(ctx: Ctx): Promise<Outcome> {
  const repo = await repoOf(ctx);
  const store = await ctx.store();
  const stories = repo.stories().map((s) => {
    const card = store.getCard(`story:${s.id}`);
    return { ...exportable(s), nextRehearsal: card?.due.toISOString() ?? null, rehearsals: card?.reps ?? 0 };
  });
  if (ctx.opts.json) return { json: { version: 1, stories: sanitizeDeep(stories) } };
  if (!stories.length) return { text: 'No stories yet. `prep star new` walks you through one (about 10 minutes).' };
  const { table } = await import('../format/text.js');
  return { text: table([['id', 'template', 'themes', 'rehearsed'], ...stories.map((s) => [s.id, s.template, s.themes.join(', '), `${s.rehearsals}×`])]) };
}

export async function starShow(ctx: Ctx, id: string): Promise<Outcome> {
  const { repo, story } = await storyOr404(ctx, id);
  const templates = await loadTemplates(ctx.contentDir);
  const tellings = repo.tellings(id);
  if (ctx.opts.json) return { json: { version: 1, story: sanitizeDeep(exportable(story)), findings: lintStory(story, templates.get(story.template)), tellings } };
  return { text: [storyMarkdown([story], templates).trim(), ...(tellings.length ? ['', `Last telling: ${Math.round(tellings[0]!.total)} s`] : [])].join('\n') };
}

export async function starRm(ctx: Ctx, id: string): Promise<Outcome> {
  const { repo } = await storyOr404(ctx, id);
  repo.removeStory(id);
  return { json: { version: 1, removed: id }, text: `Removed story ${id}.` };
}

/** Validate and normalise stories from any accepted import shape. */
export async function parseStories(ctx: Ctx, file: string): Promise<Story[]> {
  const [{ parseYaml, formatFinding }, { schemaFindings }, { StorySchema }, { z }] = await Promise.all([import('../adapters/yaml-doc.js'), import('../adapters/validate.js'), import('../core/schema.js'), import('zod')]);
  // Read with the size cap (/dev/zero stops at 8 MB) and as strict UTF-8; an OS error is said in words.
  const read = readUtf8(file);
  if ('finding' in read) throw new PrepError('invalid-input', `cannot import ${file}: ${read.finding.message}`, { ...(read.finding.hint ? { hint: read.finding.hint } : {}) });
  const source = read.text;
  const parsed = parseYaml(file, source);
  if (parsed.findings.length) throw new PrepError('invalid-input', `${file} is not valid YAML or JSON`, { details: parsed.findings.map(formatFinding) });
  const v = parsed.value as unknown;
  const wrapped = Array.isArray(v) ? { stories: v } : v && typeof v === 'object' && 'stories' in v ? v : { stories: [v] };
  const schema = z.object({ version: z.literal(1).optional(), stories: z.array(StorySchema) }).strict();
  const { data, findings } = schemaFindings({ ...parsed, value: wrapped, locate: (p, k) => parsed.locate(Array.isArray(v) ? p.slice(1) : v && typeof v === 'object' && 'stories' in v ? p : p.slice(2), k) }, schema);
  if (!data) throw new PrepError('invalid-input', `${file} has invalid stories`, { details: findings.map(formatFinding), hint: 'A story needs title and template; see content/schema/story.schema.json.' });
  const [templates, taxonomy] = await Promise.all([loadTemplates(ctx.contentDir), loadTaxonomy(ctx.contentDir)]);
  const themes = new Set(taxonomy.star_themes.map((t) => t.id));
  const problems: string[] = [];
  data.stories.forEach((s, i) => {
    const title = sanitize(s.title);
    if (!templates.has(s.template)) problems.push(`story ${i + 1} (${title}): unknown template "${s.template}"`);
    for (const t of s.themes) if (!themes.has(t)) problems.push(`story ${i + 1} (${title}): unknown theme "${t}"`);
  });
  if (problems.length) throw new PrepError('invalid-input', `${file} refers to unknown templates or themes`, { details: problems, hint: `Themes and templates: ${[...themes].join(', ')}` });
  return data.stories.map((s) => ({ ...s, id: s.id ?? '', themes: s.themes.length ? s.themes : [s.template] })) as Story[];
}

export async function starImport(ctx: Ctx, file: string): Promise<Outcome> {
  const stories = await parseStories(ctx, file);
  const repo = await repoOf(ctx);
  const now = ctx.now();
  const plan = planImport(repo.stories(), stories);
  for (const p of plan) if (p.verdict !== 'unchanged') repo.saveStory(p.story, now);
  const ids = (v: ImportVerdict) => plan.filter((p) => p.verdict === v).map((p) => p.story.id);
  const [added, updated, unchanged] = [ids('added'), ids('updated'), ids('unchanged')];
  const n = (k: number) => `${k} stor${k === 1 ? 'y' : 'ies'}`;
  const text = [
    added.length ? `Added ${n(added.length)}: ${added.join(', ')}.` : '',
    updated.length ? `Updated ${n(updated.length)}: ${updated.join(', ')}.` : '',
    unchanged.length ? `Unchanged ${unchanged.length}: ${unchanged.join(', ')}.` : '',
  ].filter(Boolean).join(' ');
  return { json: { version: 1, added, updated, unchanged }, text: text || 'The file holds no stories.' };
}

export async function starExport(ctx: Ctx, opts: { format?: string }): Promise<Outcome> {
  const format = opts.format ?? 'md';
  if (!['md', 'yaml', 'json'].includes(format)) throw new PrepError('usage', `--format is md, yaml or json; got "${format}"`);
  const stories = (await repoOf(ctx)).stories().map(exportable);
  const doc = { version: 1, stories };
  if (format === 'json' || ctx.opts.json) return { json: doc, text: toJson(doc, 2) };
  if (format === 'yaml') {
    const { stringifySafe } = await import('../adapters/yaml-doc.js');
    return { text: stringifySafe(doc) };
  }
  if (!stories.length) return { text: 'No stories to export. `prep star new` walks you through one; `prep star import FILE` reads them.' };
  return { text: storyMarkdown(stories, await loadTemplates(ctx.contentDir)) };
}

export async function starLint(ctx: Ctx, id: string | undefined): Promise<Outcome> {
  const repo = await repoOf(ctx);
  const stories = id ? [(await storyOr404(ctx, id)).story] : repo.stories();
  const templates = await loadTemplates(ctx.contentDir);
  const results = stories.map((s) => ({ id: s.id, findings: lintStory(s, templates.get(s.template)) }));
  if (ctx.opts.json) return { json: { version: 1, stories: results } };
  if (!stories.length) return { text: 'No stories to check. `prep star new` starts one.' };
  const { formatFindings } = await import('../format/star-view.js');
  const width = Math.min(ctx.io.stdout.columns || 80, 100);
  return { text: results.map((r) => `${r.id}: ${r.findings.length ? `${r.findings.length} note${r.findings.length === 1 ? '' : 's'}\n${formatFindings(r.findings, width)}` : 'no notes, ready to tell'}`).join('\n') };
}

export async function starCoverage(ctx: Ctx): Promise<Outcome> {
  const [repo, taxonomy, templates] = await Promise.all([repoOf(ctx), loadTaxonomy(ctx.contentDir), loadTemplates(ctx.contentDir)]);
  const report = storyCoverage(repo.stories(), taxonomy.star_themes, new Set(templates.keys()));
  if (ctx.opts.json) return { json: report };
  const { table } = await import('../format/text.js');
  const rows = report.themes.map((t) => [t.status === 'covered' ? '✓' : '✗', t.id + (t.checklist ? ' *' : ''), t.stories.join(', ') || '-']);
  const missing = report.themes.filter((t) => t.checklist && t.status === 'missing').map((t) => t.id);
  return { text: `${table(rows)}\n* asked for by the checklist${missing.length ? `\nStill to cover: ${missing.join(', ')} (prep star new --template ${missing[0]})` : ''}` };
}

