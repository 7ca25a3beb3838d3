/**
 * A small multi-line text editor as a pure reducer: the drill's answer box. Enter breaks the line,
 * Backspace joins lines (in code, removes one indent level at the end of the indentation), arrows/Home/End move, Ctrl-U clears to the line start, Ctrl-W deletes a word.
 * The cursor moves by grapheme (an emoji or an accented letter is one step), and inserted text is
 * cleaned of control and bidi characters, so what is stored is what was shown.
 */
import { sanitize } from './sanitize.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Index where the grapheme before `col` starts. */
export function prevBoundary(line: string, col: number): number {
  let last = 0;
  for (const g of graphemes.segment(line)) {
    if (g.index >= col) break;
    last = g.index;
  }
  return last;
}

/** `col` moved back to the start of the grapheme it falls inside (or the line end). */
export function snapBoundary(line: string, col: number): number {
  if (col >= line.length) return line.length;
  for (const g of graphemes.segment(line)) if (g.index + g.segment.length > col) return g.index;
  return line.length;
}

/** Index just after the grapheme that starts at `col`. */
export function nextBoundary(line: string, col: number): number {
  for (const g of graphemes.segment(line)) if (g.index >= col) return g.index + g.segment.length;
  return line.length;
}
export interface EditorState {
  lines: string[];
  row: number;
  col: number;
}

export type EditAction =
  | { kind: 'insert'; text: string }
  /** `indent`: the new line starts with the previous line's indentation, one level more after a `:` (code). */
  | { kind: 'newline'; indent?: boolean }
  /** `dedent` (code): at the end of a line's indentation, remove one level (4 spaces) instead of one. */
  | { kind: 'backspace'; dedent?: boolean }
  | { kind: 'delete' }
  | { kind: 'move'; dir: 'left' | 'right' | 'up' | 'down' | 'home' | 'end' }
  | { kind: 'killLine' }
  | { kind: 'deleteWord' };

export const emptyEditor = (): EditorState => ({ lines: [''], row: 0, col: 0 });

/** An editor holding `text` (a coding item's starter), the cursor at its end. */
export function editorWith(text: string): EditorState {
  const lines = sanitize(text).replace(/\t/g, '    ').replace(/\s+$/, '').split('\n');
  return { lines, row: lines.length - 1, col: lines[lines.length - 1]!.length };
}

export const editorText = (e: EditorState) => e.lines.join('\n');
export const isBlank = (e: EditorState) => editorText(e).trim() === '';

export function edit(e: EditorState, a: EditAction): EditorState {
  const lines = [...e.lines];
  const line = lines[e.row] ?? '';
  switch (a.kind) {
    case 'insert': {
      const parts = sanitize(a.text).replace(/\t/g, '    ').split('\n');
      const before = line.slice(0, e.col);
      const after = line.slice(e.col);
      if (parts.length === 1) {
        lines[e.row] = before + parts[0] + after;
        return { lines, row: e.row, col: e.col + parts[0]!.length };
      }
      const last = parts[parts.length - 1]!;
      lines.splice(e.row, 1, before + parts[0], ...parts.slice(1, -1), last + after);
      return { lines, row: e.row + parts.length - 1, col: last.length };
    }
    case 'newline': {
      const head = line.slice(0, e.col);
      const pad = a.indent ? (head.match(/^ */)![0] + (/:\s*$/.test(head) ? '    ' : '')) : '';
      lines.splice(e.row, 1, head, a.indent ? pad + line.slice(e.col).trimStart() : line.slice(e.col));
      return { lines, row: e.row + 1, col: pad.length };
    }
    case 'backspace':
      if (a.dedent && e.col > 0 && /^ +$/.test(line.slice(0, e.col))) {
        const to = e.col - (e.col % 4 || 4);
        lines[e.row] = line.slice(0, to) + line.slice(e.col);
        return { lines, row: e.row, col: to };
      }
      if (e.col > 0) {
        const from = prevBoundary(line, e.col);
        lines[e.row] = line.slice(0, from) + line.slice(e.col);
        return { lines, row: e.row, col: from };
      }
      if (e.row === 0) return e;
      {
        const prev = lines[e.row - 1]!;
        lines.splice(e.row - 1, 2, prev + line);
        return { lines, row: e.row - 1, col: prev.length };
      }
    case 'delete':
      if (e.col < line.length) {
        lines[e.row] = line.slice(0, e.col) + line.slice(nextBoundary(line, e.col));
        return { lines, row: e.row, col: e.col };
      }
      if (e.row === lines.length - 1) return e;
      lines.splice(e.row, 2, line + lines[e.row + 1]!);
      return { lines, row: e.row, col: e.col };
    case 'killLine':
      lines[e.row] = line.slice(e.col);
      return { lines, row: e.row, col: 0 };
    case 'deleteWord': {
      const head = line.slice(0, e.col).replace(/\S+\s*$|\s+$/, '');
      lines[e.row] = head + line.slice(e.col);
      return { lines, row: e.row, col: head.length };
    }
    case 'move': {
      const clampCol = (r: number, c: number) => snapBoundary(lines[r]!, c);
      switch (a.dir) {
        case 'left':
          return e.col > 0 ? { ...e, col: prevBoundary(line, e.col) } : e.row > 0 ? { ...e, row: e.row - 1, col: lines[e.row - 1]!.length } : e;
        case 'right':
          return e.col < line.length ? { ...e, col: nextBoundary(line, e.col) } : e.row < lines.length - 1 ? { ...e, row: e.row + 1, col: 0 } : e;
        case 'up':
          return e.row > 0 ? { ...e, row: e.row - 1, col: clampCol(e.row - 1, e.col) } : { ...e, col: 0 };
        case 'down':
          return e.row < lines.length - 1 ? { ...e, row: e.row + 1, col: clampCol(e.row + 1, e.col) } : { ...e, col: line.length };
        case 'home':
          return { ...e, col: 0 };
        case 'end':
          return { ...e, col: line.length };
      }
    }
  }
}
