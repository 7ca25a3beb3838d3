/**
 * What a drill takes beyond the daily queue: `--ahead DAYS`, `--id ID…`, `--topic T --cram`, `--leeches`,
 * deadline mode (the plan to the next interview, within 14 days), and the roles new items are weighted by.
 */
import type { Ctx } from '../context.js';
import { PrepError } from '../errors.js';
import { nextInterview } from '../core/checklist.js';
import { recallAt } from '../core/recall.js';
import { interviewRoles, topicPriority } from '../core/roles.js';
import { deadlineQueue, selectAhead, selectCram, selectIds, selectLeeches } from '../core/select.js';
import { isDrillable, type ItemFilter } from '../core/queue.js';
import { localDate, startOfStudyDay, studyDayNumber } from '../core/studyday.js';
import type { Card, ItemIndexEntry, LoadedItem, Role, Settings } from '../core/types.js';
import { unknownId } from './items.js';
import { repoOf } from './interview.js';

export interface SelectOptions {
  ahead?: string;
  id?: string[];
  cram?: boolean;
  leeches?: boolean;
  topic?: string[];
  new?: boolean;
  due?: boolean;
  extraNew?: string;
}

export type Selection = { kind: 'ahead'; days: number } | { kind: 'ids'; ids: string[] } | { kind: 'cram' } | { kind: 'leeches' };

/** Which selection the flags ask for (at most one), checked before anything is loaded. */
export function parseSelection(o: SelectOptions): Selection | null {
  const given = [o.ahead !== undefined && '--ahead', o.id?.length && '--id', o.cram && '--cram', o.leeches && '--leeches'].filter(Boolean) as string[];
  if (given.length > 1) throw new PrepError('usage', `${given.join(' and ')} exclude each other`, { hint: 'Use one: --ahead DAYS (due soon), --id ID… (these items), --topic T --cram (a whole topic), --leeches.' });
  const with_ = [o.new && '--new', o.due && '--due', o.extraNew !== undefined && '--extra-new'].filter(Boolean) as string[];
  if (given.length && with_.length) throw new PrepError('usage', `${given[0]} picks the items itself; it cannot be combined with ${with_.join(', ')}`, { hint: 'Leave those out.' });
  if (o.ahead !== undefined) {
    const n = Number(o.ahead);
    if (!/^\s*\d+\s*$/.test(o.ahead) || !Number.isInteger(n) || n < 1 || n > 365) {
      throw new PrepError('usage', `--ahead takes a whole number of days from 1 to 365; got "${o.ahead}"`, { hint: 'For example: prep drill --ahead 3 (items due within three days, most urgent first)' });
    }
    return { kind: 'ahead', days: n };
  }
  if (o.id?.length) return { kind: 'ids', ids: o.id };
  if (o.cram) {
    if (!o.topic?.length) throw new PrepError('usage', '--cram needs --topic', { hint: 'For example: prep drill --topic eval-metrics --cram (every item of the topic, due or not)' });
    return { kind: 'cram' };
  }
  return o.leeches ? { kind: 'leeches' } : null;
}

/** `--id`: every id must name a drillable item (checked before the terminal is asked for). */
export function checkIds(ids: readonly string[], items: readonly Pick<LoadedItem, 'id' | 'type'>[]): void {
  const r = selectIds(items as LoadedItem[], ids);
  if (r.unknown.length) throw unknownId(r.unknown[0]!, items.map((i) => i.id));
  if (r.notDrillable.length) throw new PrepError('usage', `"${r.notDrillable[0]}" is a question to ask the interviewer; it is never drilled`, { hint: '`prep ask --pick` shortlists it for an interview.' });
}

