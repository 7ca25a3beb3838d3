/** The checklist as text: a countdown, stages with their items, what is due, overdue and done. Pure. */
import type { ChecklistReport, ChecklistStageReport } from '../core/checklist.js';
import type { Paint } from './paint.js';
import { mmss, sanitize, wrap } from './text.js';
import type { DayBlock } from '../commands/checklist-day.js';

export function formatChecklist(r: ChecklistReport, o: { paint: Paint; width: number; all: boolean }): string {
  const { paint, width } = o;
  const lines: string[] = [];
  if (r.interview) {
    const d = r.interview.daysLeft;
    const when = d > 1 ? `${d} days to go` : d === 1 ? 'tomorrow' : d === 0 ? 'today' : `${-d} day${d === -1 ? '' : 's'} ago`;
    lines.push(`${paint('bold', sanitize(r.interview.company))} on ${r.interview.date}${r.interview.role ? ` (${sanitize(r.interview.role)})` : ''}: ${paint(d <= 1 && d >= 0 ? 'yellow' : 'bold', when)}`);
  } else {
    lines.push(paint('bold', 'No interview added: the generic checklist.'), paint('dim', 'Add one to count down to it: prep interview add ACME --date 2026-12-01 --role "ML Engineer"'));
  }
  for (const a of r.also) {
    const when = a.daysLeft > 1 ? `in ${a.daysLeft} days` : a.daysLeft === 1 ? 'tomorrow' : 'today';
    lines.push(paint('dim', `also: ${sanitize(a.company)} ${when} — prep checklist --interview ${a.id}`));
  }
  const shown = visibleStages(r, o.all);
  shown.forEach((s) => {
    const tag = s.status === 'current' ? paint('cyan', ' now') : s.status === 'upcoming' ? paint('dim', ` from ${s.starts}`) : paint('dim', ' past');
    lines.push('', `${paint('bold', `${s.id}  ${sanitize(s.title)}`)}${r.interview ? tag : ''}`);
    for (const i of s.items) {
      const box = i.done ? paint('green', '[x]') : i.checked ? paint('yellow', '[~]') : '[ ]';
      const flag = i.overdue ? paint('red', ' overdue') : i.dueNow && r.interview ? paint('yellow', ' due') : '';
      lines.push(wrap(`${i.id}: ${i.text}`, width - 6, '    ').replace(/^ {4}/, `${box} `) + flag);
      if (i.actionDetail) lines.push(paint('dim', wrap(i.actionDetail, width - 1, '      ')));
    }
  });
  const all = r.stages.flatMap((s) => s.items);
  const hidden = shown.length < r.stages.length;
  lines.push('', paint('dim', `${all.filter((i) => i.done).length}/${all.length} done · \`prep checklist check ID\` ticks an item${hidden ? ' · --all shows every stage' : ''}`));
  return lines.join('\n');
}

/**
 * The stages worth a screen: without --all, the current stage, the next one, and past stages with
 * something overdue. On the day only the day's own stage; after the interview only the follow-ups.
 */
export function visibleStages(r: ChecklistReport, all: boolean): ChecklistStageReport[] {
  if (all || !r.interview) return r.stages;
  if (r.interview.daysLeft === 0) return r.stages.filter((s) => s.status === 'current');
  const current = r.stages.findIndex((s) => s.status === 'current');
  return r.stages.filter((s, idx) =>
    s.status === 'current' || (s.status === 'past' && s.items.some((i) => i.overdue)) || (s.status === 'upcoming' && (current === -1 || idx <= current + 1)));
}

/** The one screen to read before joining: round structures with timings, your questions, your stories. */
export function formatDay(company: string, d: DayBlock, o: { paint: Paint; width: number }): string {
  const { paint, width } = o;
  const lines = [paint('inverse', ` Before you join: ${sanitize(company)} `), '', paint('bold', 'Round structures')];
  for (const r of d.rounds) lines.push(wrap(`${sanitize(r.title)} (${mmss(r.seconds)}): ${r.phases.map((p) => `${sanitize(p.title)} ${mmss(p.seconds)}`).join(' → ')}`, width - 2, '  '));
  lines.push('', paint('bold', 'Your questions for them'), ...(d.questions.length ? d.questions.map((q) => wrap(`- ${sanitize(q.prompt)}`, width - 2, '  ')) : ['  none picked: prep ask --pick']));
  lines.push('', paint('bold', 'Your stories by theme'));
  for (const t of d.stories) lines.push(`  ${t.theme}: ${t.stories.length ? t.stories.map((s) => sanitize(s.title)).join('; ') : paint('yellow', 'none yet')}`);
  return lines.join('\n');
}
