/** The table printed when a drill ends: each graded item, its grade, time and coverage. Pure. */
import type { DrillState } from '../core/drill.js';
import { GRADE_KEYS, gradeLabel, toScale } from '../core/drill-keys.js';
import type { Paint } from './paint.js';
import { mmss, sanitize, table } from './text.js';

export function summary(s: DrillState, nextDueText: string | null, paint: Paint): string {
  if (!s.results.length) return `${s.quit ? 'Stopped' : 'Done'} before grading anything.${nextDueText ? ` Next review ${nextDueText}.` : ''}`;
  const rows = [['item', 'grade', 'time', 'budget', 'coverage'].map((h) => paint('dim', h))];
  for (const r of s.results) {
    rows.push([
      sanitize(r.id),
      gradeLabel(r.rating, s.grading),
      `${mmss(r.seconds, 'round')}${r.timedOut ? ' (out)' : ''}`,
      r.budget ? mmss(r.budget) : '-',
      r.coverage === null ? '-' : `${Math.round(r.coverage * 100)}%`,
    ]);
  }
  const total = s.results.reduce((a, r) => a + r.seconds, 0);
  const scored = s.results.filter((r) => r.coverage !== null);
  const counts = GRADE_KEYS[s.grading].map((g) => `${g.label} ${s.results.filter((r) => toScale(r.rating, s.grading) === g.rating).length}`).join(', ');
  const timedOut = s.results.filter((r) => r.timedOut).length;
  return [
    '',
    paint('bold', `${s.quit ? 'Stopped' : 'Session done'}: ${s.results.length} graded in ${mmss(total, 'round')}`),
    table(rows),
    `${counts}${scored.length ? ` · mean coverage ${Math.round((scored.reduce((a, r) => a + r.coverage!, 0) / scored.length) * 100)}%` : ''}${timedOut ? ` · ${timedOut} timed out` : ''}`,
    nextDueText ? `Next review ${nextDueText}.` : 'Nothing scheduled yet.',
  ].join('\n');
}
