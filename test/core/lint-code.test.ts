import { describe, expect, it } from 'vitest';
import { codeJobs, judgeCode, type CodeRun, type JobResult, type TestResult } from '../../src/core/lint/code.js';
import type { Item } from '../../src/core/schema.js';
import { aBank, aCoding, aConcept } from '../fixtures/strict/builders.js';

const review = (over: Record<string, unknown> = {}) => ({ ...aCoding(), type: 'code_review', language: 'python', snippet: 'def add(a, b):\n    return a - b\n', bugs: [{ line: 2, issue: 'minus', fix: 'plus' }], fixed: 'def add(a, b):\n    return a + b\n', ...over }) as unknown as Item;
const bank = aBank('coding', [aCoding({ hidden_tests: 'def test_hidden():\n    assert add(1, 1) == 2\n', requires: ['numpy'] }), aConcept(), review(), review({ fixed: undefined }), review({ tests: undefined })]);
const jobs = codeJobs([bank]);

describe('codeJobs', () => {
  it('runs solutions (with hidden tests) and starters; review snippets and fixes when there are tests', () => {
    expect(jobs.map((j) => [j.key, j.expect, j.tests.map((t) => t.label).join('+'), j.requires.join()])).toEqual([
      ['/banks/coding.yaml#0#solution', 'pass', 'tests+hidden_tests', 'numpy'],
      ['/banks/coding.yaml#0#starter', 'fail', 'tests', 'numpy'],
      ['/banks/coding.yaml#2#snippet', 'fail', 'tests', ''],
      ['/banks/coding.yaml#2#fixed', 'pass', 'tests', ''],
      ['/banks/coding.yaml#3#snippet', 'fail', 'tests', ''],
    ]);
  });
});

const ok = (name: string): TestResult => ({ name, file: 'tests', ok: true });
const bad = (name: string, error = 'AssertionError (tests line 2: assert add(1, 2) == 3)'): TestResult => ({ name, file: 'tests', ok: false, error });
const ran = (key: string, tests: TestResult[], undeclared?: string[]): JobResult => ({ key, status: 'ran', tests, ...(undeclared ? { undeclared } : {}) });
const judge = (results: JobResult[], extra: Partial<CodeRun> = {}) =>
  judgeCode(jobs, { available: true, results: new Map(results.map((r) => [r.key, r])), ...extra }).map((i) => `${i.severity} ${i.path.join('.')}: ${i.message}`);
const k = (n: number, role: string) => `/banks/coding.yaml#${n}#${role}`;
const allGood = [ran(k(0, 'solution'), [ok('test_one')]), ran(k(0, 'starter'), [bad('test_one')]), ran(k(2, 'snippet'), [bad('test_one')]), ran(k(2, 'fixed'), [ok('test_one')]), ran(k(3, 'snippet'), [ok('test_a'), bad('test_b')])];

describe('judgeCode', () => {
  it('is quiet when every expectation holds', () => expect(judge(allGood)).toEqual([]));
  it.each([
    ['a failing solution', ran(k(0, 'solution'), [ok('test_one'), bad('test_two'), { ...bad('test_hidden', 'timed out after 5 s'), file: 'hidden_tests' }]), 'error items.0.solution: solution fails 2 of 3 tests: test_two: AssertionError (tests line 2: assert add(1, 2) == 3); test_hidden (hidden_tests): timed out after 5 s'],
    ['a starter that passes', ran(k(0, 'starter'), [ok('test_one'), ok('test_two')]), 'error items.0.starter: starter passes all 2 tests; it should fail at least one'],
    ['a snippet that passes', ran(k(2, 'snippet'), [ok('test_one')]), 'error items.2.snippet: snippet passes all 1 tests; it should fail at least one'],
    ['a fix that fails', ran(k(2, 'fixed'), [bad('test_one')]), 'error items.2.fixed: fixed fails 1 of 1 tests'],
    ['a solution that does not load', { key: k(0, 'solution'), status: 'error', stage: 'solution', error: 'SyntaxError: invalid syntax (solution line 2)' } as JobResult, 'error items.0.solution: solution does not run: SyntaxError'],
    ['tests that do not load', { key: k(0, 'solution'), status: 'error', stage: 'tests', error: 'NameError: x' } as JobResult, 'error items.0.tests: tests do not load with the solution: NameError: x'],
    ['a snippet that does not load', { key: k(2, 'snippet'), status: 'error', stage: 'snippet', error: 'SyntaxError' } as JobResult, 'warning items.2.snippet: snippet does not run'],
    ['a job python never reached', { key: k(2, 'fixed'), status: 'not-run', reason: 'the code checks were stopped after 45 s in total' } as JobResult, 'error items.2.fixed: fixed was not run: the code checks were stopped after 45 s in total'],
    ['no tests found', ran(k(2, 'fixed'), []), 'error items.2.tests: no test_* functions were found to run'],
    ['undeclared imports', ran(k(2, 'fixed'), [ok('test_one')], ['numpy']), 'warning items.2.requires: imports numpy but requires: does not list it'],
  ])('%s', (_name, result, expected) => {
    const got = judge([...allGood.filter((r) => r.key !== result.key), result]);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain(expected);
  });
  it('reports a skip once per item, as an error', () => {
    const skip = (role: string): JobResult => ({ key: k(0, role), status: 'skipped', reason: 'numpy is not installed' });
    expect(judge([...allGood.slice(2), skip('solution'), skip('starter')])).toEqual(['error items.0.requires: code checks skipped: numpy is not installed; strict lint needs python3 with numpy']);
  });
  it('reports a missing python once per item', () => {
    expect(judge([], { available: false, reason: 'python3 was not found on PATH' })).toEqual([
      'error items.0: code checks not run: python3 was not found on PATH',
      'error items.2: code checks not run: python3 was not found on PATH',
      'error items.3: code checks not run: python3 was not found on PATH',
    ]);
  });
});
