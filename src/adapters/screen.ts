/**
 * A full-screen terminal for views that are a function of state: the alternate screen, raw-mode keys
 * and a `draw(rows)` that rewrites only the rows that changed, inside one synchronized update (terminals
 * that know DEC mode 2026 show the frame whole; others ignore it). The caller's rows must fit the width.
 * close() always restores the cursor, the mode and the screen the user had.
 */
import type { IO } from '../context.js';
import type { KeyPress } from '../core/drill-keys.js';
import { listenKeys } from './keys.js';

export interface Screen {
  size(): { columns: number; rows: number };
  draw(rows: string[]): void;
  onKey(fn: (key: KeyPress) => void): void;
  onResize(fn: () => void): void;
  /** Where an exception thrown by a key or resize handler goes (instead of crashing the process). */
  onError(fn: (e: unknown) => void): void;
  close(): void;
}

const ESC = '\u001b[';

export function openScreen(io: IO): Screen {
  const out = (io.stdout.stream ?? io.stdout) as unknown as NodeJS.WriteStream;
  const write = (s: string) => io.stdout.write(s);
  let shown: string[] = [];
  let closed = false;
  const keyHandlers: ((k: KeyPress) => void)[] = [];
  const resizeHandlers: (() => void)[] = [];
  let errorHandler: ((e: unknown) => void) | undefined;
  const guard = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      if (!errorHandler) throw e;
      errorHandler(e);
    }
  };
  const onResize = () => {
    // Whatever was on screen has re-wrapped: clear it and draw the next frame whole.
    write(`${ESC}2J`);
    shown = [];
    for (const h of resizeHandlers) guard(h);
  };
  const stopKeys = listenKeys(io.stdin, (k) => {
    for (const h of keyHandlers) guard(() => h(k));
  });
  out.on?.('resize', onResize);
  // The alternate screen, no cursor (the answer box draws its own), bracketed paste on.
  write(`${ESC}?1049h${ESC}2J${ESC}?25l${ESC}?2004h`);

  return {
    size: () => ({ columns: Math.max(20, out.columns || 80), rows: Math.max(8, out.rows || 24) }),
    draw(rows) {
      if (closed) return;
      let text = '';
      rows.forEach((row, i) => {
        if (shown[i] !== row) text += `${ESC}${i + 1};1H${row}${ESC}0K`;
      });
      if (rows.length < shown.length) text += `${ESC}${rows.length + 1};1H${ESC}0J`;
      if (text) write(`${ESC}?2026h${text}${ESC}?2026l`);
      shown = rows;
    },
    onKey: (fn) => void keyHandlers.push(fn),
    onResize: (fn) => void resizeHandlers.push(fn),
    onError: (fn) => void (errorHandler = fn),
    close() {
      if (closed) return;
      closed = true;
      stopKeys();
      out.off?.('resize', onResize);
      write(`${ESC}?2004l${ESC}?25h${ESC}?1049l`);
    },
  };
}
