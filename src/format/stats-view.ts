/** The `prep stats` screen: pure, from the report; fits 80 columns; block charts read without colour. */
import type { StatsReport } from '../commands/stats.js';
import { columns, gauge, hbar, heatmap } from './charts.js';
import { table, wrap } from './text.js';
import { sanitize } from '../core/sanitize.js';

export type StatsPaint = (style: 'bold' | 'dim' | 'yellow', s: string) => string;

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** Up to 70 days one column each; longer ranges in weeks, or in bins of as many days as keep it to 70 columns. */
function perColumn(daily: StatsReport['daily'], key: 'reviews' | 'minutes'): { values: number[]; labels: string[]; unit: string } {
  if (daily.length <= 70) return { values: daily.map((d) => d[key]), labels: daily.map((d) => d.day.slice(5)), unit: 'day' };
  const k = daily.length <= 490 ? 7 : Math.ceil(daily.length / 70);
  const out: { values: number[]; labels: string[] } = { values: [], labels: [] };
  for (let i = 0; i < daily.length; i += k) {
    const w = daily.slice(i, i + k);
    out.values.push(Math.round(w.reduce((a, d) => a + d[key], 0) * 10) / 10);
    out.labels.push(w[0]!.day.slice(2));
  }
  return { ...out, unit: k === 7 ? 'week' : `${k} days` };
}

function activity(r: StatsReport, paint: StatsPaint): string[] {
  const out: string[] = [];
  const rev = perColumn(r.daily, 'reviews');
  const c = rev.values.length <= 35 ? 2 : 1;
  out.push(paint('bold', `Reviews per ${rev.unit}`) + paint('dim', ` (${r.range.from} to ${r.range.to})`), columns(rev.values, { height: 5, cell: c, labels: rev.labels }));
  const min = perColumn(r.daily, 'minutes');
  out.push('', paint('bold', `Minutes per ${min.unit}`), columns(min.values, { height: 4, cell: c, labels: min.labels }));
  const counts = new Map(r.calendar.map((d) => [d.day, d.reviews]));
  out.push('', paint('bold', 'Study days, last year'), heatmap(counts, r.range.to));
  return out;
}

function retention(r: StatsReport, paint: StatsPaint): string[] {
  if (!r.retention.length) return [];
  const rows = r.retention.slice(-12).map((m) => `${m.month}  ${gauge(m.retention ?? 0, m.desired, 40)} ${pct(m.retention).padStart(4)}  ${paint('dim', `(${m.reviews})`)}`);
  return ['', paint('bold', 'True retention by month') + paint('dim', ` (mature reviews not graded Again; │ = desired ${pct(r.totals.desiredRetention)})`), ...rows];
}

function forecastChart(r: StatsReport, paint: StatsPaint): string[] {
  const total = r.forecast.reduce((a, f) => a + f.due, 0);
  return ['', paint('bold', 'Due in the next 30 days') + paint('dim', ` (${total} reviews; today includes overdue)`), columns(r.forecast.map((f) => f.due), { height: 4, cell: 2, labels: r.forecast.map((f) => f.day.slice(5)) })];
}

function masteryBlock(r: StatsReport, paint: StatsPaint): string[] {
  const out = ['', paint('bold', 'Mastery by role') + paint('dim', ' (seen / items, mean predicted recall now of the seen, of all)')];
  out.push(table([['role', 'seen', 'recall', '', 'all'], ...r.roles.map((x) => [x.id, `${x.seen}/${x.items}`, pct(x.recall), hbar(x.mastery, 1, 20), pct(x.mastery)])]));
  const started = r.topics.filter((t) => t.seen > 0).length;
  const weak = r.weakestTopics.map((id) => r.topics.find((t) => t.id === id)!);
  out.push('', paint('bold', 'Weakest topics') + paint('dim', ` (${started} of ${r.topics.length} topics started)`));
  out.push(weak.length ? table([['topic', 'seen', 'recall'], ...weak.map((t) => [sanitize(t.id), `${t.seen}/${t.items}`, pct(t.recall)])]) : paint('dim', 'None started yet.'));
  return out;
}

