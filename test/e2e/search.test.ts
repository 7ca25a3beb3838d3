/** `prep search` as a script: the JSON shape, exit 1 with the report on no match, did-you-mean, filters. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runPrep, tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeAll(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content') };
});
afterAll(() => t.done());

describe('prep search', () => {
  it('--json: best first, score non-increasing, with what matched', () => {
    const r = runPrep(['search', 'How would you explain the bias-variance trade-off?', '--json'], env);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ version: 1, query: 'How would you explain the bias-variance trade-off?' });
    expect(s.results[0]).toMatchObject({ id: 'mini-bias-variance', bank: 'mini', type: 'concept', matched: { field: 'prompt' } });
    expect(s.results[0].matched.fields).toEqual(expect.arrayContaining(['id', 'prompt']));
    const scores = s.results.map((x: { score: number }) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('no match exits 1 and still prints the report', () => {
    const j = runPrep(['search', 'zebra', '--json'], env);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toEqual({ version: 1, query: 'zebra', results: [] });
    const txt = runPrep(['search', 'zebra'], env);
    expect(txt.code).toBe(1);
    expect(txt.stdout).toMatch(/No items match "zebra"/);
  });

  it('says what it searched instead of a typo, and a typo-fallback hit is a match', () => {
    const r = runPrep(['search', 'regularisaton'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Did you mean "regularisation"\?/);
    expect(r.stdout).toMatch(/mini-regularisation/);
  });

  it('pasted FTS syntax is searched, never an error', () => {
    for (const q of ['"', 'NOT', 'prompt:', '*', 'bias AND (', '🙂 bias']) {
      const r = runPrep(['search', q, '--json'], env);
      expect([0, 1, 2], `${q}: ${r.stderr}`).toContain(r.code);
      if (r.code === 2) expect(JSON.parse(r.stderr).error.code).toBe('usage');
    }
    expect(runPrep(['search', 'bias AND (', '--json'], env).code).toBe(0);
  });

  it('filters apply inside the search and unknown values are usage errors', () => {
    const r = JSON.parse(runPrep(['search', 'bias', '--difficulty', 'medium', '--json'], env).stdout);
    expect(r.results.map((x: { id: string }) => x.id)).not.toContain('mini-bias-variance');
    const bad = runPrep(['search', 'bias', '--bank', 'minj'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown bank "minj"[\s\S]*Did you mean mini/);
  });

  it('text output shows the field and a highlighted snippet ([brackets] without colour)', () => {
    const r = runPrep(['search', 'regularisation'], env);
    expect(r.stdout).toMatch(/mini-regularisation\s+concept\s+What is regularisation\?/);
    expect(r.stdout).toMatch(/prompt.*: .*\[regularisation\]/i);
  });
});
