/**
 * The roles of an interview (`--roles` on `prep interview add|edit`) and `prep interview edit`. The free
 * text of `--role` is mapped to our roles in one place, core/roles.ts; `--roles ds,mle` overrides it and
 * `--roles auto` goes back to the mapping.
 */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { daysOrNull, interviewDateProblem } from '../core/checklist.js';
import { interviewRoles, parseRoleList } from '../core/roles.js';
import { sanitize } from '../core/sanitize.js';
import type { Role } from '../core/types.js';
import { pickInterview, relativeDays, repoOf, today } from './interview.js';

/** `--roles ds,mle` (or `all`); `auto` (only where allowed) clears the override. Bad words exit 2 naming the roles. */
export function parseRolesFlag(value: string | undefined, allowAuto = false): Role[] | null | undefined {
  if (value === undefined) return undefined;
  if (allowAuto && value.trim().toLowerCase() === 'auto') return null;
  const { roles, bad } = parseRoleList(value);
  if (bad.length) {
    throw new PrepError('usage', `--roles: ${bad.map((b) => `"${b}"`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not a role`, {
      hint: `Use a comma list of ds, mle, mlops, fs (or all${allowAuto ? '; auto reads them from --role again' : ''}), e.g. --roles mle,mlops`,
    });
  }
  return roles;
}

/** The line add, edit and show print about the roles. */
export const rolesLine = (iv: { role?: string; roles?: Role[] }) => `Roles: ${sanitize(interviewRoles(iv).note)}`;

export async function interviewEdit(ctx: Ctx, ref: string, opts: { roles?: string; date?: string; role?: string; notes?: string }): Promise<Outcome> {
  const roles = parseRolesFlag(opts.roles, true);
  if (opts.date !== undefined) {
    const problem = interviewDateProblem(opts.date);
    if (problem) throw new PrepError('usage', `--date: ${problem}`, { hint: 'For example: prep interview edit acme --date 2026-12-01' });
  }
  if (roles === undefined && opts.date === undefined && opts.role === undefined && opts.notes === undefined) {
    throw new PrepError('usage', 'prep interview edit needs something to change', { hint: 'Give --roles, --date, --role or --notes, e.g. prep interview edit acme --roles mle,mlops' });
  }
  const repo = await repoOf(ctx);
  const t = await today(ctx);
  const iv = pickInterview(repo.interviews(), ref, t, true)!;
  repo.updateInterview(iv.id, { ...(opts.date !== undefined ? { date: opts.date } : {}), ...(opts.role !== undefined ? { role: opts.role } : {}), ...(opts.notes !== undefined ? { notes: opts.notes } : {}) });
  if (roles !== undefined) repo.setInterviewRoles(iv.id, roles);
  const after = repo.interviews().find((i) => i.id === iv.id)!;
  const r = interviewRoles(after);
  return {
    saved: `the interview ${after.id} was updated`,
    json: { version: 1, interview: { ...after, daysLeft: daysOrNull(t, after.date) }, roles: { roles: r.roles, from: r.from } },
    text: [`Updated ${after.id}: ${sanitize(after.company)} on ${after.date} (${relativeDays(daysOrNull(t, after.date))}).`, rolesLine(after)].join('\n'),
  };
}
