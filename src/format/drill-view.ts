/** What the drill shows, as pure functions of its state. The shell only writes these strings. */
import { coverageOf, currentItem, elapsedSeconds, phaseAt, secondsLeft, suggestionFor, type DrillState } from '../core/drill.js';
import type { LoadedItem, Rating } from '../core/types.js';
import { formatInterval } from '../core/scheduler.js';
import type { Paint } from './paint.js';
import { answerSide, questionSide } from './item.js';
import { fitText, mmss, rowsOf, sanitize, table, visibleLength, wrap } from './text.js';
import { answerBox } from './answer-box.js';
import { plain } from './paint.js';

export interface ViewEnv {
  paint: Paint;
  width: number;
  rows: number;
  grading: 'four' | 'two';
  /** Screen rows the item's intro (header and prompt) takes above the live frame. */
  introRows?: number;
}


/** Letters for ticking key points: q quits and u undoes, so they are skipped. */
export const TICK_KEYS = 'abcdefghijklmnoprstvwxyz';

export const GRADE_KEYS: Record<'four' | 'two', { key: string; rating: Rating; label: string }[]> = {
  four: [
    { key: '1', rating: 'again', label: 'Again' },
    { key: '2', rating: 'hard', label: 'Hard' },
    { key: '3', rating: 'good', label: 'Good' },
    { key: '4', rating: 'easy', label: 'Easy' },
  ],
  two: [
    { key: '1', rating: 'again', label: 'Fail' },
    { key: '2', rating: 'good', label: 'Pass' },
  ],
};

/** On the two-button scale a suggestion of Hard or Easy shows as Fail or Pass. */
export const toScale = (r: Rating, grading: 'four' | 'two'): Rating => (grading === 'four' ? r : r === 'again' || r === 'hard' ? 'again' : 'good');

export function intro(s: DrillState, item: LoadedItem, v: ViewEnv, extra = ''): string {
  const { paint, width } = v;
  const d = currentItem(s)!;
  const title = ` ${s.index + 1}/${s.items.length} · ${sanitize(item.id)} · ${item.type.replace('_', '-')} · ${item.difficulty} `;
  const rule = '─'.repeat(Math.max(0, Math.min(width, 100) - title.length - 2));
  const lines = ['', paint('dim', `──${title}${rule}`), questionSide(item, paint, Math.min(width, 100))];
  if (d.phases.length) {
    const scale = d.budget ? d.budget / d.phases.reduce((a, p) => a + p.seconds, 0) : 1;
    if (item.type === 'behavioural') {
      // The template's guide for every part, so the whole story can be planned before the clock matters.
      lines.push(paint('dim', `${d.budget ? `${mmss(d.budget)} in all` : 'STAR'}; the template's guide per part:`));
      for (const p of d.phases) lines.push(wrap(`${p.title} (${mmss(p.seconds * scale, 'round')}): ${p.hint ?? ''}`, Math.min(width, 100) - 2, '  '));
    } else {
      const parts = d.phases.map((p) => `${sanitize(p.title)}\uE000${mmss(p.seconds * scale, 'round')}`);
      lines.push(paint('dim', wrap(`${d.budget ? `${mmss(d.budget)} · ` : ''}${parts.join(' · ')}`, Math.min(width, 100)).replace(/\uE000/g, ' ')));
    }
  }
  if (extra) lines.push(extra);
  return lines.join('\n');
}

function bar(fraction: number, width: number, paint: Paint): string {
  const n = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return paint('cyan', '█'.repeat(n)) + paint('dim', '░'.repeat(width - n));
}