export function selectFor<T extends ItemIndexEntry>(sel: Selection, items: T[], cards: Map<string, Card>, now: Date, filter: ItemFilter, settings: Settings): { items: T[]; banner: string; empty: string } {
  const n = (x: number, w: string) => `${x} ${w}${x === 1 ? '' : 's'}`;
  switch (sel.kind) {
    case 'ahead': {
      const until = startOfStudyDay(studyDayNumber(now, settings.timeZone, settings.dayCutoffHour) + sel.days + 1, settings.timeZone, settings.dayCutoffHour);
      const list = selectAhead(items, cards, until, filter);
      return { items: list, banner: `Studying ahead: ${n(list.length, 'item')} due within ${n(sel.days, 'day')}, most urgent first (early reviews are scheduled from when you do them).`, empty: `Nothing falls due within ${n(sel.days, 'day')}${Object.keys(filter).length ? ' among the items matching the filters' : ''}.` };
    }
    case 'ids':
      return { items: selectIds(items, sel.ids).items, banner: '', empty: 'None of these items can be drilled.' };
    case 'cram': {
      const list = selectCram(items, cards, now, filter, (c) => recallAt(c, now, settings));
      return { items: list, banner: `Cramming ${filter.topic!.join(', ')}: all ${n(list.length, 'item')}, due or not (nothing is reset; early reviews are scheduled from when you do them).`, empty: `No items in ${filter.topic!.join(', ')}${filter.role ? ` for roles ${filter.role.join(', ')}` : ''}.` };
    }
    case 'leeches': {
      const list = selectLeeches(items, cards, settings.leechThreshold, filter);
      return { items: list, banner: `Leeches: ${n(list.length, 'item')} with ${settings.leechThreshold}+ lapses (leech_threshold), the most first.`, empty: `No leeches: no item has lapsed ${settings.leechThreshold} times (leech_threshold in config.yaml).` };
    }
  }
}

/** The next upcoming interview (today included) with its roles, or null. */
async function upcoming(ctx: Ctx, settings: Settings) {
  const repo = await repoOf(ctx);
  const iv = nextInterview(repo.interviews(), localDate(ctx.now(), settings.timeZone));
  return iv ? { iv, roles: interviewRoles(iv) } : null;
}

/** The roles new items are weighted by: the next interview's, else `roles` in config.yaml (none: equal weights). */
export async function targetRoles(ctx: Ctx, settings: Settings): Promise<Role[]> {
  return (await upcoming(ctx, settings))?.roles.roles ?? settings.roles;
}

/** Deadline mode: the next interview is within 14 days. The queue follows its plan, and says so. */
export async function deadlineSelection<T extends ItemIndexEntry>(ctx: Ctx, items: T[], cards: Map<string, Card>, settings: Settings): Promise<{ items: T[]; banner: string; empty: string } | null> {
  const next = await upcoming(ctx, settings);
  if (!next) return null;
  const { DEADLINE_DAYS, interviewPlan } = await import('./plan-data.js');
  const p = await interviewPlan(ctx, next.iv);
  if (p.interview.daysLeft > DEADLINE_DAYS) return null;
  const q = deadlineQueue({
    items, cards, now: ctx.now(), roles: p.interview.roles,
    priority: topicPriority(items.filter(isDrillable), p.interview.roles),
    readiness: new Map(p.readiness.topics.map((t) => [t.topic, t.readiness])),
    kept: new Set(p.plan.kept), newAllowance: p.todayNew.left,
  });
  const when = p.interview.daysLeft === 0 ? 'today' : p.interview.daysLeft === 1 ? 'tomorrow' : `in ${p.interview.daysLeft} days`;
  const banner = `Deadline mode: ${p.interview.company} ${when}, for ${p.interview.rolesNote}. Following the plan: ${q.due.length} due (its topics first), then ${q.fresh.length} new from its weakest topics. \`prep plan\` shows the days ahead; \`prep review\` is only the due queue.`;
  return { items: q.items, banner, empty: 'Deadline mode: nothing is due and the plan has no more new items for today. `prep plan` shows the days ahead.' };
}
