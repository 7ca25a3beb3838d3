/** Drive the real bin/prep.js in a pseudo-terminal (node-pty), like a person at a keyboard. */
import { createRequire } from 'node:module';
import { BIN } from '../helpers.js';

const pty = createRequire(import.meta.url)('node-pty') as typeof import('node-pty');

// eslint-disable-next-line no-control-regex
export const strip = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');

export interface Session {
  output(): string;
  raw(): string;
  send(keys: string): void;
  waitFor(pattern: RegExp, timeoutMs?: number, from?: number): Promise<RegExpMatchArray>;
  exited: Promise<number>;
  mark(): number;
}

export function spawnPrep(args: string[], env: Record<string, string>): Session {
  let raw = '';
  const p = pty.spawn(process.execPath, [BIN, ...args], {
    name: 'xterm-256color',
    cols: 100,
    rows: 40,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm-256color', TZ: 'UTC', ...env },
  });
  p.onData((d) => (raw += d));
  const exited = new Promise<number>((resolve) => p.onExit((e) => resolve(e.exitCode)));
  return {
    output: () => strip(raw),
    raw: () => raw,
    send: (keys) => p.write(keys),
    mark: () => strip(raw).length,
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
