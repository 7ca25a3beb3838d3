/** `prep plan [--interview ID]`: the days from today to the interview, the load each day, what to drop. */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { daysBetween } from '../core/checklist.js';
import { sanitizeDeep } from '../core/sanitize.js';
import { pickInterview, repoOf, today } from './interview.js';
import { interviewPlan } from './plan-data.js';

export async function planCommand(ctx: Ctx, opts: { interview?: string }): Promise<Outcome> {
  const [repo, t] = await Promise.all([repoOf(ctx), today(ctx)]);
  const interviews = repo.interviews();
  const iv = pickInterview(interviews, opts.interview, t, false);
  if (!iv) {
    const past = interviews.length > 0;
    throw new PrepError('usage', past ? 'no upcoming interview to plan for' : 'no interview to plan for', {
      hint: past ? 'Every interview is in the past: `prep interview edit ID --date YYYY-MM-DD` moves one, `prep interview add` adds one.' : 'Add one: prep interview add ACME --date 2026-12-01 --role "ML Engineer"',
    });
  }
  if (daysBetween(t, iv.date) < 0) {
    throw new PrepError('usage', `the interview ${iv.id} was on ${iv.date}: there is nothing left to plan`, { hint: `If it moved, \`prep interview edit ${iv.id} --date YYYY-MM-DD\`; \`prep interview list\` shows the others.` });
  }
  const report = { version: 1 as const, ...(await interviewPlan(ctx, iv)) };
  if (ctx.opts.json) return { json: sanitizeDeep(report) };
  const [{ formatPlan }, { painter }] = await Promise.all([import('../format/plan-view.js'), import('../format/paint.js')]);
  return { text: formatPlan(report, await painter(ctx)) };
}
