/** Parts both drill screens share: what the view is given, the title rule, the status rows. Pure. */
import type { DrillState } from '../core/drill.js';
import { gradeLabel } from '../core/drill-keys.js';
import { formatInterval } from '../core/scheduler.js';
import type { LoadedItem, Rating } from '../core/types.js';
import type { Paint } from './paint.js';
import { fitText, mmss, sanitize, wrap } from './text.js';
import { roundLeft } from '../core/drill-round.js';

export interface DrillView {
  paint: Paint;
  item(id: string): LoadedItem;
  /** A line under the prompt (behavioural items: which of your stories to tell). */
  offer(item: LoadedItem): string;
  /** More to show at the reveal (behavioural items: your stories, or the sample). */
  revealExtra(item: LoadedItem, width: number): string;
  /** Milliseconds to the next review for each grade. */
  previews(): Record<Rating, number>;
  /** A saved time for people ("Tue 3 Mar, 14:05"). */
  stamp(iso: string): string;
}

/** The rows to draw, and the scrolling pane's page and largest scroll (sent back to the reducer). */
export interface Frame {
  lines: string[];
  page: number;
  maxScroll: number;
}

/** Width for prose: the terminal's, but not wider than reads well. */
export const proseWidth = (columns: number) => Math.max(20, Math.min(columns - 1, 100));

export function titleRule(s: DrillState, item: LoadedItem, v: DrillView): string {
  const width = proseWidth(s.screen.columns);
  const heading = s.items[s.index]?.heading;
  const title = heading ? ` ${sanitize(heading)} ` : ` ${s.index + 1}/${s.items.length} · ${sanitize(item.id)} · ${item.type.replace('_', '-')} · ${item.difficulty} `;
  return v.paint('dim', `──${title}${'─'.repeat(Math.max(0, width - title.length - 2))}`);
}

/** A mock round: its clock while questions are asked (and that answers come at the end), or where the reveals are. */
function roundLines(s: DrillState, v: DrillView): string[] {
  if (!s.round) return s.paused !== null ? [v.paint('yellow', '⏸ Paused: every clock is stopped. Ctrl-P goes on.')] : [];
  const width = s.screen.columns;
  if (s.round.reviewing) {
    const ended = s.round.ended === 'time' ? 'Time is up: the round is over.' : 'The round is over.';
    return [v.paint('cyan', fitText(width, [`${ended} Your answers, one by one: grade each (1-4, Enter takes the suggestion).`, `${ended} Grade each answer (1-4, Enter: suggestion).`, 'Grade each answer.']))];
  }
  const left = roundLeft(s) ?? 0;
  const clock = `${s.round.label}: ${mmss(left)} left of ${mmss(s.round.seconds)}`;
  if (s.paused !== null) return [v.paint('yellow', fitText(width, [`⏸ Paused. ${clock}. Every clock is stopped; Ctrl-P goes on.`, `⏸ Paused · ${clock} · Ctrl-P goes on`, '⏸ Paused · Ctrl-P']))];
  return [v.paint(left <= 60 ? 'red' : 'cyan', fitText(width, [`${clock} · answers and scores come when the round ends · Ctrl-P pauses`, `${clock} · Ctrl-P pauses`, clock]))];
}

/** What just happened, one or two rows under the title: the last grade, an undo, a restored draft. */
export function statusLines(s: DrillState, v: DrillView): string[] {
  const width = s.screen.columns - 1;
  const { paint } = v;
  const out: string[] = [...roundLines(s, v)];
  if (s.undid) out.push(paint('yellow', `Undid the grade of ${sanitize(s.undid)}; grade it again.`));
  else if (s.last) {
    const l = s.last;
    const forReport = s.items.find((i) => i.id === l.id)?.followUpOf;
    const text = forReport ? `Graded the follow-up ${gradeLabel(l.rating, s.grading)} (for the report).` : `Graded ${gradeLabel(l.rating, s.grading)}; next review in ${formatInterval(l.nextDue)}.${l.again ? ' It comes back at the end of this session.' : ''}`;
    out.push(paint('dim', text) + (l.leech ? paint('yellow', ' Leech: this one keeps slipping; rewrite your notes on it.') : ''));
  }
  const r = s.attempt.restored;
  if (r && s.stage === 'question') {
    const inBox = r.draftInBox;
    const text = inBox ? `Your draft from ${v.stamp(r.savedAt)} is in the box; Ctrl-R starts afresh.` : `Started afresh; Ctrl-R brings back your draft from ${v.stamp(r.savedAt)}.`;
    out.push(...wrap(text, width).split('\n').map((l) => paint('cyan', l)));
  }
  return out;
}

