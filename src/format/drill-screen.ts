/**
 * The drill's whole screen as a pure function of its state: a list of rows, none wider than the
 * terminal and never more rows than it has. The shell only draws them. Each stage pins what must stay in
 * view (the prompt's first lines and the countdown; the grade keys) and scrolls the rest in its own pane.
 */
import type { DrillState } from '../core/drill.js';
import { currentItem } from '../core/drill.js';
import { clip } from './text.js';
import type { DrillView, Frame } from './drill-parts.js';
import { questionScreen } from './drill-question.js';
import { revealScreen } from './drill-reveal.js';

export type { DrillView, Frame };

export function drillScreen(s: DrillState, v: DrillView): Frame {
  if (s.stage === 'done' || !currentItem(s)) return { lines: [], page: 0, maxScroll: 0 };
  const frame = s.stage === 'question' ? questionScreen(s, v) : revealScreen(s, v);
  const { columns, rows } = s.screen;
  return { ...frame, lines: frame.lines.slice(0, rows).map((l) => clip(l, columns - 1)) };
}

