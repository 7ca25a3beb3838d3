/** `prep score` on the shipped banks, as a script: the JSON shape, what it records (nothing) and its errors. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runPrep, tempDir } from '../helpers.js';

const FIX = join(FIXTURES, 'grader');

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeAll(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_BANK_DIRS: join(FIX, 'bank') };
});
afterAll(() => t.done());

const WRONG = 'Bias is error from a model that is too complex and overfits, so training error is low. Variance comes from a model that is too simple and underfits.';
const STRONG = 'Expected error splits into bias squared, variance and irreducible noise. High bias means a model too simple for the data: it underfits and both training and validation error are high. High variance means the fit changes a lot with a different training sample: it overfits, with a big gap between training and validation error. More flexibility lowers bias and raises variance, so total error is U-shaped in complexity. With a big gap I regularise or get more data; with both errors high I use richer features.';

describe('prep score', () => {
  it('scores stdin with --json: the documented shape, and records nothing', () => {
    const r = runPrep(['score', 'ml-bias-variance', '-', '--json'], env, STRONG);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).slice(0, 7)).toEqual(['version', 'id', 'type', 'coverage', 'suggested', 'points', 'misconceptions']);
    expect(j).toMatchObject({ version: 1, id: 'ml-bias-variance', type: 'concept' });
    expect(j.coverage).toBeGreaterThanOrEqual(0.6);
    for (const p of j.points) expect(Object.keys(p)).toEqual(['point', 'covered', 'contradicted', 'evidence']);
    const due = JSON.parse(runPrep(['due', '--json'], env).stdout);
    expect(due.dueNow).toBe(0); // nothing was recorded
  });

  it('bank lint --strict runs the rubric checks', () => {
    const r = runPrep(['bank', 'lint', '--strict', join(FIX, 'bank', 'graderfix.yaml')], env);
    expect(r.stdout + r.stderr).not.toMatch(/check scores|trivially easy/);
  });

  it('a confidently wrong answer in the topic\'s words is not suggested Good', () => {
    const file = join(t.dir, 'wrong.txt');
    writeFileSync(file, WRONG);
    const j = JSON.parse(runPrep(['score', 'graderfix-bias-variance', '--answer-file', file, '--json'], env).stdout);
    expect(j.suggested).toBe('again'); // the main point is contradicted
    expect(j.coverage).toBeLessThanOrEqual(0.25);
    expect(j.misconceptions[0]).toMatchObject({ claim: 'High bias comes from a model that is too complex.', sentence: expect.stringMatching(/^Bias is error from a model that is too complex/) });
    const strong = JSON.parse(runPrep(['score', 'graderfix-bias-variance', '-', '--json'], env, STRONG).stdout);
    expect(strong.misconceptions).toEqual([]);
    expect(strong.coverage).toBeGreaterThanOrEqual(0.6);
  });

  it('--seconds judges time against the drill budget: a timed-out complete answer is Hard', () => {
    const j = JSON.parse(runPrep(['score', 'ml-bias-variance', '-', '--json', '--seconds', '9999'], env, STRONG).stdout);
    expect(j.suggested).toBe('hard');
    expect(j.budget).toBeGreaterThan(0);
  });

  it.each([
    [['score', 'no-such-item', '-'], 'x', /no item with id/],
    [['score', 'ask-team-size', '-'], 'x', /(question to ask|no item)/],
    [['score', 'ml-bias-variance', '-'], '   \n', /empty/],
    [['score', 'ml-bias-variance', '-'], 'a\u0000b', /binary/],
    [['score', 'ml-bias-variance', '-'], 'x'.repeat(70_000), /64 KiB/],
    [['score', 'ml-bias-variance', '--answer-file', '/nonexistent/a.txt'], '', /does not exist/],
    [['score', 'ml-bias-variance', '-', '--seconds', 'soon'], 'x', /--seconds/],
  ])('%j exits 2 with a clear message', (args, input, msg) => {
    const r = runPrep(args as string[], env, input as string);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg as RegExp);
    expect(r.stdout).toBe('');
  });
});
