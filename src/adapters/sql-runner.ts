/**
 * Runs candidate queries safely: the statement guard first (core/sql-guard.ts), then a child process
 * (adapters/sql-worker-source.ts) that builds a fresh in-memory database from the item's schema and
 * rows, never the user's file. The child is kept warm across queries and killed at the time limit (a
 * runaway recursive CTE, a cross join of the hidden data); the next query starts a new one.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { guardQuery, guardSchema } from '../core/sql-guard.js';
import type { ResultSet } from '../core/sql-compare.js';
import type { SqlOutcome } from '../core/sql-check.js';
import { WORKER } from './sql-worker-source.js';

export type SqlData = Record<string, (string | number | boolean | null)[][]>;

export interface SqlJob {
  schema: string;
  data: SqlData;
  query: string;
}

export type { SqlOutcome };

export interface SqlRunnerOptions {
  timeoutMs?: number;
  rowLimit?: number;
  heapBytes?: number;
  /** The worker's working folder and environment (tests: an empty folder, to see that nothing is written). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

type Reply = { id: number; columns?: string[]; rows?: ResultSet['rows']; truncated?: boolean; error?: string; setup?: string };

export const SQL_TIMEOUT_MS = 2000;
export const SQL_ROW_LIMIT = 1000;

/** Where a "near X" error points in the query: line and column, 1-based. */
export function errorPosition(query: string, message: string): string {
  const near = /near "([^"]+)"/.exec(message)?.[1];
  // The first place the token stands on its own (not inside a longer word).
  const esc = near?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = esc ? query.search(new RegExp(`(?<![A-Za-z0-9_])${esc}(?![A-Za-z0-9_])`)) : -1;
  if (at < 0) return message;
  const before = query.slice(0, at).split('\n');
  return `${message} (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
}

export class SqlRunner {
  private child: ChildProcess | null = null;
  private next = 1;
  private queue: Promise<unknown> = Promise.resolve();
  readonly timeoutMs: number;
  readonly rowLimit: number;
  private readonly heapBytes: number;
  private readonly spawnOpts: { cwd?: string; env?: NodeJS.ProcessEnv };

  constructor(opts: SqlRunnerOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? SQL_TIMEOUT_MS;
    this.rowLimit = opts.rowLimit ?? SQL_ROW_LIMIT;
    this.heapBytes = opts.heapBytes ?? 256 * 1024 * 1024;
    this.spawnOpts = { ...(opts.cwd ? { cwd: opts.cwd } : {}), ...(opts.env ? { env: opts.env } : {}) };
  }

  /** One query at a time, in order: a query waits for the one before it. */
  run(job: SqlJob): Promise<SqlOutcome> {
    const turn = this.queue.then(() => this.runNow(job));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** The worker's process id while one is running (tests). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Start the worker ahead of the first query (a drill does, while the candidate reads the tables). */
  warm(): void {
    if (this.child && this.child.exitCode === null && this.child.connected) return;
    this.child = this.spawn();
    this.child.unref();
    (this.child.channel as unknown as { unref?: () => void } | undefined)?.unref?.();
  }

  close(): void {
    const c = this.child;
    this.child = null;
    if (c && c.exitCode === null) c.kill('SIGKILL');
  }

  private spawn(): ChildProcess {
    const betterSqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    // No --input-type: `-e` code is CommonJS. stdio ignored: the worker talks over IPC only.
    const child = fork('-e', [WORKER, betterSqlite], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json', ...this.spawnOpts });
    child.stderr?.resume();
    child.on('error', () => undefined);
    // A worker stuck in a runaway query cannot hear the parent go: kill it when the parent exits.
    const reap = () => child.kill('SIGKILL');
    process.once('exit', reap);
    child.once('exit', () => process.off('exit', reap));
    return child;
  }

  private async runNow(job: SqlJob): Promise<SqlOutcome> {
    const schema = guardSchema(job.schema);
    if (!schema.ok) return { kind: 'setup', message: schema.message };
    const g = guardQuery(job.query);
    if (!g.ok) return { kind: 'refused', message: g.message };
    if (!this.child || this.child.exitCode !== null || !this.child.connected) this.child = this.spawn();
    const child = this.child;
    const id = this.next++;
    child.ref();
    try {
      return await new Promise<SqlOutcome>((resolve) => {
        const done = (o: SqlOutcome) => {
          clearTimeout(timer);
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve(o);
        };
        const onMessage = (m: Reply) => {
          if (m.id !== id) return;
          if (m.setup !== undefined) done({ kind: 'setup', message: m.setup });
          else if (m.error !== undefined) done({ kind: 'error', message: errorPosition(job.query, m.error) });
          else done({ kind: 'rows', columns: m.columns ?? [], rows: m.rows ?? [], ...(m.truncated ? { truncated: true } : {}) });
        };
        const onExit = () => done({ kind: 'error', message: 'the query stopped the SQL runner (out of memory?)' });
        const timer = setTimeout(() => {
          if (this.child === child) this.child = null;
          child.kill('SIGKILL');
          done({ kind: 'timeout', message: `The query ran past the ${this.timeoutMs / 1000} s limit and was stopped: a recursive CTE without an end, or a join that multiplies rows?` });
        }, this.timeoutMs);
        child.on('message', onMessage);
        child.on('exit', onExit);
        child.send({ id, schema: job.schema, data: job.data, query: job.query, rowLimit: this.rowLimit, heapBytes: this.heapBytes });
      });
    } finally {
      // An idle worker does not keep the process alive.
      child.unref();
      (child.channel as unknown as { unref?: () => void } | undefined)?.unref?.();
    }
  }
}
