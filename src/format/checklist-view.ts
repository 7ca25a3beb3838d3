/** The checklist as text: a countdown, stages with their items, what is due, overdue and done. Pure. */
import type { ChecklistReport } from '../core/checklist.js';
import type { Paint } from './paint.js';
import { sanitize, wrap } from './text.js';

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
  const current = r.stages.findIndex((s) => s.status === 'current');
  r.stages.forEach((s, idx) => {
    if (!o.all && r.interview && s.status === 'upcoming' && idx > current + 1 && current !== -1) return;
    const tag = s.status === 'current' ? paint('cyan', ' now') : s.status === 'upcoming' ? paint('dim', ` from ${s.starts}`) : paint('dim', ' past');
    lines.push('', `${paint('bold', `${s.id}  ${sanitize(s.title)}`)}${r.interview ? tag : ''}`);
    for (const i of s.items) {
      const box = i.done ? paint('green', '[x]') : i.checked ? paint('yellow', '[~]') : '[ ]';
      const flag = i.overdue ? paint('red', ' overdue') : i.dueNow && r.interview ? paint('yellow', ' due') : '';
      lines.push(wrap(`${i.id}: ${i.text}`, width - 6, '    ').replace(/^ {4}/, `${box} `) + flag);
      if (i.actionDetail) lines.push(paint('dim', `      ${sanitize(i.actionDetail)}`));
    }
  });
  const all = r.stages.flatMap((s) => s.items);
  lines.push('', paint('dim', `${all.filter((i) => i.done).length}/${all.length} done · \`prep checklist check ID\` ticks an item${o.all ? '' : ' · --all shows every stage'}`));
  return lines.join('\n');
}
