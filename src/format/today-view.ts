/** The today screen (`prep` with no command): pure, from the report. */
import type { TodayReport } from '../commands/today-report.js';
import { percent } from '../core/readiness.js';
import { hbar } from './charts.js';
import type { Paint } from './paint.js';
import { localStamp, relativeTime } from './paint.js';
import { wrap } from './text.js';

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
const when = (d: number) => (d === 0 ? 'today' : d === 1 ? 'tomorrow' : `in ${d} days`);

function dueLine(r: TodayReport, clock: { timeZone: string; now: Date }): string {
  const parts = [`${plural(r.due.items, 'review')}${r.due.overdue ? ` (${r.due.overdue} overdue)` : ''}`];
  if (r.due.learning) parts.push(`${r.due.learning} in learning`);
  if (r.due.stories) parts.push(`${r.due.stories} STAR ${r.due.stories === 1 ? 'story' : 'stories'}`);
  const next = !r.due.items && r.nextDueAt ? `; next ${relativeTime(r.nextDueAt, clock.now, clock.timeZone)}` : '';
  return parts.join(', ') + next;
}

function interviewLines(r: TodayReport): string[][] {
  const iv = r.interview;
  if (!iv) return [['Interview', 'none planned (prep interview add ACME --date YYYY-MM-DD --role "ML Engineer")', 'dim']];
  const c = iv.checklist;
  const stage = c.stage ? ` · checklist ${c.stage.toUpperCase()}: ${c.open} open${c.overdue ? `, ${c.overdue} overdue` : ''}` : '';
  const rows = [['Interview', `${iv.company} ${when(iv.daysLeft)} (${iv.date}), for ${iv.rolesNote}${stage}`]];
  const rd = r.readiness;
  if (rd) {
    const weak = rd.weakest.map((w) => `${w.topic} ${percent(w.readiness)}`).join(', ');
    rows.push(['Readiness', `${percent(rd.overall)} on the day (${rd.unseen} of ${rd.items} unseen${rd.lapsing ? `, ${rd.lapsing} will have lapsed` : ''}; desired ${percent(rd.desired)})${weak ? `; weakest: ${weak}` : ''}`]);
  }
  const d = r.deadline;
  if (d?.active && d.today) {
    rows.push(['Deadline', `mode on: the drill follows the plan, today ${plural(d.today.reviews, 'review')} and ${d.today.new} new (${Math.round(d.today.minutes)} of ${d.budget} min)${d.fits ? '' : `; it does not all fit, ${plural(d.dropped, 'topic')} dropped`} · prep plan`]);
  }
  const m = r.mocks;
  if (m) rows.push(['Mocks', m.last ? `${m.finished} mock rounds finished in the run-up; last: ${m.last.kind} ${m.last.coverage === null ? '' : `${percent(m.last.coverage)} `}(prep mock show ${m.last.id}) · prep mock loop for the whole day` : 'no mock round yet: a timed round shows how the day will feel (prep mock design, prep mock loop)']);
  return rows;
}

export function formatToday(r: TodayReport, paint: Paint, clock: { timeZone: string; now: Date }, width = 80): string {
  const g = r.goal;
  const goal = `${g.done} of ${g.target} ${g.unit} ${hbar(g.done, g.target, 10).padEnd(10, '·')}${g.met ? ' met' : ''}`;
  const streak = r.streak.days ? `streak ${plural(r.streak.days, 'day')}${r.streak.today ? '' : ' (study today to keep it)'}` : 'no streak yet';
  const rows: string[][] = [
    ['Due now', dueLine(r, clock)],
    ['New', `${plural(r.newAvailable, 'item')} available today`],
    ['Goal', `${goal} · ${streak}`],
    ...interviewLines(r),
  ];
  const head = paint('bold', `Today, ${localStamp(clock.now, clock.now, clock.timeZone)}`) + paint('dim', ` (study day ${r.studyDay})`);
  const label = Math.max(...rows.map((x) => x[0]!.length)) + 2;
  const next = r.next.command ? `${r.next.text}: \`${r.next.command}\`` : r.next.text;
  // Values wrap under themselves, so the labels stay a column of their own (painted after wrapping).
  const line = ([k, v, style]: string[]) => paint('bold', k!.padEnd(label)) + wrap(v!, width - label).split('\n').map((x) => (style ? paint('dim', x) : x)).join(`\n${' '.repeat(label)}`);
  return [head, '', ...rows.map(line), '', `${paint('bold', 'Next:')} ${next}`].join('\n');
}
