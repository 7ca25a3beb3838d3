/**
 * `prep checklist [--interview ID] [--all]` and `check|uncheck ITEM`: the week before an interview.
 * Items with an action are verified against the data (stories, reviews, picked questions), not ticked.
 */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { isPromptExit, promptContext } from '../adapters/prompts.js';
import { PrepError } from '../errors.js';
import { sanitize, sanitizeDeep } from '../core/sanitize.js';
import { buildChecklist, stageStart, type ActionState, type ChecklistReport, type Interview } from '../core/checklist.js';
import type { ChecklistAction, ChecklistFile } from '../core/schema.js';
import { matchesFilter, type ItemFilter } from '../core/queue.js';
import { storyCoverage } from '../core/star.js';
import { distinctStories } from '../core/star-import.js';
import { startOfLocalDay } from '../core/studyday.js';
import { loadChecklist, loadTaxonomy } from '../adapters/content-files.js';
import type { Repo } from '../adapters/repo.js';
import { pickInterview, repoOf, today } from './interview.js';
import { formatChecklist, formatDay, visibleStages } from '../format/checklist-view.js';

const GENERIC = '';

async function actionStates(ctx: Ctx, repo: Repo, checklist: ChecklistFile, iv: Interview | null, todayIso: string): Promise<Map<string, ActionState>> {
  const out = new Map<string, ActionState>();
  const needs = (k: ChecklistAction['kind']) => checklist.stages.some((s) => s.items.some((i) => i.action?.kind === k));
  const [taxonomy, index, settings] = await Promise.all([needs('star-coverage') ? loadTaxonomy(ctx.contentDir) : undefined, needs('drill') ? ctx.index() : undefined, ctx.settings()]);
  const store = await ctx.store();
  for (const stage of checklist.stages) {
    // Without an interview, "since the stage began" means the last 7 days.
    const since = iv ? stageStart(iv.date, stage.offset_days) : stageStart(todayIso, -7);
    for (const item of stage.items) {
      const a = item.action;
      if (!a) continue;
      if (a.kind === 'star-coverage') {
        // Copies of one story (same title or same text) count once.
        const stories = distinctStories(repo.stories());
        const cov = storyCoverage(stories, taxonomy!.star_themes, new Set(taxonomy!.star_themes.map((t) => t.id)));
        const missing = a.themes.filter((t) => !cov.themes.find((c) => c.id === t && c.status === 'covered'));
        out.set(item.id, { done: stories.length >= a.min_stories && missing.length === 0, detail: `${Math.min(stories.length, a.min_stories)} of ${a.min_stories} different stories${missing.length ? `; themes missing: ${missing.join(', ')}` : '; all themes covered'}` });
      } else if (a.kind === 'drill') {
        const filter = a.filter as ItemFilter;
        const ids = new Set(index!.items.filter((i) => i.type !== 'ask' && matchesFilter(i, filter)).map((i) => i.id));
        const reviewed = new Set(store.reviewedSince(startOfLocalDay(since, settings.timeZone)).filter((r) => ids.has(r.cardId)).map((r) => r.cardId));
        out.set(item.id, { done: reviewed.size >= a.min_reviews, detail: `${Math.min(reviewed.size, a.min_reviews)} of ${a.min_reviews} reviewed since ${since}` });
      } else if (a.kind === 'star-practice') {
        // Stories told with `prep star practice` (each telling is a review of the story's card).
        const told = new Set(store.reviewedSince(startOfLocalDay(since, settings.timeZone), 'story').map((r) => r.cardId));
        out.set(item.id, { done: told.size >= a.min_stories, detail: `${Math.min(told.size, a.min_stories)} of ${a.min_stories} stories rehearsed since ${since} (prep star practice)` });
      } else if (a.kind === 'mock') {
        // Mock rounds finished (every question asked or the clock out, and graded) since the stage began.
        const { MockRounds } = await import('../adapters/mock-rounds.js');
        const n = new MockRounds(store).finished(startOfLocalDay(since, settings.timeZone).toISOString(), a.round);
        const what = a.round ? `${a.round} mock round` : 'mock round';
        out.set(item.id, { done: n >= a.min_rounds, detail: `${Math.min(n, a.min_rounds)} of ${a.min_rounds} ${what}${a.min_rounds === 1 ? '' : 's'} finished since ${since} (prep mock ${a.round ?? 'design'})` });
      } else {
        const n = iv ? repo.picked(iv.id).length : 0;
        out.set(item.id, { done: n >= a.min, detail: iv ? `${n} of ${a.min} questions picked (prep ask --pick)` : 'add an interview, then prep ask --pick' });
      }
    }
  }
  return out;
}

export async function computeChecklist(ctx: Ctx, ref: string | undefined) {
  const [repo, checklist, t] = await Promise.all([repoOf(ctx), loadChecklist(ctx.contentDir), today(ctx)]);
  const interviews = repo.interviews();
  const iv = pickInterview(interviews, ref, t, false, true);
  const actions = await actionStates(ctx, repo, checklist, iv, t);
  const report = buildChecklist({ checklist, interview: iv, today: t, checked: repo.checks(iv?.id ?? GENERIC), actions, interviews });
  return { repo, checklist, iv, report };
}

