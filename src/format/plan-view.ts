/** The `prep plan` screen: pure, from the report. */
import type { InterviewPlan } from '../commands/plan-data.js';
import { percent } from '../core/readiness.js';
import { sanitize } from '../core/sanitize.js';
import { hbar } from './charts.js';
import type { Paint } from './paint.js';
import { table } from './text.js';

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
const when = (d: number) => (d === 0 ? 'today' : d === 1 ? 'tomorrow' : `in ${d} days`);
const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleString('en-GB', { weekday: 'short', timeZone: 'UTC' });

/** The readiness line shared with the today screen. */
export function readinessLine(r: InterviewPlan['readiness']): string {
  const parts = [`${r.unseen} of ${plural(r.items, 'item')} unseen`, ...(r.lapsing ? [`${r.lapsing} will have lapsed by then`] : [])];
  return `Readiness on ${r.date}: ${percent(r.overall)} (${parts.join(', ')}; desired ${percent(r.desired)}).`;
}

function daysTable(p: InterviewPlan, paint: Paint): string {
  const budget = p.budget.minutesPerDay;
  const rows = p.plan.days.map((d) => [`${weekday(d.date)} ${d.date.slice(5)}`, String(d.reviews), String(d.new), d.minutes.toFixed(0), hbar(d.minutes, Math.max(budget, p.plan.peakMinutes), 24) + (d.minutes > budget + 1e-9 ? paint('yellow', ' over') : '')]);
  return table([['day', 'reviews', 'new', 'min', `load (budget ${budget} min)`], ...rows]);
}

export function formatPlan(p: InterviewPlan, paint: Paint): string {
  const iv = p.interview;
  const plan = p.plan;
  const out = [
    paint('bold', `Plan for ${sanitize(iv.company)} (${iv.id}) on ${iv.date}, ${when(iv.daysLeft)}`) + `: for ${sanitize(iv.rolesNote)}.`,
    readinessLine(p.readiness),
    paint('dim', `Budget ${p.budget.minutesPerDay} min a day (prep config set daily_minutes N). A review takes about ${Math.round(p.estimates.reviewSeconds)} s (${p.estimates.reviewFrom === 'measured' ? 'your average' : 'until you have a history'}); a new item its own time budget.`),
    '',
  ];
  if (plan.fitsAll) {
    out.push(paint('bold', `It fits: ${plural(plan.totals.new, 'new item')} and ${plural(plan.totals.reviews, 'review')}, at most ${Math.round(plan.peakMinutes)} min on the busiest day.`));
  } else {
    const SHOWN = 12;
    const dropped = plan.dropped.slice(0, SHOWN).map((d) => [sanitize(d.topic), percent(d.priority), String(d.unseen)]);
    if (plan.dropped.length > SHOWN) dropped.push([`… and ${plan.dropped.length - SHOWN} more`, '', String(plan.dropped.slice(SHOWN).reduce((a, d) => a + d.unseen, 0))]);
    out.push(paint('yellow', `It does not fit in ${p.budget.minutesPerDay} min a day: everything would take up to ${Math.round(plan.peakAll)} min on the busiest day.`));
    if (dropped.length) out.push(`Drop ${plural(plan.dropped.length, 'topic')}, lowest priority for the roles first (priority: share of its items for the roles):`, table([['topic', 'priority', 'unseen'], ...dropped]));
    out.push(plan.fits ? paint('bold', `Without them it fits: ${plural(plan.totals.new, 'new item')} and ${plural(plan.totals.reviews, 'review')}.`) : paint('yellow', `Even the reviews alone need up to ${Math.round(plan.peakMinutes)} min a day: raise daily_minutes, or do what you can, most urgent first (prep review).`));
  }
  out.push('', daysTable(p, paint), '', `If you follow it, readiness on the day: about ${percent(plan.projected)}.`);
  out.push(paint('dim', iv.daysLeft <= 14 ? '`prep drill` follows this plan until the interview (deadline mode); `prep review` stays the due queue.' : '`prep drill` follows this plan from 14 days before the interview.'));
  return out.join('\n');
}

