/**
 * The drill's whole screen as a pure function of its state: a list of rows, none wider than the
 * terminal and never more rows than it has. The shell only draws them. Each stage pins what must stay in
 * view (the prompt's first lines and the countdown; the grade keys) and scrolls the rest in its own pane.
 */
import type { DrillState } from '../core/drill.js';
import { currentItem } from '../core/drill.js';
import { clip, mmss, sanitize, wrap } from './text.js';
import { secondsLeft } from '../core/drill.js';
import { statusLines } from './drill-parts.js';
import type { DrillView, Frame } from './drill-parts.js';
import { questionScreen } from './drill-question.js';
import { revealScreen } from './drill-reveal.js';

export type { DrillView, Frame };

/** A break between the rounds of a loop: its clock, and how to skip it. */
function breakScreen(s: DrillState, v: DrillView): Frame {
  const left = secondsLeft(s) ?? 0;
  // A break's heading names the round after it.
  const next = currentItem(s)?.heading ?? 'The next round';
  const lines = [
    ...statusLines(s, v),
    '',
    v.paint('bold', `Break: ${mmss(left)} left.`),
    wrap(`Stand up, drink some water. ${sanitize(next)} starts when the break ends.`, s.screen.columns - 1),
    '',
    v.paint('dim', 'Enter: start it now · Ctrl-P: pause · Ctrl-C: stop (the answers so far are kept)'),
  ];
  return { lines: lines.flatMap((l) => l.split('\n')), page: 1, maxScroll: 0 };
}

export function drillScreen(s: DrillState, v: DrillView): Frame {
  if (s.stage === 'done' || !currentItem(s)) return { lines: [], page: 0, maxScroll: 0 };
  const frame = currentItem(s)!.kind === 'break' ? breakScreen(s, v) : s.stage === 'question' ? questionScreen(s, v) : revealScreen(s, v);
  const { columns, rows } = s.screen;
  return { ...frame, lines: frame.lines.slice(0, rows).map((l) => clip(l, columns - 1)) };
}

