/**
 * better-sqlite3, loaded once for the whole program. require() rather than import: loading a CommonJS
 * package from ESM runs a lexer over it first. The addon's path is passed straight in; otherwise the
 * `bindings` package probes a dozen paths on every start.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);
export const Database = require('better-sqlite3') as typeof BetterSqlite3;

export const nativeBinding = (() => {
  try {
    const p = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    return existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
})();

/** Options for opening a database: the busy timeout, and the addon's path when found. */
export const openOptions = (timeout: number) => ({ timeout, ...(nativeBinding ? { nativeBinding } : {}) });