/** The live part while answering: countdown, phase progress, hint, the answer box and the keys. */
export function liveFrame(s: DrillState, v: ViewEnv): string {
  const { paint, width, rows } = v;
  const d = currentItem(s)!;
  const elapsed = elapsedSeconds(s);
  const left = secondsLeft(s);
  const ph = phaseAt(d, elapsed);
  const lines: string[] = [];
  const clock = left === null ? `${mmss(elapsed)} elapsed (untimed)` : `${mmss(left)} left of ${mmss(d.budget!)}`;
  const urgent = left !== null && left <= 10;
  const timer = (text: string) => `⏱ ${paint(urgent ? 'red' : 'bold', text)}`;
  const phase = ph && d.budget !== null ? ph : null;
  lines.push(fitText(width, [
    `${timer(clock)}${phase ? `   ${paint('bold', sanitize(phase.phase.title))} — ${mmss(phase.left)} left of ${mmss(phase.length)}` : ''}`,
    `${timer(left === null ? clock : `${mmss(left)} left`)}${phase ? `  ${paint('bold', sanitize(phase.phase.title))} ${mmss(phase.left)}` : ''}`,
    timer(left === null ? mmss(elapsed) : mmss(left)),
  ]));
  if (d.budget) lines.push(bar(elapsed / d.budget, Math.min(40, width - 2), paint));
  if (ph?.phase.hint) lines.push(paint('dim', wrap(`${ph.phase.hint}`, width - 2, '  ')));
  // The answer box: as many rows around the cursor as fit under the prompt (printed above the frame) and
  // within the screen; the frame never grows taller than the terminal (it could not be redrawn in place).
  const blank = s.editor.lines.length === 1 && s.editor.lines[0] === '';
  const undo = s.results.length ? ' · Ctrl-Z: undo last grade' : '';
  const footer = paint('dim', fitText(width, d.starter !== undefined
    ? [`Enter: new line (indented) · Ctrl-D: submit and run the tests (unchanged: just reveal) · Ctrl-C: stop${undo}`, 'Enter: new line · Ctrl-D: submit, run tests · Ctrl-C: stop', 'Ctrl-D: submit · Ctrl-C: stop']
    : blank
    ? [`Type your answer (Enter: new line, Ctrl-D: submit), or answer aloud and press Enter to reveal · Ctrl-C: stop${undo}`, 'Type (Enter: new line, Ctrl-D: submit) or Enter: reveal · Ctrl-C: stop', 'Type; Ctrl-D submits · Enter on empty: reveal', 'Ctrl-D: submit · Enter: reveal']
    : [`Enter: new line · Ctrl-D: submit and reveal · Ctrl-C: stop${undo}`, 'Enter: new line · Ctrl-D: submit · Ctrl-C: stop', 'Ctrl-D: submit · Ctrl-C: stop']));
  const used = [...lines, footer].reduce((n, l) => n + rowsOf(l, width), 0);
  const reserved = v.introRows && v.introRows <= rows / 2 ? v.introRows : 0;
  lines.push(...answerBox(s.editor, width, Math.max(3, rows - 1 - used - reserved), paint));
  lines.push(footer);
  return lines.join('\n');
}

/** Printed once when the answer is revealed: time, the model answer and what the rubric found. */
export function revealText(s: DrillState, item: LoadedItem, v: ViewEnv): string {
  const { paint, width } = v;
  const d = currentItem(s)!;
  const took = elapsedSeconds(s);
  const lines = [s.timedOut ? paint('yellow', `Time is up (${mmss(d.budget ?? took)}).`) : `Answered in ${mmss(took, 'round')}${d.budget ? ` of ${mmss(d.budget)}` : ''}${s.mode === 'spoken' ? ' (aloud)' : ''}.`];
  if (s.mode === 'typed') lines.push(paint('bold', 'Your answer'), s.editor.lines.map((l) => `  ${sanitize(l)}`).join('\n'));
  lines.push(answerSide(item, paint, Math.min(width, 100)));
  return lines.join('\n');
}

