/**
 * Node 24.19+ with better-sqlite3 12: a Database or Statement collected after Node's environment is torn
 * down aborts the process ("Assertion failed: (env) != nullptr", nodejs/node#65446; better-sqlite3 13
 * fixes it but needs Node 22). The program pins every object it creates (src/adapters/sql.ts); tests that
 * open SQLite directly get the same here: every database they touch and every statement they prepare is
 * kept alive until the worker exits, so none is collected late.
 */
import { createRequire } from 'node:module';

const Database = createRequire(import.meta.url)('better-sqlite3') as { prototype: Record<string, (...a: unknown[]) => unknown> };
const pinned: unknown[] = [];
(globalThis as { __prepPinned?: unknown[] }).__prepPinned = pinned;
for (const method of ['prepare', 'exec', 'pragma', 'close', 'backup', 'transaction']) {
  const original = Database.prototype[method]!;
  Database.prototype[method] = function (this: unknown, ...args: unknown[]) {
    pinned.push(this);
    const result = original.apply(this, args);
    if (method === 'prepare') pinned.push(result);
    return result;
  };
}