function timeBlock(r: StatsReport, paint: StatsPaint): string[] {
  if (!r.time.length) return [];
  const rows = r.time.map((t) => [t.type, String(t.reviews), `${t.avgSeconds}s`, t.avgBudget === null ? '–' : `${t.avgBudget}s`, pct(t.reviews ? t.overBudget / t.reviews : 0), String(t.timeouts)]);
  return ['', paint('bold', 'Time taken against the budget, by type'), table([['type', 'reviews', 'mean', 'budget', 'over', 'timeouts'], ...rows])];
}

function leechBlock(r: StatsReport, paint: StatsPaint): string[] {
  if (!r.leeches.length) return [];
  const rows = r.leeches.slice(0, 8).map((l) => [sanitize(l.id), String(l.lapses), sanitize(l.topic)]);
  return ['', paint('bold', `Leeches (${r.totals.leeches}, ${r.leeches[0]!.threshold}+ lapses)`) + paint('dim', ': `prep drill --leeches` works on them'), table([['item', 'lapses', 'topic'], ...rows])];
}

function gradingBlock(r: StatsReport, paint: StatsPaint): string[] {
  const g = r.grading;
  if (!g.total) return [];
  return ['', paint('bold', 'Suggested grade against the grade given'), wrap(`${plural(g.total, 'suggestion')}: ${pct(g.agreed / g.total)} taken, ${pct(g.harsher / g.total)} graded lower, ${pct(g.kinder / g.total)} graded higher (override rate ${pct(g.overrideRate)}).`, 80)];
}

function mockBlock(r: StatsReport, paint: StatsPaint): string[] {
  const m = r.mocks;
  if (!m.byKind.length) return [];
  const rows = m.byKind.map((k) => [k.kind, String(k.rounds), String(k.finished), pct(k.coverage)]);
  const recent = [...m.recent].reverse().map((x) => `${x.day.slice(5)} ${x.kind} ${x.status === 'finished' ? pct(x.coverage) : x.status === 'running' ? 'cut off' : 'stopped'}`);
  return ['', paint('bold', 'Mock rounds') + paint('dim', ' (finished rounds\' mean coverage; `prep mock history` lists them)'), table([['round', 'started', 'finished', 'coverage'], ...rows]), paint('dim', wrap(`Oldest to newest: ${recent.join(' · ')}`, 80))];
}

/** Every line fits 80 columns (the charts are at most 4 + 70 wide). */
export function formatStats(r: StatsReport, paint: StatsPaint): string {
  const t = r.totals;
  const filter = Object.entries(r.filter).map(([k, v]) => `--${k} ${(v as string[]).join(',')}`).join(' ');
  const head = [
    paint('bold', `Last ${plural(r.range.days, 'day')}`) + (filter ? paint('dim', ` (${sanitize(filter)})`) : ''),
    wrap(`${plural(t.reviews, 'review')} in ${t.minutes} min on ${plural(t.daysStudied, 'day')}; ${t.itemsSeen} of ${plural(t.items, 'item')} seen. `
      + `Streak ${plural(t.streak.days, 'day')}${t.streak.today ? '' : ' (nothing yet today)'}, longest ${t.streak.longest}. True retention ${pct(t.retention)} (desired ${pct(t.desiredRetention)}).${t.early ? ` ${plural(t.early, 'early review')}.` : ''}`, 80),
  ];
  const blocks = [...head, '', ...activity(r, paint), ...retention(r, paint), ...forecastChart(r, paint), ...masteryBlock(r, paint), ...timeBlock(r, paint), ...leechBlock(r, paint), ...gradingBlock(r, paint), ...mockBlock(r, paint)];
  if (r.notes.length) blocks.push('', ...r.notes.map((n) => paint('dim', n)));
  return blocks.join('\n');
}
