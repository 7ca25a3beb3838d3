/** Drive the real bin/prep.js in a pseudo-terminal (node-pty), like a person at a keyboard. */
import { createRequire } from 'node:module';
import { BIN } from '../helpers.js';
import { VirtualScreen } from './vt.js';

const pty = createRequire(import.meta.url)('node-pty') as typeof import('node-pty');

/** Output as text: a cursor move to a row start counts as a line break, every other sequence goes. */
// eslint-disable-next-line no-control-regex
export const strip = (s: string) => s.replace(/\u001b\[\d+;1H/g, '\n').replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');

export interface Session {
  output(): string;
  raw(): string;
  send(keys: string): void;
  waitFor(pattern: RegExp, timeoutMs?: number, from?: number): Promise<RegExpMatchArray>;
  exited: Promise<number>;
  mark(): number;
  /** What the terminal shows now, row by row. */
  screen(): string[];
  /** Every frame a full-screen view drew (one per synchronized update), as the screen looked after it. */
  frames(): string[][];
  resize(cols: number, rows: number): void;
  /** Wait until the screen, its rows joined by newlines, matches. */
  waitScreen(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
}

export function spawnPrep(args: string[], env: Record<string, string>, size: { cols: number; rows: number } = { cols: 100, rows: 40 }): Session {
  let raw = '';
  const vt = new VirtualScreen(size.cols, size.rows);
  const p = pty.spawn(process.execPath, [BIN, ...args], {
    name: 'xterm-256color',
    cols: size.cols,
    rows: size.rows,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm-256color', TZ: 'UTC', ...env },
  });
  p.onData((d) => {
    raw += d;
    vt.write(d);
  });
  const exited = new Promise<number>((resolve) => p.onExit((e) => resolve(e.exitCode)));
  return {
    output: () => strip(raw),
    raw: () => raw,
    send: (keys) => p.write(keys),
    mark: () => strip(raw).length,
    screen: () => vt.rows(),
    frames: () => vt.frames,
    resize: (cols, rows) => {
      vt.resize(cols, rows);
      p.resize(cols, rows);
    },
    async waitScreen(pattern, timeoutMs = 10_000) {
      const start = Date.now();
      for (;;) {
        const m = vt.rows().join('\n').match(pattern);
        if (m) return m;
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${pattern} on the screen:\n${vt.rows().join('\n')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async waitFor(pattern, timeoutMs = 10_000, from = 0) {
      const start = Date.now();
      for (;;) {
        const m = strip(raw).slice(from).match(pattern);
        if (m) return m;
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${pattern}; output:\n${strip(raw).slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    exited,
  };
}
