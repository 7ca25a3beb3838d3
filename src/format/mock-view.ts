/** A mock round's report and the list of rounds, as text. Pure. */
import type { MockRow } from '../adapters/mock-rounds.js';
import type { AnswerReport, MockReport } from '../core/mock-report.js';
import { percent } from '../core/readiness.js';
import type { Paint } from './paint.js';
import { localStamp } from './paint.js';
import { mmss, sanitize, table, wrap } from './text.js';

const WIDTH = 88;
const cov = (c: number | null) => (c === null ? '—' : percent(c));
const time = (a: AnswerReport) => (a.seconds === null ? 'not reached' : `${mmss(a.seconds)}${a.budget ? ` of ${mmss(a.budget)}` : ''}${a.timedOut ? ' (time ran out)' : ''}`);
const said = (a: AnswerReport) => (!a.reached ? 'not reached' : a.answer === null ? (a.mode === 'spoken' && !a.timedOut ? 'answered aloud' : 'no answer') : `typed, ${a.answer.trim().split(/\s+/).length} words`);
const grades = (a: AnswerReport) => `suggested ${a.suggested ?? '—'}, yours ${a.grade ?? '—'}`;

function answerRows(a: AnswerReport, head: string, paint: Paint, indent = ''): string[] {
  const out = [paint('bold', wrap(head, WIDTH, indent)), `   ${said(a)} · ${time(a)} · coverage ${cov(a.checked ?? a.coverage)} · ${grades(a)}`];
  for (const m of a.misconceptions) out.push(paint('yellow', wrap(`You said: “${m.sentence}” In fact: ${m.correction}`, WIDTH, '   ')));
  const missed = a.points.filter((p) => !p.covered).map((p) => `${p.contradicted ? '✗' : '·'} ${p.point}`);
  if (a.answer !== null && missed.length) out.push(paint('dim', wrap(`Missed: ${missed.join(' ')}`, WIDTH, '   ')));
  return out;
}

export function reportText(r: MockReport, paint: Paint): string {
  const s = r.summary;
  const ended = r.status === 'interrupted' ? 'stopped early (the answers given are kept)' : r.ended === 'time' ? 'time ran out' : 'every question asked';
  const lines = [
    paint('bold', `Mock ${r.kind} round · ${r.minutes} min · ${ended}`),
    `${s.answered} of ${s.questions} questions answered · follow-ups ${s.followUpsAnswered} of ${s.followUps} · mean coverage ${cov(s.coverage)} · ${s.timedOut} out of time · ${mmss(s.seconds)} spent`,
    '',
  ];
  r.questions.forEach((q, i) => {
    lines.push(...answerRows(q, `${i + 1}. [${q.round}] ${sanitize(q.prompt).split('\n')[0]}`, paint));
    for (const f of q.followUps) lines.push(...answerRows(f, `Follow-up: ${sanitize(f.prompt)}`, paint, '   '));
  });
  const weak = r.questions.filter((q) => q.reached && (q.coverage ?? 1) < 0.5).map((q) => q.id);
  if (weak.length) lines.push('', wrap(`Weakest (under 50%): ${weak.join(', ')}. To drill them:`, WIDTH), `  prep drill --id ${weak.join(',')}`);
  if (s.graded < s.questions + s.followUps && r.status === 'finished') lines.push(paint('dim', 'Answers left ungraded were not added to the schedule.'));
  return lines.join('\n');
}

export function historyText(rows: readonly MockRow[], now: Date, timeZone: string): string {
  if (!rows.length) return 'No mock rounds yet: `prep mock concept` runs a 30-minute round (also coding, design, behavioural, sql, loop).';
  const status = (s: MockRow['status']) => (s === 'running' ? 'cut off' : s);
  const body = rows.map((r) => [String(r.id), localStamp(new Date(r.startedAt), now, timeZone), r.kind, `${r.minutes} min`, `${r.answered ?? 0}/${r.questions ?? 0}`, cov(r.coverage), status(r.status), r.interview ?? '']);
  return `${table([['#', 'started', 'round', 'length', 'answered', 'coverage', 'status', 'interview'], ...body])}\n\`prep mock show N\` shows a round's report.`;
}
