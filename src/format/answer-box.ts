/**
 * The drill's answer box as screen rows: each typed line soft-wrapped to the terminal width (by display
 * width, so CJK and emoji take their two columns), continuation rows keep the "│" margin, and a window of
 * rows around the cursor is chosen to fit the room the frame has. Pure.
 */
import { displayWidth } from './width.js';
import type { EditorState } from '../core/editor.js';
import { sanitize } from '../core/sanitize.js';
import type { Paint } from './paint.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Reverse video drawn directly: the cursor must stay visible when colour is off (NO_COLOR). */
const cursorCell = (g: string) => `\u001b[7m${g}\u001b[27m`;

interface Row {
  text: string;
  /** Column (in graphemes of this row) where the cursor sits, if it is on this row. */
  cursor: number | null;
}

/** Split one line into rows of at most `width` columns, breaking after a space where one is near. */
function wrapLine(line: string, cursorCol: number | null, width: number): Row[] {
  const cells = [...graphemes.segment(line)].map((g) => ({ g: g.segment, at: g.index, w: Math.max(0, displayWidth(g.segment)) }));
  const rows: Row[] = [];
  let start = 0;
  while (start < cells.length || rows.length === 0) {
    let used = 0;
    let end = start;
    while (end < cells.length && used + cells[end]!.w <= width) used += cells[end++]!.w;
    if (end < cells.length) {
      // Prefer to break after the last space in the row, unless that leaves the row mostly empty.
      for (let k = end - 1; k > start + Math.floor((end - start) / 2); k--) {
        if (cells[k]!.g === ' ') {
          end = k + 1;
          break;
        }
      }
      if (end === start) end = start + 1; // a cell wider than the row: place it anyway
    }
    rows.push({ text: cells.slice(start, end).map((c) => c.g).join(''), cursor: null });
    const row = rows[rows.length - 1]!;
    if (cursorCol !== null) {
      const atIndex = cells.findIndex((c) => c.at >= cursorCol);
      const cell = atIndex === -1 ? cells.length : atIndex;
      const last = end >= cells.length;
      if (cell >= start && (cell < end || (last && cell === end))) row.cursor = cell - start;
    }
    if (end >= cells.length) break;
    start = end;
  }
  // The cursor at the very end of a full row goes to a fresh row, so it is never drawn past the edge.
  const tail = rows[rows.length - 1]!;
  if (tail.cursor !== null && tail.cursor === [...graphemes.segment(tail.text)].length && displayWidth(tail.text) >= width) {
    tail.cursor = null;
    rows.push({ text: '', cursor: 0 });
  }
  return rows;
}

function render(row: Row, paint: Paint): string {
  const margin = `${paint('dim', '│')} `;
  if (row.cursor === null) return margin + row.text;
  const cells = [...graphemes.segment(row.text)].map((g) => g.segment);
  return margin + cells.slice(0, row.cursor).join('') + cursorCell(cells[row.cursor] ?? ' ') + cells.slice(row.cursor + 1).join('');
}

/** The rows to show: at most `room` rows around the cursor, with a note when lines are above. */
export function answerBox(editor: EditorState, width: number, room: number, paint: Paint): string[] {
  const inner = Math.max(10, width - 3);
  const rows: Row[] = [];
  editor.lines.forEach((line, r) => rows.push(...wrapLine(sanitize(line), r === editor.row ? editor.col : null, inner)));
  const at = Math.max(0, rows.findIndex((r) => r.cursor !== null));
  const fit = Math.max(1, room);
  if (rows.length <= fit) return rows.map((r) => render(r, paint));
  // Keep the cursor row, what was just written above it, and as much below as fits.
  const space = fit - 1; // one row for the "above" note
  const below = Math.min(rows.length - 1 - at, Math.max(0, Math.floor(space / 3)));
  const first = Math.max(0, at - (space - 1 - below));
  const last = Math.min(rows.length - 1, first + space - 1);
  const out = rows.slice(first, last + 1).map((r) => render(r, paint));
  if (first > 0) out.unshift(paint('dim', `│ … ${first} row${first === 1 ? '' : 's'} above`));
  else out.push(paint('dim', `│ … ${rows.length - 1 - last} more below`));
  return out;
}
