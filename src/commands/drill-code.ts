/** Run a candidate's typed code for a coding item against its tests (and hidden tests) with python3. */
import type { Env } from '../adapters/paths.js';
import type { CodeJob } from '../core/lint/code.js';
import type { LoadedItem } from '../core/types.js';
import type { CheckOutcome } from '../core/drill-state.js';

type Coding = Extract<LoadedItem, { type: 'coding' }>;
export type TestOutcome = { name: string; ok: boolean; hidden: boolean; error?: string };

/** Results per test, or a one-line reason when the code could not be run at all. */
export async function runCandidateCode(env: Env, item: Coding, code: string): Promise<TestOutcome[] | string> {
  const { runPythonJobs } = await import('../adapters/python-runner.js');
  const job: CodeJob = {
    key: 'candidate',
    file: item.file,
    item: [],
    itemId: item.id,
    role: 'solution',
    expect: 'pass',
    requires: item.requires,
    code: { label: 'your answer', source: code },
    tests: [{ label: 'tests', source: item.tests }, ...(item.hidden_tests ? [{ label: 'hidden_tests', source: item.hidden_tests }] : [])],
  };
  const run = await runPythonJobs([job], { env, perTestSeconds: 5, perJobSeconds: 20, totalMs: 30_000 });
  if (!run.available) return `python3 is not available (${run.reason ?? 'not found'}), so your code was not run`;
  const r = run.results.get('candidate');
  if (!r || r.status === 'not-run') return 'the run stopped before your code was tested';
  if (r.status === 'skipped') return r.reason;
  if (r.status === 'error') return `your code raised while loading (${r.stage}): ${r.error.split('\n').filter(Boolean).pop() ?? r.error}`;
  return r.tests.map((t) => ({ name: t.name, ok: t.ok, hidden: t.file === 'hidden_tests', ...(t.error ? { error: t.error.split('\n').filter(Boolean).pop()! } : {}) }));
}

/** A SQL answer for the drill: tried on the visible data (its first rows), or judged on both data sets. */
export async function runQuery(item: Extract<LoadedItem, { type: 'sql' }>, query: string, trial: boolean): Promise<CheckOutcome> {
  const { tryQuery, checkQuery } = await import('./sql-answer.js');
  try {
    if (trial) {
      const o = await tryQuery(item, query);
      if (o.kind !== 'rows') return { kind: 'trial', columns: [], rows: [], truncated: false, error: o.message };
      return { kind: 'trial', columns: o.columns, rows: o.rows, truncated: !!o.truncated, error: null };
    }
    const r = await checkQuery(item, query);
    const differences = [...(r.visible?.differences ?? []).map((d) => `visible data: ${d}`), ...(r.hidden?.differences ?? []).map((d) => `hidden data: ${d}`)];
    return { kind: 'query', correct: r.correct, visible: !!r.visible?.correct, hidden: !!r.hidden?.correct, error: r.error, differences };
  } catch (e) {
    return trial ? { kind: 'trial', columns: [], rows: [], truncated: false, error: String((e as Error).message ?? e) } : { kind: 'not-run', reason: `the query could not be run (${String((e as Error).message ?? e)})` };
  }
}
