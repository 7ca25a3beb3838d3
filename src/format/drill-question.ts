/**
 * The screen while a question is asked: the title, the question (its first row pinned, the rest in a
 * pane that pages), the countdown with the phase and its hint (pinned), the answer box (scrolling in
 * its own rows) and the keys. Pure.
 */
import type { DrillItem, DrillState } from '../core/drill.js';
import { currentItem, elapsedSeconds, phaseAt, secondsLeft } from '../core/drill.js';
import type { LoadedItem } from '../core/types.js';
import type { Paint } from './paint.js';
import { questionSide } from './item.js';
import { fitText, mmss, sanitize, wrap, wrapPainted } from './text.js';
import { answerBox } from './answer-box.js';
import { gridRows } from './sql-table.js';
import { proseWidth, statusLines, titleRule, type DrillView, type Frame } from './drill-parts.js';

/** The question pane's rows: the prompt and what goes with it, the framework's phases, the offer. */
function questionRows(d: DrillItem, item: LoadedItem, v: DrillView, width: number, elapsed: number): string[] {
  const { paint } = v;
  const lines = questionSide(item, paint, width, { starter: false }).split('\n');
  if (d.notes) lines.push(...notesRows(d.notes, elapsed, v, width));
  if (d.phases.length) {
    const scale = d.budget ? d.budget / d.phases.reduce((a, p) => a + p.seconds, 0) : 1;
    if (item.type === 'behavioural') {
      // The template's guide for every part, so the whole story can be planned before the clock matters.
      lines.push(paint('dim', `${d.budget ? `${mmss(d.budget)} in all` : 'STAR'}; the template's guide per part:`));
      for (const p of d.phases) lines.push(...wrap(`${p.title} (${mmss(p.seconds * scale, 'round')}): ${p.hint ?? ''}`, width - 2, '  ').split('\n'));
    } else {
      const parts = d.phases.map((p) => `${sanitize(p.title)}\uE000${mmss(p.seconds * scale, 'round')}`);
      lines.push(...wrap(`${d.budget ? `${mmss(d.budget)} · ` : ''}${parts.join(' · ')}`, width).split('\n').map((l) => paint('dim', l.replace(/\uE000/g, ' '))));
    }
  }
  const offer = v.offer(item);
  if (offer) lines.push(...wrapPainted(offer, width));
  return lines;
}

/** Mock behavioural questions: the story as notes for its first seconds, then put away (as in the room). */
function notesRows(notes: { text: string; seconds: number }, elapsed: number, v: DrillView, width: number): string[] {
  const left = notes.seconds - elapsed;
  if (left <= 0) return [v.paint('dim', 'Your notes are put away: tell it from memory.')];
  return [v.paint('cyan', `Your notes (put away in ${mmss(left)}):`), ...wrap(notes.text, width - 2, '  ').split('\n')];
}

function bar(fraction: number, width: number, paint: Paint): string {
  const n = Math.floor(Math.max(0, Math.min(1, fraction)) * width);
  return paint('cyan', '█'.repeat(n)) + paint('dim', '░'.repeat(width - n));
}

/** The countdown (or the time taken when untimed), the phase and its time left, a bar, the phase's hint. */
function timerRows(s: DrillState, d: DrillItem, v: DrillView): string[] {
  const { paint } = v;
  const width = s.screen.columns;
  const elapsed = elapsedSeconds(s);
  const left = secondsLeft(s);
  const ph = phaseAt(d, elapsed);
  const clock = left === null ? `${mmss(elapsed)} elapsed (untimed)` : `${mmss(left)} left of ${mmss(d.budget!)}`;
  const timer = (text: string) => `⏱ ${paint(left !== null && left <= 10 ? 'red' : 'bold', text)}`;
  const phase = ph && d.budget !== null ? ph : null;
  const lines = [fitText(width, [
    `${timer(clock)}${phase ? `   ${paint('bold', sanitize(phase.phase.title))} — ${mmss(phase.left)} left of ${mmss(phase.length)}` : ''}`,
    `${timer(left === null ? clock : `${mmss(left)} left`)}${phase ? `  ${paint('bold', sanitize(phase.phase.title))} ${mmss(phase.left)}` : ''}`,
    timer(left === null ? mmss(elapsed) : mmss(left)),
  ])];
  if (d.budget) lines.push(bar(elapsed / d.budget, Math.min(40, width - 2), paint));
  if (ph?.phase.hint) lines.push(...wrap(ph.phase.hint, Math.min(width - 1, 100), '  ').split('\n').map((l) => paint('dim', l)));
  return lines;
}