export async function checklist(ctx: Ctx, opts: { interview?: string; all?: boolean }): Promise<Outcome> {
  let { repo, iv, report } = await computeChecklist(ctx, opts.interview);
  // On the day: the screen to read before joining comes first (and under --json, as `day`).
  const day = iv && report.interview?.daysLeft === 0 ? await (await import('./checklist-day.js')).dayBlock(ctx, repo, iv) : null;
  if (ctx.opts.json) return { json: { ...report, day: day && sanitizeDeep(day) } };
  const { painter } = await import('../format/paint.js');
  const paint = await painter(ctx);
  const width = Math.min(ctx.io.stdout.columns || 80, 100);
  const screen = [...(day && iv ? [formatDay(iv.company, day, { paint, width })] : []), formatChecklist(report, { paint, width, all: !!opts.all })].join('\n\n');
  if (!ctx.interactive) return { text: screen };
  ctx.io.stdout.write(`${screen}\n\n`);
  report = await toggleInteractively(ctx, repo, iv, report, !!opts.all);
  const pending = visibleStages(report, !!opts.all).flatMap((s) => s.items).filter((i) => i.dueNow && i.action?.kind === 'drill');
  return await offerDrill(ctx, pending, report);
}

async function toggleInteractively(ctx: Ctx, repo: Repo, iv: Interview | null, report: ChecklistReport, all: boolean): Promise<ChecklistReport> {
  // Only what is on the screen: not the earlier stages on the day, nor those of an interview that is over.
  const items = visibleStages(report, all).filter((s) => s.status !== 'upcoming').flatMap((s) => s.items.filter((i) => !i.action).map((i) => ({ ...i, stage: s.title })));
  if (!items.length) return report;
  const { togglePrompt } = await import('../adapters/toggle-prompt.js');
  try {
    // Each toggle is written the moment it is made: Ctrl-C keeps what the screen showed.
    const onToggle = (id: string, on: boolean) => repo.setCheck(iv?.id ?? GENERIC, id, on, ctx.now());
    await togglePrompt({ message: 'Tick what you have done', choices: items.map((i) => ({ name: `${i.text}${i.overdue ? '  (overdue)' : ''}`, value: i.id, checked: i.checked })), pageSize: 15, onToggle }, promptContext(ctx.io));
    return (await computeChecklist(ctx, iv?.id)).report;
  } catch (e) {
    if (isPromptExit(e)) throw new PrepError('interrupted', 'stopped; ticks already saved are kept');
    throw e;
  }
}

async function offerDrill(ctx: Ctx, pending: ChecklistReport['stages'][number]['items'], report: ChecklistReport): Promise<Outcome> {
  const first = pending[0];
  const done = report.stages.flatMap((s) => s.items).filter((i) => i.done).length;
  const total = report.stages.flatMap((s) => s.items).length;
  const summary = `${done} of ${total} done.`;
  if (!first || first.action?.kind !== 'drill') return { text: summary };
  const { confirm } = await import('@inquirer/prompts');
  let go: boolean;
  try {
    go = await confirm({ message: `Start a drill for "${first.text}" now (${first.actionDetail})?`, default: true }, promptContext(ctx.io));
  } catch (e) {
    if (isPromptExit(e)) throw new PrepError('interrupted', 'stopped; ticks already saved are kept');
    throw e;
  }
  if (!go) return { text: summary };
  const f = first.action.filter;
  const { drill } = await import('./drill.js');
  return drill(ctx, { ...(f.bank ? { bank: f.bank } : {}), ...(f.topic ? { topic: f.topic } : {}), ...(f.type ? { type: f.type } : {}), ...(f.role ? { role: f.role } : {}), ...(f.difficulty ? { difficulty: f.difficulty } : {}), n: String(first.action.min_reviews) });
}

export async function checklistCheck(ctx: Ctx, itemId: string, opts: { interview?: string }, on: boolean): Promise<Outcome> {
  const { repo, checklist: file, iv } = await computeChecklist(ctx, opts.interview);
  const item = file.stages.flatMap((s) => s.items).find((i) => i.id === itemId);
  if (!item) {
    const { unknownId } = await import('./items.js');
    throw unknownId(itemId, file.stages.flatMap((s) => s.items.map((i) => i.id)), 'checklist item');
  }
  repo.setCheck(iv?.id ?? GENERIC, itemId, on, ctx.now());
  const { report } = await computeChecklist(ctx, iv?.id);
  const r = report.stages.flatMap((s) => s.items).find((i) => i.id === itemId)!;
  const where = iv ? ` for ${iv.id}` : '';
  const detail = r.actionDetail ? sanitize(r.actionDetail) : '';
  // An item verified from your data is done whatever the tick says: say so rather than "Unchecked".
  const text = !on && r.done
    ? `${itemId}${where} stays done: it is verified from your data (${detail}), not by the tick.`
    : `${on ? 'Checked' : 'Unchecked'} ${itemId}${where}.${item.action && on && !r.done ? ` Ticked, but not verified yet: ${detail}.` : ''}`;
  return { json: { version: 1, interview: iv?.id ?? null, item: r }, text };
}
