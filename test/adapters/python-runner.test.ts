import { describe, expect, it } from 'vitest';
import { runPythonJobs } from '../../src/adapters/python-runner.js';
import type { CodeJob } from '../../src/core/lint/code.js';
import { TESTS } from '../fixtures/strict/builders.js';

const job = (key: string, code: string, tests = TESTS, over: Partial<CodeJob> = {}): CodeJob => ({
  key, file: 'f.yaml', item: ['items', 0], itemId: 'x', role: 'solution', expect: 'pass', requires: [], code: { label: 'solution', source: code }, tests: [{ label: 'tests', source: tests }], ...over,
});
const env = { ...process.env };

describe('runPythonJobs (real python3)', () => {
  it('runs every job in one process: a solution passes, a starter fails, output is kept off the channel', async () => {
    const run = await runPythonJobs([
      job('sol', 'print("noise")\ndef add(a, b):\n    return a + b\n'),
      job('start', 'def add(a, b):\n    raise NotImplementedError\n'),
      job('wrong', 'import os\ndef add(a, b):\n    os.write(1, b"x")\n    return a - b\n', TESTS, { tests: [{ label: 'tests', source: TESTS }, { label: 'hidden_tests', source: 'def test_hidden():\n    assert add(2, 0) == 2\n' }] }),
    ], { env });
    expect(run.available).toBe(true);
    expect(run.version).toMatch(/^3\./);
    const sol = run.results.get('sol');
    expect(sol).toMatchObject({ status: 'ran' });
    expect(sol?.status === 'ran' && sol.tests.map((t) => t.ok)).toEqual([true, true, true, true, true]);
    const start = run.results.get('start');
    expect(start?.status === 'ran' && start.tests.every((t) => !t.ok && t.error === 'NotImplementedError (solution line 2: raise NotImplementedError)')).toBe(true);
    const wrong = run.results.get('wrong');
    expect(wrong?.status === 'ran' && wrong.tests.map((t) => `${t.file}:${t.name}:${t.ok}`)).toEqual([
      'tests:test_one:false', 'tests:test_two:true', 'tests:test_three:false', 'tests:test_four:false', 'tests:test_five:false', 'hidden_tests:test_hidden:true',
    ]);
    expect(wrong?.status === 'ran' && wrong.tests[0]!.error).toBe('AssertionError (tests line 2: assert add(1, 2) == 3)');
  });

  it('stops a test that runs too long and carries on', async () => {
    const t0 = Date.now();
    const run = await runPythonJobs([job('loop', 'def add(a, b):\n    while True:\n        pass\n', 'def test_loop():\n    add(1, 2)\n\ndef test_quick():\n    assert True\n')], { env, perTestSeconds: 0.5 });
    expect(run.results.get('loop')).toEqual({ key: 'loop', status: 'ran', tests: [{ name: 'test_loop', file: 'tests', ok: false, error: 'timed out after 0.5 s' }, { name: 'test_quick', file: 'tests', ok: true }] });
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('keeps finished results when the overall timeout hits', async () => {
    const slow = 'import time\ndef add(a, b):\n    time.sleep(0.3)\n    return a + b\n';
    const run = await runPythonJobs([job('fast', 'def add(a, b):\n    return a + b\n'), job('slow', slow), job('never', slow)], { env, totalMs: 1500 });
    expect(run.results.get('fast')).toMatchObject({ status: 'ran' });
    expect(run.results.get('never')).toEqual({ key: 'never', status: 'not-run', reason: 'the code checks were stopped after 1.5 s in total' });
  });

  it('skips a job whose required module is missing, and notes undeclared imports', async () => {
    const run = await runPythonJobs([
      job('skip', 'def add(a, b):\n    return a + b\n', TESTS, { requires: ['prep_no_such_module_xyz'] }),
      job('undeclared', 'try:\n    import numpy\nexcept ImportError:\n    pass\nimport json\ndef add(a, b):\n    return a + b\n'),
    ], { env });
    expect(run.results.get('skip')).toEqual({ key: 'skip', status: 'skipped', reason: 'prep_no_such_module_xyz is not installed' });
    expect(run.results.get('undeclared')).toMatchObject({ status: 'ran', undeclared: ['numpy'] });
  });

  it('reports code that does not load', async () => {
    const run = await runPythonJobs([job('syntax', 'def add(a, b)\n    return a + b\n'), job('tests', 'def add(a, b):\n    return a + b\n', 'undefined_name\n')], { env });
    expect(run.results.get('syntax')).toMatchObject({ status: 'error', stage: 'solution', error: expect.stringMatching(/^SyntaxError: [^(]*\(solution line 1\)$/) }); // our position once, not Python's too
    expect(run.results.get('tests')).toEqual({ key: 'tests', status: 'error', stage: 'tests', error: "NameError: name 'undefined_name' is not defined (tests line 1: undefined_name)" });
  });

  it('says so clearly when python cannot be found', async () => {
    const run = await runPythonJobs([job('a', 'x = 1')], { env: { ...env, PREP_PYTHON: '/nonexistent/python3' } });
    expect(run).toMatchObject({ available: false, reason: '/nonexistent/python3 was not found (PREP_PYTHON)' });
  });

  it('does not start python when there is nothing to run', async () => {
    expect((await runPythonJobs([], { env: { PREP_PYTHON: '/nonexistent/python3' } })).available).toBe(true);
  });
});
