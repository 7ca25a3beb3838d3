/**
 * `mkdir -p` without `fs.mkdirSync(…, { recursive: true })`: on Node 20 that call never returns for a
 * path under /proc (it retries ENOENT forever), so `prep --db /proc/x/prep.db due` hung at full CPU.
 * Here each missing level is made in turn from the nearest existing ancestor, and an error surfaces.
 * CJS-safe (used by the fast path's cache).
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export function ensureDir(dir: string, mode = 0o700): void {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    try {
      if (!statSync(at).isDirectory()) {
        const e = new Error(`${at} is not a directory`) as NodeJS.ErrnoException;
        e.code = 'ENOTDIR';
        e.path = at;
        throw e;
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      missing.push(at);
      const up = dirname(at);
      if (up === at) break;
      at = up;
    }
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, { mode });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
