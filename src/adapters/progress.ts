/**
 * A one-line progress bar on a terminal (stderr, so it never mixes with data on stdout). Redrawn at most
 * every 100 ms and erased when done; a no-op when not allowed (no TTY, --json, NO_COLOR, TERM=dumb).
 */
import type { Ctx, OutStream } from '../context.js';

export interface Progress {
  tick(done: number): void;
  done(): void;
}

const NONE: Progress = { tick: () => undefined, done: () => undefined };

/** Bars are for people watching: a terminal on stderr, and no --json, NO_COLOR or TERM=dumb. */
export const progressAllowed = (ctx: Pick<Ctx, 'env' | 'io' | 'opts'>): boolean =>
  !ctx.opts.json && !!ctx.io.stderr.isTTY && ctx.opts.color && !ctx.env.NO_COLOR && ctx.env.TERM !== 'dumb';

export function progressBar(out: OutStream, label: string, total: number, allowed: boolean, clock: () => number = Date.now): Progress {
  if (!allowed || total <= 0) return NONE;
  let last = 0;
  let shown = false;
  const draw = (done: number) => {
    const width = Math.max(10, Math.min(40, (out.columns ?? 80) - label.length - 20));
    const share = Math.min(1, done / total);
    const n = Math.round(share * width);
    out.write(`\r${label} [${'#'.repeat(n)}${'.'.repeat(width - n)}] ${String(Math.round(share * 100)).padStart(3)}%`);
    shown = true;
  };
  return {
    tick(done) {
      const now = clock();
      if (now - last < 100) return;
      last = now;
      draw(done);
    },
    done() {
      if (shown) out.write('\r\u001b[K');
    },
  };
}