/** What running the candidate's code showed: every test, failures with their last error line. */
export function testsText(r: { name: string; ok: boolean; hidden: boolean; error?: string }[] | string, v: ViewEnv): string {
  const { paint, width } = v;
  if (typeof r === 'string') return paint('yellow', wrap(`Not run: ${r}.`, width - 2));
  const passed = r.filter((t) => t.ok).length;
  const lines = [paint('bold', `Tests: ${passed}/${r.length} passed`)];
  for (const t of r) {
    const name = `${t.name}${t.hidden ? ' (hidden)' : ''}`;
    lines.push(t.ok ? `  ${paint('green', '✓')} ${name}` : `  ${paint('red', '✗')} ${name}${t.error ? paint('dim', `: ${sanitize(t.error).slice(0, Math.max(20, width - name.length - 8))}`) : ''}`);
  }
  return lines.join('\n');
}

/** The live grading part: key points to tick, coverage, the next interval per grade, the keys. */
export function gradeFrame(s: DrillState, previews: Record<Rating, number>, v: ViewEnv, notice = ''): string {
  const { paint, width } = v;
  const d = currentItem(s)!;
  const lines: string[] = [];
  if (d.keyPoints.length) {
    lines.push(paint('bold', s.mode === 'typed' ? 'Key points (from your typed answer; letters toggle):' : 'Key points: tick what you covered (letters toggle, optional):'));
    let phase: string | undefined;
    d.keyPoints.forEach((k, i) => {
      if (k.phase && k.phase !== phase) {
        phase = k.phase;
        lines.push(paint('dim', `  ${phase}`));
      }
      const wrong = s.mode === 'typed' && s.contradicted[i];
      const mark = wrong ? paint('red', '!') : s.covered[i] ? paint('green', '✓') : s.mode === 'typed' ? paint('red', '✗') : '·';
      // Wrap plain text first, then add the coloured mark: wrap() sanitises and would strip colour codes.
      const indent = k.phase ? '    ' : '  ';
      const body = wrap(`${TICK_KEYS[i] ?? ' '}) ${wrong ? 'CONTRADICTED: ' : ''}${k.point}`, width - indent.length - 3).split('\n');
      lines.push(...body.map((l, j) => `${indent}${j === 0 ? mark : ' '} ${l}`));
      // Why: the candidate's own sentence that covered or contradicted the point, so a grade can be disputed.
      const said = s.mode === 'typed' && (s.covered[i] || wrong) ? s.evidence[i] : null;
      if (said) lines.push(...wrap(`you said: “${said}”`, width - indent.length - 6).split('\n').map((l) => paint('dim', `${indent}    ${l}`)));
    });
  }
  if (s.mode === 'typed' && s.misconceptions.length) {
    lines.push(paint('bold', 'Misconceptions in your answer:'));
    for (const m of s.misconceptions) {
      lines.push(...wrap(`You said: “${m.sentence}”`, width - 4).split('\n').map((l) => `  ${paint('red', l)}`));
      lines.push(...wrap(`In fact: ${m.correction}`, width - 4).split('\n').map((l) => `  ${l}`));
    }
    lines.push(paint('dim', 'Disagree? Press a point\'s letter to credit it; the suggestion follows.'));
  }
  const c = coverageOf(s);
  if (s.tests?.length) lines.push(`Score: ${paint('bold', `${Math.round(c! * 100)}%`)} (${s.tests.filter((t) => t.ok).length}/${s.tests.length} tests passed)`);
  else if (d.keyPoints.length) lines.push(c === null ? paint('dim', 'Coverage: tick points to score a spoken answer.') : `Coverage: ${paint('bold', `${Math.round(c * 100)}%`)}`);
  const suggested = toScale(suggestionFor(s), v.grading);
  const options = GRADE_KEYS[v.grading].map((g) => {
    const text = `${g.key} ${g.label} ${formatInterval(previews[g.rating])}`;
    // Without colour the suggestion is marked with brackets (reverse video would be stripped).
    return g.rating === suggested ? (paint === plain ? `[${text}]` : paint('inverse', ` ${text} `)) : ` ${text} `;
  });
  lines.push(`Next review:${options.join('')}`);
  const label = GRADE_KEYS[v.grading].find((g) => g.rating === suggested)!.label;
  const keys = GRADE_KEYS[v.grading].map((g) => g.key).join('/');
  lines.push(paint('dim', fitText(width, [
    `Grade with ${keys} · Enter: ${label} (suggested) · u u: undo last grade · q q: stop`,
    `${keys}: grade · Enter: ${label} · u u: undo · q q: stop`,
    `${keys} · Enter: ${label} · u u · q q`,
  ])));
  if (notice) lines.push(v.paint('yellow', wrap(notice, width - 1)));
  return fitRows(lines, v, notice ? 4 : 3);
}

