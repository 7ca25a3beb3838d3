import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext, type IO } from '../../src/context.js';
import { bankLint, type LintReport } from '../../src/commands/bank-lint.js';
import { bankCoverage } from '../../src/commands/bank-coverage.js';
import type { CoverageReport } from '../../src/core/lint/coverage.js';

const content = fileURLToPath(new URL('../fixtures/strict/content/', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'prep-strict-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const sink = () => ({ write: () => true });
const io = { stdin: process.stdin, stdout: sink(), stderr: sink(), stdinIsTTY: false } as unknown as IO;
const ctx = (json = false, env: Record<string, string> = {}) =>
  createContext({ ...process.env, PREP_HOME: home, PREP_CONTENT_DIR: content, PREP_BANK_DIRS: '', ...env }, io, { bankDir: [], json, color: false });
const rel = (s: string) => s.split(content).join('');

describe('prep bank lint --strict on a fixture with known defects', () => {
  it('reports each defect as file:line:col: message and exits 2', async () => {
    const out = await bankLint(ctx(), [], { strict: true });
    expect(out.exitCode).toBe(2);
    const lines = rel(out.text!).split('\n').filter((l) => !l.startsWith('  hint:'));
    expect(lines).toEqual([
      'banks/alpha.yaml:3:5: medium concept item has no follow_ups',
      'banks/alpha.yaml:9:13: answer has 17 words; concept answers take 80-180',
      'banks/alpha.yaml:15:9: key point 3: none of its evidence ("variance", "overfit") occurs in the answer',
      'banks/alpha.yaml:28:14: starter passes all 5 tests; it should fail at least one',
      'banks/alpha.yaml:31:15: solution fails 4 of 5 tests: test_one: AssertionError (tests line 2: assert add(1, 2) == 3); test_negative: AssertionError (tests line 8: assert add(-1, 1) == 0); test_float: AssertionError (tests line 11: assert add(0.5, 0.25) == 0.75); …',
      'banks/alpha.yaml:33:85: solution line 2 is 80 columns wide; preformatted fields fit 78',
      'banks/alpha.yaml:56:13: placeholder text "TODO" in prompt',
      'banks/beta.yaml:9:13: prompt duplicates the prompt of "alpha-first" (alpha.yaml): similarity 1.00',
      'banks/beta.yaml:10:10: why has 1 words; ask items take 15-80',
      'checklist.yaml:2:3: checklist has no stage d0',
      'checklist.yaml:8:47: unknown bank "nope" in the drill filter',
      'checklist.yaml:13:13: checklist item id "practice" is also used in stage d-7',
      'guide.yaml:5:31: placeholder text "TBD" in text',
      'taxonomy.yaml:4:5: topic "t-two" has 1 item with it as primary topic; at least 2 needed',
      'taxonomy.yaml:7:5: named question "q-one" is answered by "beta-first" in bank beta, not in bank alpha',
      'taxonomy.yaml:8:5: named question "q-two" has no item with canonical: q-two',
      'taxonomy.yaml:11:5: STAR theme "conflict" has no template',
      'taxonomy.yaml:13:36: 1 question to ask; at least 10 needed',
      '18 errors, 0 warnings in 2 files (strict)',
    ]);
  });

  it('judges coverage on every configured bank when only one file is linted', async () => {
    const out = await bankLint(ctx(true), [join(content, 'banks', 'alpha.yaml')], { strict: true });
    const report = out.json as LintReport;
    const where = report.findings.map((f) => `${rel(f.file)}:${f.line}`);
    expect(where).toContain('taxonomy.yaml:7'); // q-one is in beta.yaml, which is not linted
    expect(where.some((w) => w.startsWith('banks/beta.yaml'))).toBe(false);
    expect(where).toContain('banks/alpha.yaml:3'); // the near-duplicate pair is reported at the linted item
  });

  it('turns a missing python3 into errors, not a pass', async () => {
    const out = await bankLint(ctx(true, { PREP_PYTHON: '/nonexistent/python3' }), [], { strict: true });
    const report = out.json as LintReport;
    expect(report.findings.filter((f) => f.message.startsWith('code checks not run')).map((f) => `${rel(f.file)}:${f.line}:${f.col}: ${f.message}`)).toEqual([
      'banks/alpha.yaml:17:5: code checks not run: /nonexistent/python3 was not found (PREP_PYTHON)',
    ]);
    expect(out.exitCode).toBe(2);
  });

  it('leaves the strict checks out without --strict', async () => {
    const out = await bankLint(ctx(), [], {});
    expect(out.text).toBe('0 errors, 0 warnings in 2 files');
  });
});

describe('prep bank coverage', () => {
  it('--json gives the map and exits 0', async () => {
    const out = await bankCoverage(ctx(true));
    expect(out.exitCode ?? 0).toBe(0);
    const r = out.json as CoverageReport;
    expect(r.version).toBe(1);
    expect(r.topics.map((t) => [t.id, t.bank, t.items, t.status])).toEqual([['t-one', 'alpha', 2, 'covered'], ['t-two', 'alpha', 1, 'thin'], ['t-later', 'later', 0, 'missing']]);
    expect(r.topics[0]).toMatchObject({ roles: { ds: 2 }, difficulties: { easy: 1, medium: 1 } });
    expect(r.questions).toEqual([
      { id: 'q-one', bank: 'alpha', title: 'Question one', item: 'beta-first', items: ['beta-first'], foundIn: ['beta'], status: 'misplaced' },
      { id: 'q-two', bank: 'alpha', title: 'Question two', item: null, items: [], foundIn: [], status: 'missing' },
    ]);
    expect(r.themes).toEqual([{ id: 'teamwork', template: 'teamwork', status: 'covered' }, { id: 'conflict', template: null, status: 'missing' }]);
  });

  it('prints a table per bank with totals', async () => {
    const out = await bankCoverage(ctx());
    expect(out.text).toMatchInlineSnapshot(`
      "alpha (complete)
        ok    t-one  2 items  ds 2  e 1 m 1  Topic one
        thin  t-two  1 item   ds 1  e 1      Topic two
        misplaced  q-one  beta-first  Question one (found in bank beta)
        missing    q-two  -           Question two

      later
        missing  t-later  0 items      A topic of a bank not complete yet

      STAR themes (complete)
        ok       teamwork  star/teamwork.yaml
        missing  conflict  -

      checklist (complete)  missing  stages d-7, d-3, d-1; missing d0
      ask (complete)  thin  1 of 10 questions to ask

      topics: 1/3 covered, 1 thin, 1 missing
      named questions: 0/2 covered, 1 missing, 0 duplicate, 1 misplaced
      STAR themes: 1/2 with a template
      complete: alpha, star, checklist, ask"
    `);
  });
});
