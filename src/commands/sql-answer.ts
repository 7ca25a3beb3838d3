/**
 * A SQL item's answer run and judged: the answer and the reference solution on the visible and the
 * hidden data, in one warm runner (adapters/sql-runner.ts). The reference results are kept per item, so
 * trying again in a drill runs only the answer. Used by `prep score`, the drill and `bank lint --strict`.
 */
import type { SqlRunner, SqlData } from '../adapters/sql-runner.js';
import { judgeSql, type SqlOutcome, type SqlReport } from '../core/sql-check.js';
import type { LoadedItem } from '../core/types.js';

export type SqlItem = Pick<Extract<LoadedItem, { type: 'sql' }>, 'id' | 'schema' | 'data' | 'hidden_data' | 'solution' | 'order_matters' | 'float_tolerance'>;

let shared: SqlRunner | null = null;

/** One runner per process, started on first use (its worker stays warm between queries). */
export async function sqlRunner(): Promise<SqlRunner> {
  if (!shared) {
    const { SqlRunner } = await import('../adapters/sql-runner.js');
    shared = new SqlRunner();
  }
  return shared;
}

export function closeSqlRunner(): void {
  shared?.close();
  shared = null;
}

const references = new Map<string, Promise<SqlOutcome>>();

function runOn(runner: SqlRunner, item: SqlItem, data: SqlData, query: string): Promise<SqlOutcome> {
  return runner.run({ schema: item.schema, data, query });
}

/** The reference solution's result on a data set, run once per item and data set. */
function reference(runner: SqlRunner, item: SqlItem, which: 'visible' | 'hidden'): Promise<SqlOutcome> {
  const key = `${item.id}\0${which}\0${item.solution}`;
  let p = references.get(key);
  if (!p) {
    p = runOn(runner, item, which === 'visible' ? item.data : item.hidden_data, item.solution);
    // A timeout of the reference (a busy machine) is not kept: the next try runs it again.
    void p.then((o) => o.kind === 'timeout' && references.delete(key));
    references.set(key, p);
  }
  return p;
}

/** Run `query` on the visible data only: what a drill's Ctrl-T shows. */
export async function tryQuery(item: SqlItem, query: string, runner?: SqlRunner): Promise<SqlOutcome> {
  return runOn(runner ?? (await sqlRunner()), item, item.data, query);
}

/** Judge `query` on both data sets; the hidden data is run only when the visible data ran. */
export async function checkQuery(item: SqlItem, query: string, runner?: SqlRunner): Promise<SqlReport> {
  const r = runner ?? (await sqlRunner());
  const visible = { expected: await reference(r, item, 'visible'), got: await runOn(r, item, item.data, query) };
  if (visible.got.kind !== 'rows') return judgeSql(item, { visible, hidden: null });
  const hidden = { expected: await reference(r, item, 'hidden'), got: await runOn(r, item, item.hidden_data, query) };
  return judgeSql(item, { visible, hidden });
}
