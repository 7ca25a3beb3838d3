/** `prep ask [--interview ID] [--pick]`: questions to ask the interviewer, grouped; pick a short list per interview. */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { isPromptExit, promptContext } from '../adapters/prompts.js';
import { PrepError } from '../errors.js';
import { sanitize } from '../core/sanitize.js';
import type { LoadedItem } from '../core/types.js';
import { pickInterview, repoOf, today } from './interview.js';

const GROUPS = ['technical', 'team', 'role', 'mlops-maturity'] as const;
type Ask = Extract<LoadedItem, { type: 'ask' }>;

export async function ask(ctx: Ctx, opts: { interview?: string; pick?: boolean }): Promise<Outcome> {
  const [{ items }, repo, t] = await Promise.all([ctx.banks(), repoOf(ctx), today(ctx)]);
  const asks = items.filter((i): i is Ask => i.type === 'ask');
  const iv = pickInterview(repo.interviews(), opts.interview, t, !!opts.pick);
  let picked = iv ? repo.picked(iv.id) : [];
  if (opts.pick) {
    if (!ctx.interactive) throw new PrepError('no-tty', 'prep ask --pick needs an interactive terminal', { hint: 'Pick in a terminal; `prep ask --json` lists the questions.' });
    const { checkbox, Separator } = await import('@inquirer/prompts');
    const choices = GROUPS.flatMap((g) => {
      const mine = asks.filter((a) => a.group === g);
      return mine.length ? [new Separator(`── ${g}`), ...mine.map((a) => ({ name: sanitize(a.prompt), value: a.id, checked: picked.includes(a.id), description: sanitize(a.why) }))] : [];
    });
    try {
      picked = await checkbox({ message: `Questions to ask at ${sanitize(iv!.company)} (space toggles; 3-5 is plenty)`, choices, pageSize: 16 }, promptContext(ctx.io));
    } catch (e) {
      if (isPromptExit(e)) throw new PrepError('interrupted', 'stopped; the saved list is unchanged');
      throw e;
    }
    repo.setPicked(iv!.id, picked, ctx.now());
  }
  const groups = GROUPS.map((g) => ({ id: g, questions: asks.filter((a) => a.group === g).map((a) => ({ id: a.id, prompt: sanitize(a.prompt), why: sanitize(a.why), picked: picked.includes(a.id) })) }));
  const report = { version: 1, interview: iv ? { id: iv.id, company: iv.company, date: iv.date } : null, picked, groups };
  if (ctx.opts.json) return { json: report };
  const [{ painter }, { wrap }] = await Promise.all([import('../format/paint.js'), import('../format/text.js')]);
  const paint = await painter(ctx);
  const width = Math.min(ctx.io.stdout.columns || 80, 100);
  const lines: string[] = [];
  if (opts.pick) lines.push(`Saved ${picked.length} question${picked.length === 1 ? '' : 's'} for ${iv!.id}.`, '');
  for (const g of groups) {
    if (!g.questions.length) continue;
    lines.push(paint('bold', g.id));
    for (const q of g.questions) lines.push(wrap(`${q.picked ? '★' : '-'} ${q.prompt}`, width - 2, '  '), paint('dim', wrap(q.why, width - 6, '      ')));
    lines.push('');
  }
  lines.push(paint('dim', iv ? `★ picked for ${iv.id}. \`prep ask --pick\` changes the list.` : 'Add an interview to pick questions for it: prep interview add ACME --date YYYY-MM-DD'));
  return { text: lines.join('\n') };
}