function keyRows(s: DrillState, d: DrillItem, v: DrillView, paged: boolean): string[] {
  const width = s.screen.columns;
  const e = s.attempt.editor;
  const blank = e.lines.length === 1 && e.lines[0] === '';
  const undo = s.results.length ? ' · Ctrl-Z: undo last grade' : '';
  const undoShort = s.results.length ? ' · Ctrl-Z: undo' : '';
  const page = paged ? ' · PgUp/PgDn: the question' : '';
  const pageShort = paged ? ' · PgUp/PgDn' : '';
  // In a mock round nothing is revealed until the end: Enter and Ctrl-D go on to the next question.
  const inRound = (t: string) => (s.round ? t.replace(/and press Enter to reveal/, 'and press Enter to go on').replace(/(Enter|Enter on empty): reveal/g, '$1: next').replace(/submit and reveal/g, 'submit') : t);
  const keys = fitText(width, (d.check === 'query'
    ? [`Enter: new line · Ctrl-T: run on the visible rows · Ctrl-D: submit (also checks hidden rows)${page} · Ctrl-C: stop${undo}`, `Ctrl-T: run on visible rows · Ctrl-D: submit${page} · Ctrl-C: stop${undoShort}`, `Ctrl-T: run · Ctrl-D: submit${pageShort} · Ctrl-C: stop`, 'Ctrl-T: run · Ctrl-D: submit']
    : d.starter !== undefined
    ? [`Enter: new line (indented) · Ctrl-D: submit and run the tests (unchanged: just reveal)${page} · Ctrl-C: stop${undo}`, `Enter: new line · Ctrl-D: submit, run tests${page} · Ctrl-C: stop${undoShort}`, `Ctrl-D: submit${pageShort} · Ctrl-C: stop${undoShort}`, 'Ctrl-D: submit · Ctrl-C: stop']
    : blank
    ? [`Type your answer (Enter: new line, Ctrl-D: submit), or answer aloud and press Enter to reveal${page} · Ctrl-C: stop${undo}`, `Type (Enter: new line, Ctrl-D: submit) or Enter: reveal${page} · Ctrl-C: stop${undoShort}`, `Type; Ctrl-D submits · Enter on empty: reveal${pageShort}${undoShort}`, 'Ctrl-D: submit · Enter: reveal']
    : [`Enter: new line · Ctrl-D: submit and reveal${page} · Ctrl-C: stop${undo}`, `Enter: new line · Ctrl-D: submit${page} · Ctrl-C: stop${undoShort}`, `Ctrl-D: submit${pageShort} · Ctrl-C: stop${undoShort}`, 'Ctrl-D: submit · Ctrl-C: stop']).map(inRound));
  const notice = s.ui.notice ? wrap(s.ui.notice, width - 1).split('\n').map((l) => v.paint('yellow', l)) : [];
  return [...notice, v.paint('dim', keys)];
}

/** SQL: what the last Ctrl-T showed, under the answer box: the first rows, or the error; at most `max` rows. */
function trialRows(s: DrillState, v: DrillView, max: number): string[] {
  const { paint } = v;
  const a = s.attempt;
  if (a.trying) return [paint('dim', 'Running your query on the visible rows…')];
  const t = a.trial;
  if (!t) return [];
  if (t.error !== null) return wrap(`✗ ${t.error}`, s.screen.columns - 1).split('\n').slice(0, max).map((l) => paint('yellow', l));
  const n = t.rows.length;
  const head = paint('dim', `Your query on the visible rows: ${t.truncated ? `more than ${n} rows` : `${n} row${n === 1 ? '' : 's'}`}${n > max - 3 ? ` (first ${Math.max(1, max - 3)})` : ''}`);
  return [head, ...gridRows(t.columns, t.rows, paint, Math.max(1, max - 3))];
}

export function questionScreen(s: DrillState, v: DrillView): Frame {
  const d = currentItem(s)!;
  const item = v.item(d.id);
  const { rows } = s.screen;
  const head = [titleRule(s, item, v), ...statusLines(s, v)];
  const timer = timerRows(s, d, v);
  const trial = d.check === 'query' ? trialRows(s, v, Math.max(4, Math.floor(rows * 0.3))) : [];
  const [first = '', ...rest] = questionRows(d, item, v, proseWidth(s.screen.columns), elapsedSeconds(s));
  // The question gets what the answer box leaves: the box takes the rows its text needs, at least 2 and,
  // once the answer is long, 40% of the room. The prompt's first row always shows.
  const room = Math.max(4, rows - head.length - timer.length - trial.length - 2);
  const need = answerBox(s.attempt.editor, s.screen.columns, room, v.paint).length + 1;
  const box = Math.max(2, Math.min(need, Math.floor(room * 0.4)));
  const paneRows = Math.max(0, Math.min(rest.length, room - 1 - box));
  const paged = rest.length > paneRows;
  const shown = paged ? Math.max(0, paneRows - 1) : paneRows;
  const maxScroll = paged ? rest.length - shown : 0;
  const scroll = Math.min(s.ui.scroll, maxScroll);
  const pane = rest.slice(scroll, scroll + shown);
  if (paged) pane.push(v.paint('dim', `  ┄ ${scroll + shown < rest.length ? `${rest.length - scroll - shown} more row${rest.length - scroll - shown === 1 ? '' : 's'} below` : 'end'}${scroll ? `, ${scroll} above` : ''} (PgDn/PgUp) ┄`));
  const keys = keyRows(s, d, v, paged);
  const boxRows = Math.max(2, rows - head.length - 1 - pane.length - timer.length - trial.length - keys.length);
  return { lines: [...head, first, ...pane, ...timer, ...answerBox(s.attempt.editor, s.screen.columns, boxRows, v.paint), ...trial, ...keys], page: Math.max(1, shown), maxScroll };
}
