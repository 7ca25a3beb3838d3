/**
 * What the code checks run and how their results are judged (FORMATS.md "Code checks"). Running python
 * is an adapter's job (adapters/python-runner.ts); here jobs are built from items and results turned
 * into path-located issues. Pure.
 *
 * A job: exec(code) then exec(each tests source) in one fresh namespace, then call every top-level
 * test_* function in definition order; a test passes when it raises nothing.
 */
import { issue, type LintIssue } from './types.js';
import type { LintBank } from './references.js';

export type CodeRole = 'solution' | 'starter' | 'snippet' | 'fixed';

export interface SourceText {
  /** Field name, used in tracebacks ("tests line 12"). */
  label: string;
  source: string;
}

export interface CodeJob {
  key: string;
  file: string;
  /** Path of the item in its file. */
  item: (string | number)[];
  itemId: string;
  role: CodeRole;
  expect: 'pass' | 'fail';
  requires: string[];
  code: SourceText;
  tests: SourceText[];
}

export interface TestResult {
  name: string;
  /** Which tests field defined it. */
  file: string;
  ok: boolean;
  error?: string;
}

export type JobResult =
  | { key: string; status: 'ran'; tests: TestResult[]; undeclared?: string[] }
  /** A module in `requires` is not installed. */
  | { key: string; status: 'skipped'; reason: string }
  /** The code or a tests source raised while loading. */
  | { key: string; status: 'error'; stage: string; error: string }
  /** Python stopped before reaching the job (overall timeout, crash). */
  | { key: string; status: 'not-run'; reason: string };

export interface CodeRun {
  /** False when python could not be started at all. */
  available: boolean;
  reason?: string;
  results: ReadonlyMap<string, JobResult>;
}

export function codeJobs(banks: readonly LintBank[]): CodeJob[] {
  const jobs: CodeJob[] = [];
  for (const b of banks) {
    b.data.items.forEach((it, i) => {
      const base = { file: b.file, item: ['items', i], itemId: it.id };
      const job = (role: CodeRole, expect: 'pass' | 'fail', code: string, tests: SourceText[], requires: string[]) =>
        jobs.push({ ...base, key: `${b.file}#${i}#${role}`, role, expect, requires, code: { label: role, source: code }, tests });
      if (it.type === 'coding') {
        const tests = [{ label: 'tests', source: it.tests }];
        job('solution', 'pass', it.solution, it.hidden_tests ? [...tests, { label: 'hidden_tests', source: it.hidden_tests }] : tests, it.requires);
        job('starter', 'fail', it.starter, tests, it.requires);
      } else if (it.type === 'code_review' && it.tests && it.language === 'python') {
        const tests = [{ label: 'tests', source: it.tests }];
        job('snippet', 'fail', it.snippet, tests, it.requires);
        if (it.fixed) job('fixed', 'pass', it.fixed, tests, it.requires);
      }
    });
  }
  return jobs;
}

const failures = (tests: TestResult[]) => tests.filter((t) => !t.ok);
const describe = (t: TestResult) => `${t.name}${t.file !== 'tests' ? ` (${t.file})` : ''}: ${t.error ?? 'failed'}`;

/** Turn run results into issues: one per failed expectation, one per item for skips and a missing python. */
export function judgeCode(jobs: readonly CodeJob[], run: CodeRun): LintIssue[] {
  const out: LintIssue[] = [];
  const perItem = new Set<string>();
  const once = (job: CodeJob, tag: string, make: () => LintIssue) => {
    const k = `${job.file}#${job.item.join('.')}#${tag}`;
    if (perItem.has(k)) return;
    perItem.add(k);
    out.push(make());
  };
  for (const job of jobs) {
    const field = [...job.item, job.role];
    if (!run.available) {
      once(job, 'python', () => issue(job.file, job.item, `code checks not run: ${run.reason ?? 'python3 is not available'}`, 'Strict lint runs every solution, starter and review fix with python3 (and numpy); install python3 or set PREP_PYTHON to its path.'));
      continue;
    }
    const r = run.results.get(job.key) ?? { key: job.key, status: 'not-run' as const, reason: 'no result from python' };
    if (r.status === 'skipped') {
      once(job, 'skip', () => issue(job.file, [...job.item, 'requires'], `code checks skipped: ${r.reason}; strict lint needs python3 with ${job.requires.join(', ')}`, `Install the missing module for the python3 that runs the checks (e.g. python3 -m pip install ${job.requires.join(' ')}).`));
      continue;
    }
    if (r.status === 'not-run') {
      out.push(issue(job.file, field, `${job.role} was not run: ${r.reason}`, 'Look for an endless loop in this item, or re-run the lint.'));
      continue;
    }
    if (r.status === 'error') {
      const where = r.stage === job.role ? `${job.role} does not run` : `${r.stage} do${r.stage.endsWith('s') ? '' : 'es'} not load with the ${job.role}`;
      const severity = job.role === 'snippet' && r.stage === job.role ? 'warning' : 'error';
      out.push(issue(job.file, r.stage === job.role ? field : [...job.item, r.stage], `${where}: ${r.error}`, severity === 'warning' ? 'A snippet that does not even load cannot show its bug through the tests.' : 'Run it locally with python3 and fix the error.', severity));
      continue;
    }
    if (r.undeclared?.length) {
      once(job, 'undeclared', () => issue(job.file, [...job.item, 'requires'], `imports ${r.undeclared!.join(', ')} but requires: does not list ${r.undeclared!.length > 1 ? 'them' : 'it'}`, `Add requires: [${r.undeclared!.join(', ')}] so drills can tell when the module is missing.`, 'warning'));
    }
    const failed = failures(r.tests);
    if (!r.tests.length) out.push(issue(job.file, [...job.item, 'tests'], 'no test_* functions were found to run', 'Define top-level def test_...(): functions.'));
    else if (job.expect === 'pass' && failed.length) {
      const shown = failed.slice(0, 3).map(describe).join('; ');
      out.push(issue(job.file, field, `${job.role} fails ${failed.length} of ${r.tests.length} tests: ${shown}${failed.length > 3 ? '; …' : ''}`, `The ${job.role} must pass every test; fix the ${job.role} or the test.`));
    } else if (job.expect === 'fail' && !failed.length) {
      out.push(issue(job.file, field, `${job.role} passes all ${r.tests.length} tests; it should fail at least one`, job.role === 'starter' ? 'A starter is the unsolved shape (e.g. raise NotImplementedError); the tests should catch it.' : 'Add a test that the bug makes fail.'));
    }
  }
  return out;
}
