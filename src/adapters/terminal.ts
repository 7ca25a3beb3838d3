/**
 * The interactive terminal: raw-mode keys and a live "frame" redrawn in place under static output that
 * scrolls normally. Streams come in from the caller; close() always restores the cursor and the mode.
 */
import type { IO } from '../context.js';
import type { KeyPress } from '../core/drill-keys.js';
import { rowsOf } from '../format/text.js';
import { listenKeys } from './keys.js';

export type Key = KeyPress;

export interface Terminal {
  columns(): number;
  rows(): number;
  /** Write text above the live frame (it scrolls away like normal output). */
  print(text: string): void;
  /** Replace the live frame. */
  frame(text: string): void;
  clearFrame(): void;
  /** Clear the visible screen (after a resize the old frame has re-wrapped and cannot be erased line by line). */
  clearScreen(): void;
  onKey(fn: (key: Key) => void): void;
  onResize(fn: () => void): void;
  /** Where an exception thrown by a key or resize handler goes (instead of crashing the process). */
  onError(fn: (e: unknown) => void): void;
  close(): void;
}

const ESC = '\u001b[';

export function openTerminal(io: IO): Terminal {
  const stdin = io.stdin as NodeJS.ReadStream;
  const out = io.stdout.stream ?? (io.stdout as unknown as NodeJS.WriteStream);
  const write = (s: string) => io.stdout.write(s);
  let height = 0; // rows the current frame occupies
  let lastFrame = '';
  let closed = false;
  const keyHandlers: ((k: Key) => void)[] = [];
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
  const columns = () => Math.max(20, (out as NodeJS.WriteStream).columns || 80);
  const rows = () => Math.max(8, (out as NodeJS.WriteStream).rows || 24);

  const measure = (text: string) => rowsOf(text, columns());

  const erase = () => {
    if (height > 0) write(`\r${height > 1 ? `${ESC}${height - 1}A` : ''}${ESC}0J`);
    height = 0;
  };

  const onResize = () => {
    for (const h of resizeHandlers) guard(h);
  };

  const stopKeys = listenKeys(stdin, (k) => {
    for (const h of keyHandlers) guard(() => h(k));
  });
  (out as NodeJS.WriteStream).on?.('resize', onResize);
  // Hide the cursor (the frame draws its own) and ask for bracketed paste, so pasted text is marked.
  write(`${ESC}?25l${ESC}?2004h`);

  return {
    columns,
    rows,
    print(text) {
      erase();
      write(text.endsWith('\n') ? text : `${text}\n`);
      if (lastFrame) this.frame(lastFrame);
    },
    frame(text) {
      erase();
      lastFrame = text;
      write(text);
      height = measure(text);
    },
    clearFrame() {
      erase();
      lastFrame = '';
    },
    clearScreen() {
      write(`${ESC}2J${ESC}H`);
      height = 0;
      lastFrame = '';
    },
    onKey(fn) {
      keyHandlers.push(fn);
    },
    onResize(fn) {
      resizeHandlers.push(fn);
    },
    onError(fn) {
      errorHandler = fn;
    },
    close() {
      if (closed) return;
      closed = true;
      stopKeys();
      (out as NodeJS.WriteStream).off?.('resize', onResize);
      write(`${ESC}?2004l${ESC}?25h`);
    },
  };
}
