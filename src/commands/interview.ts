/** `prep interview add|list|show|rm`: the interviews the checklist counts down to. */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { daysBetween, daysOrNull, defaultInterview, interviewDateProblem, interviewSlug, nextInterview, resolveInterview, type Interview } from '../core/checklist.js';
import { localDate } from '../core/studyday.js';
import { sanitize } from '../core/sanitize.js';
import { Repo } from '../adapters/repo.js';

export async function repoOf(ctx: Ctx): Promise<Repo> {
  return new Repo(await ctx.store());
}

export async function today(ctx: Ctx): Promise<string> {
  return localDate(ctx.now(), (await ctx.settings()).timeZone);
}

/**
 * Find an interview by id or unambiguous company name; with no ref, the next upcoming one (or, with
 * `recent`, the one just held while its follow-ups are current: see defaultInterview).
 */
export function pickInterview(interviews: Interview[], ref: string | undefined, todayIso: string, required: boolean, recent = false): Interview | null {
  if (ref === undefined) {
    const next = recent ? defaultInterview(interviews, todayIso) : nextInterview(interviews, todayIso);
    if (!next && required) throw new PrepError('usage', 'no upcoming interview', { hint: 'Add one: prep interview add ACME --date 2026-12-01 --role "ML Engineer"' });
    return next;
  }
  const r = resolveInterview(ref, interviews);
  if ('error' in r) {
    throw new PrepError('unknown-id', r.error === 'ambiguous' ? `"${ref}" matches several interviews: ${r.candidates.map((c) => c.id).join(', ')}` : `no interview "${ref}"`, {
      hint: r.error === 'ambiguous' ? 'Use the id.' : '`prep interview list` shows them; `prep interview add COMPANY --date YYYY-MM-DD` adds one.',
    });
  }
  return r;
}

export async function interviewAdd(ctx: Ctx, company: string, opts: { date?: string; role?: string; notes?: string; roles?: string }): Promise<Outcome> {
  const name = company.trim();
  if (!name) throw new PrepError('usage', 'the company name is empty');
  const { parseRolesFlag, rolesLine } = await import('./interview-roles.js');
  const roles = parseRolesFlag(opts.roles);
  // Everything is checked before anything is written.
  const problem = interviewDateProblem(opts.date ?? '');
  if (problem) throw new PrepError('usage', `--date: ${problem}`, { hint: 'For example: prep interview add Acme --date 2026-12-01' });
  const date = opts.date!;
  const repo = await repoOf(ctx);
  const days = daysBetween(await today(ctx), date);
  const iv: Interview = repo.addInterview((taken) => ({ id: interviewSlug(name, taken), company: name, date, ...(opts.role ? { role: opts.role } : {}), ...(opts.notes ? { notes: opts.notes } : {}), ...(roles?.length ? { roles } : {}) }), ctx.now());
  const warnings = days < 0 ? [`${date} is in the past; check the date (prep interview rm ${iv.id} removes it).`] : [];
  return {
    json: { version: 1, interview: iv, ...(warnings.length ? { warnings } : {}) },
    text: [`Added ${iv.id}: ${sanitize(name)} on ${iv.date} (${relativeDays(days)}). \`prep checklist\` shows what to do when.`, rolesLine(iv), ...warnings.map((w) => `Warning: ${w}`)].join('\n'),
  };
}

/** "in 3 days", "tomorrow", "today", "yesterday", "5 days ago"; "an invalid date" for null. */
export function relativeDays(days: number | null): string {
  if (days === null) return 'an invalid date';
  return days > 1 ? `in ${days} days` : days === 1 ? 'tomorrow' : days === 0 ? 'today' : days === -1 ? 'yesterday' : `${-days} days ago`;
}

export async function interviewList(ctx: Ctx): Promise<Outcome> {
  const repo = await repoOf(ctx);
  const t = await today(ctx);
  const list = repo.interviews().map((i) => ({ ...i, daysLeft: daysOrNull(t, i.date) }));
  if (ctx.opts.json) return { json: { version: 1, today: t, interviews: list } };
  if (!list.length) return { text: 'No interviews yet. Add one: prep interview add ACME --date 2026-12-01 --role "ML Engineer"' };
  const { table } = await import('../format/text.js');
  return { text: table([['id', 'company', 'date', 'days', 'role'], ...list.map((i) => [i.id, sanitize(i.company), sanitize(i.date), i.daysLeft === null ? 'invalid date' : String(i.daysLeft), sanitize(i.role ?? '')])]) };
}

export async function interviewShow(ctx: Ctx, ref: string): Promise<Outcome> {
  const repo = await repoOf(ctx);
  const t = await today(ctx);
  const iv = pickInterview(repo.interviews(), ref, t, true)!;
  const picked = repo.picked(iv.id);
  const json = { version: 1, interview: { ...iv, daysLeft: daysOrNull(t, iv.date) }, checked: [...repo.checks(iv.id)], questions: picked };
  if (ctx.opts.json) return { json };
  return {
    text: [`${iv.id}: ${sanitize(iv.company)} on ${sanitize(iv.date)} (${relativeDays(json.interview.daysLeft)})`, iv.role ? `Role: ${sanitize(iv.role)}` : '', (await import('./interview-roles.js')).rolesLine(iv), iv.notes ? `Notes: ${sanitize(iv.notes)}` : '', `Checklist items ticked: ${json.checked.length}`, `Questions picked: ${picked.length ? picked.join(', ') : 'none (prep ask --pick)'}`].filter(Boolean).join('\n'),
  };
}

/** Removing an interview drops its ticks and picked questions too: ask first (`--yes` for scripts). */
export async function interviewRm(ctx: Ctx, ref: string, opts: { yes?: boolean } = {}): Promise<Outcome> {
  const repo = await repoOf(ctx);
  const iv = pickInterview(repo.interviews(), ref, await today(ctx), true)!;
  if (!opts.yes) {
    if (!ctx.interactive) throw new PrepError('no-tty', `prep interview rm ${iv.id} asks for confirmation, and there is no terminal to ask on`, { hint: `Add --yes to remove it without asking: prep interview rm ${iv.id} --yes` });
    const { confirmRemoval } = await import('./interview-confirm.js');
    const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
    const what = `${iv.id} (${sanitize(iv.company)} on ${sanitize(iv.date)}) with ${n(repo.checks(iv.id).size, 'checklist tick')} and ${n(repo.picked(iv.id).length, 'picked question')}`;
    if (!(await confirmRemoval(ctx, `Remove ${what}?`))) return { json: { version: 1, removed: null }, text: `Kept ${iv.id}; nothing was removed.` };
  }
  repo.removeInterview(iv.id);
  return { json: { version: 1, removed: iv.id }, text: `Removed ${iv.id} and its checklist ticks and picked questions.` };
}
