/** `prep interview edit ID [--company C] [--date D] [--role R] [--notes N] [--roles LIST]`, or prompts for each on a terminal. */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { interviewDateProblem, type Interview } from '../core/checklist.js';
import { sanitize } from '../core/sanitize.js';
import { promptContext } from '../adapters/prompts.js';
import { asking } from './interview-confirm.js';
import { interviewRoles } from '../core/roles.js';
import { daysOrNull } from '../core/checklist.js';
import { pickInterview, relativeDays, repoOf, today } from './interview.js';
import { parseRolesFlag, rolesLine } from './interview-roles.js';

export interface EditOptions {
  company?: string;
  date?: string;
  role?: string;
  notes?: string;
  roles?: string;
}

const FIELDS = ['company', 'date', 'role', 'notes'] as const;

async function promptAll(ctx: Ctx, iv: Interview): Promise<EditOptions> {
  const { input } = await import('@inquirer/prompts');
  const c = promptContext(ctx.io);
  const ask = (message: string, value: string | undefined, validate?: (v: string) => true | string) =>
    asking(() => input({ message, default: value ?? '', ...(validate ? { validate } : {}) }, c));
  return {
    company: await ask('Company', iv.company, (v) => (v.trim() ? true : 'The company name cannot be empty.')),
    date: await ask('Date (YYYY-MM-DD)', iv.date, (v) => interviewDateProblem(v.trim()) ?? true),
    role: await ask('Role (empty: none)', iv.role),
    notes: await ask('Notes (empty: none)', iv.notes),
  };
}

/** The interview with the given fields changed; '' clears role and notes. Checked before anything is written. */
export function edited(iv: Interview, opts: EditOptions): Interview {
  const company = opts.company?.trim();
  if (company !== undefined && !company) throw new PrepError('usage', '--company: the company name is empty');
  const date = opts.date?.trim();
  const problem = date === undefined ? undefined : interviewDateProblem(date);
  if (problem) throw new PrepError('usage', `--date: ${problem}`, { hint: `For example: prep interview edit ${iv.id} --date 2026-12-01` });
  const text = (v: string | undefined, old: string | undefined) => (v === undefined ? old : v.trim() || undefined);
  const role = text(opts.role, iv.role);
  const notes = text(opts.notes, iv.notes);
  return { id: iv.id, company: company ?? iv.company, date: date ?? iv.date, ...(role ? { role } : {}), ...(notes ? { notes } : {}) };
}

export async function interviewEdit(ctx: Ctx, ref: string, opts: EditOptions): Promise<Outcome> {
  const roles = parseRolesFlag(opts.roles, true);
  const repo = await repoOf(ctx);
  const t = await today(ctx);
  const iv = pickInterview(repo.interviews(), ref, t, true)!;
  const given = FIELDS.some((f) => opts[f] !== undefined) || roles !== undefined;
  if (!given && !ctx.interactive) {
    throw new PrepError('usage', `prep interview edit needs something to change for ${iv.id}`, {
      hint: `Give --company, --date, --role, --notes or --roles, e.g. prep interview edit ${iv.id} --date 2026-12-02 (on a terminal, with none, it asks for each).`,
    });
  }
  const next = edited(iv, given ? opts : await promptAll(ctx, iv));
  const changed: string[] = FIELDS.filter((f) => (iv[f] ?? '') !== (next[f] ?? ''));
  const rolesBefore = iv.roles?.join(',') ?? null;
  if (changed.length) repo.updateInterview(next);
  if (roles !== undefined && (roles?.join(',') ?? null) !== rolesBefore) {
    repo.setInterviewRoles(iv.id, roles);
    changed.push('roles');
  }
  const after = repo.interviews().find((i) => i.id === iv.id)!;
  const r = interviewRoles(after);
  const show = (v: string | undefined) => (v ? `"${sanitize(v)}"` : 'none');
  const what = changed.map((f) => (f === 'roles' ? `roles ${sanitize(r.note)}` : `${f} ${show(iv[f as (typeof FIELDS)[number]])} -> ${show(next[f as (typeof FIELDS)[number]])}`));
  return {
    ...(changed.length ? { saved: `the interview ${iv.id} was updated` } : {}),
    json: { version: 1, interview: after, changed, roles: { roles: r.roles, from: r.from } },
    text: [
      changed.length ? `Updated ${iv.id}: ${what.join('; ')}.` : `No changes to ${iv.id}.`,
      `${sanitize(after.company)} on ${after.date} (${relativeDays(daysOrNull(t, after.date))}).`,
      rolesLine(after),
    ].join('\n'),
  };
}