/**
 * Keep a live frame within the terminal's height (taller frames cannot be redrawn in place): the last
 * three lines (score, next review, keys) stay whole; the key points above them are clipped to one row
 * each, then cut with a note.
 */
function fitRows(lines: string[], v: ViewEnv, keep = 3): string {
  const max = v.rows - 1;
  if (lines.reduce((n, l) => n + rowsOf(l, v.width), 0) <= max) return lines.join('\n');
  const tail = lines.slice(-keep);
  const room = Math.max(2, max - tail.reduce((n, l) => n + rowsOf(l, v.width), 0));
  const head = lines.slice(0, -keep).flatMap((l) => l.split('\n')).map((l) => (visibleLength(l) > v.width - 1 ? `${l.slice(0, Math.max(10, v.width - 2))}…` : l));
  const shown = head.length <= room ? head : [...head.slice(0, room - 1), v.paint('dim', '  … more (letters still toggle)')];
  return [...shown, ...tail].join('\n');
}

export function gradedLine(rating: Rating, nextDue: number, v: ViewEnv): string {
  const label = GRADE_KEYS[v.grading].find((g) => g.rating === toScale(rating, v.grading))?.label ?? rating;
  return v.paint('dim', `Graded ${label}; next review in ${formatInterval(nextDue)}.`);
}

export function summary(s: DrillState, nextDueText: string | null, v: ViewEnv): string {
  const { paint } = v;
  if (!s.results.length) return `${s.quit ? 'Stopped' : 'Done'} before grading anything.${nextDueText ? ` Next review ${nextDueText}.` : ''}`;
  const rows = [['item', 'grade', 'time', 'budget', 'coverage'].map((h) => paint('dim', h))];
  for (const r of s.results) {
    rows.push([
      sanitize(r.id),
      GRADE_KEYS[v.grading].find((g) => g.rating === toScale(r.rating, v.grading))?.label ?? r.rating,
      `${mmss(r.seconds, 'round')}${r.timedOut ? ' (out)' : ''}`,
      r.budget ? mmss(r.budget) : '-',
      r.coverage === null ? '-' : `${Math.round(r.coverage * 100)}%`,
    ]);
  }
  const total = s.results.reduce((a, r) => a + r.seconds, 0);
  const scored = s.results.filter((r) => r.coverage !== null);
  const counts = GRADE_KEYS[v.grading].map((g) => `${g.label} ${s.results.filter((r) => toScale(r.rating, v.grading) === g.rating).length}`).join(', ');
  return [
    '',
    paint('bold', `${s.quit ? 'Stopped' : 'Session done'}: ${s.results.length} graded in ${mmss(total, 'round')}`),
    table(rows),
    `${counts}${scored.length ? ` · mean coverage ${Math.round((scored.reduce((a, r) => a + r.coverage!, 0) / scored.length) * 100)}%` : ''}${s.results.some((r) => r.timedOut) ? ` · ${s.results.filter((r) => r.timedOut).length} timed out` : ''}`,
    nextDueText ? `Next review ${nextDueText}.` : 'Nothing scheduled yet.',
  ].join('\n');
}
