/** `prep score` as text: coverage and suggestion, each point with the sentence that decided it, misconceptions. */
import type { ScoreReport } from '../core/grader/report.js';
import type { Paint } from './paint.js';
import { sanitize, wrap } from './text.js';

const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);

export function formatScore(r: ScoreReport, paint: Paint, width: number): string {
  const head = `${paint('bold', sanitize(r.id))} (${r.type}): coverage ${pct(r.coverage)}, suggested ${paint('bold', r.suggested)}`
    + (r.seconds !== null ? paint('dim', ` (${Math.round(r.seconds)} s of ${r.budget ?? '?'} s)`) : '');
  const lines = [head];
  for (const p of r.points) {
    const mark = p.contradicted ? paint('red', '✗ contradicted') : p.covered ? paint('green', '✓ covered') : paint('yellow', '· missing');
    lines.push(wrap(`${mark}  ${p.phase ? `[${p.phase}] ` : ''}${sanitize(p.point)}`, width));
    if (p.evidence) lines.push(paint('dim', wrap(`you said: “${sanitize(p.evidence)}”`, width, '    ')));
  }
  if (r.misconceptions.length) {
    lines.push('', paint('bold', 'Misconceptions'));
    for (const m of r.misconceptions) {
      lines.push(wrap(`You said: “${sanitize(m.sentence)}”`, width, '  '));
      lines.push(wrap(`In fact: ${sanitize(m.correction)}`, width, '  '));
    }
  }
  if (r.tests) {
    lines.push('', r.tests.error ? paint('yellow', `Tests not run: ${sanitize(r.tests.error)}`) : `Tests: ${r.tests.passed} passed, ${r.tests.failed} failed`);
    for (const t of r.tests.results.filter((x) => !x.ok).slice(0, 10)) lines.push(wrap(`✗ ${sanitize(t.name)}${t.message ? `: ${sanitize(t.message)}` : ''}`, width, '  '));
  }
  if (r.sql) lines.push('', ...sqlLines(r.sql, paint, width));
  return lines.join('\n');
}

function sqlLines(q: NonNullable<ScoreReport['sql']>, paint: Paint, width: number): string[] {
  const lines = [q.correct ? paint('green', 'Query: correct on the visible and the hidden data') : paint('yellow', 'Query: not correct')];
  if (q.error) lines.push(wrap(sanitize(q.error), width, '  '));
  for (const [name, set] of [['visible data', q.visible], ['hidden data', q.hidden]] as const) {
    if (!set) continue;
    lines.push(`  ${set.correct ? paint('green', '✓') : paint('red', '✗')} ${name}: ${set.rows} row${set.rows === 1 ? '' : 's'} (expected ${set.expectedRows})`);
    for (const d of set.differences) lines.push(wrap(`- ${sanitize(d)}`, width, '      '));
  }
  return lines;
}
