/** The real bin/prep.js as a script: no TTY, fixed clock, fixture content. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { BIN, FIXTURES, ROOT, runPrep, tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeAll(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content') };
});
afterAll(() => t.done());

describe('prep as a script (no TTY)', () => {
  it('--version and --help', () => {
    const v = runPrep(['--version'], env);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
    const h = runPrep(['--help'], env);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/Examples:/);
    expect(h.stdout).not.toMatch(/\u001b\[/);
  });

  it('due --json before and after grade', () => {
    const before = runPrep(['due', '--json'], env);
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout)).toMatchObject({ version: 1, dueNow: 0, newAvailable: 3, nextDueAt: null, studyDay: '2026-03-01' });
    expect(runPrep(['due', '--quiet'], env).code).toBe(1);

    const g = runPrep(['grade', 'mini-bias-variance', 'again', '--seconds', '80', '--json'], env);
    expect(g.code).toBe(0);
    expect(JSON.parse(g.stdout)).toMatchObject({ version: 1, id: 'mini-bias-variance', rating: 'again', card: { state: 'learning', reps: 1 } });

    const after = JSON.parse(runPrep(['due', '--json'], env).stdout);
    expect(after).toMatchObject({ dueNow: 0, learning: 1, newAvailable: 2, reviewedToday: 1 });
    expect(after.nextDueAt).toMatch(/^2026-03-01T09:0\d/);

    // Ten minutes later the learning step is due: --quiet exits 0.
    const later = { ...env, PREP_NOW: '2026-03-01T09:20:00Z' };
    expect(JSON.parse(runPrep(['due', '--json'], later).stdout)).toMatchObject({ dueNow: 1 });
    expect(runPrep(['due', '--quiet'], later)).toMatchObject({ code: 0, stdout: '' });
  });

  it('undo takes back the newest review, one at a time, and says when there is none', () => {
    const own = tempDir();
    const env = { PREP_HOME: own.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content'), PREP_NOW: '2026-03-01T09:00:00Z' };
    runPrep(['grade', 'mini-bias-variance', 'good'], env);
    runPrep(['grade', 'mini-bias-variance', 'again'], { ...env, PREP_NOW: '2026-03-01T09:30:00Z' });
    const first = runPrep(['undo', '--json'], { ...env, PREP_NOW: '2026-03-01T09:31:00Z' });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ version: 1, undone: { id: 'mini-bias-variance', rating: 'again', source: 'grade' }, card: { state: 'learning', due: expect.stringMatching(/^2026-03-01T09:10/) } });
    const second = runPrep(['undo'], env);
    expect(second.stdout).toMatch(/Undid good on mini-bias-variance \(grade, .*\); it is new again/);
    expect(JSON.parse(runPrep(['due', '--json'], env).stdout)).toMatchObject({ learning: 0, newAvailable: 3 });
    expect(JSON.parse(runPrep(['undo', '--json'], env).stdout)).toEqual({ version: 1, undone: null, card: null });
    own.done();
  });

  it('a data folder that cannot be created exits 74 at once (Node 20 mkdir -p loops forever under /proc)', () => {
    writeFileSync(join(t.dir, 'a-file'), '');
    for (const db of ['/proc/prep-nope/x.db', join(t.dir, 'a-file', 'sub', 'x.db')]) {
      const started = Date.now();
      const r = runPrep(['--db', db, 'due', '--json'], env);
      expect(r.code).toBe(74);
      expect(JSON.parse(r.stderr).error.code).toBe('cant-write');
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  });

  it('grades given at the same moment from several processes all count (the card is read under the write lock)', async () => {
    const own = tempDir();
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', PREP_HOME: own.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content'), PREP_NOW: '2026-03-01T09:00:00Z' };
    runPrep(['due'], env); // create the database first
    const { spawn } = await import('node:child_process');
    const codes = await Promise.all(Array.from({ length: 10 }, (_, i) => new Promise<number | null>((resolve) => {
      spawn(process.execPath, [BIN, 'grade', 'mini-bias-variance', 'good', '--seconds', String(i)], { env, stdio: 'ignore' }).on('exit', resolve);
    })));
    expect(codes).toEqual(Array(10).fill(0));
    const Database = (await import('node:module')).createRequire(import.meta.url)('better-sqlite3');
    const db = new Database(join(own.dir, 'prep.db'), { readonly: true });
    const card = db.prepare("SELECT reps FROM cards WHERE id = 'mini-bias-variance'").get() as { reps: number };
    const befores = db.prepare("SELECT json_extract(card_before, '$.reps') AS r FROM reviews ORDER BY id").all() as { r: number | null }[];
    db.close();
    own.done();
    expect(card.reps).toBe(10);
    expect(befores.map((b) => b.r ?? 0)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  }, 30_000);

  it('the fast path and commander agree on due', () => {
    const fast = JSON.parse(runPrep(['due', '--json'], env).stdout);
    const slow = JSON.parse(runPrep(['--json', 'due'], env).stdout);
    expect({ ...slow, now: 0 }).toEqual({ ...fast, now: 0 });
  });

  it('the search fast path and commander agree: JSON, plain text, no match (exit 1)', () => {
    for (const q of [['bias', 'variance'], ['How would you handle overfitting?'], ['zzzz', 'qqqq']]) {
      const fast = runPrep(['search', '--json', ...q], env);
      const slow = runPrep(['--json', 'search', ...q], env);
      expect([fast.code, fast.stdout]).toEqual([slow.code, slow.stdout]);
      const fastText = runPrep(['search', ...q], env);
      const slowText = runPrep(['--no-color', 'search', ...q], env);
      expect([fastText.code, fastText.stdout]).toEqual([slowText.code, slowText.stdout]);
    }
    const modules = join(t.dir, 'search-modules.json');
    const r = spawnSync(process.execPath, ['-r', join(FIXTURES, 'record-modules.cjs'), BIN, 'search', 'bias'], { env: { ...process.env, ...env, PREP_MODULES_OUT: modules }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const loaded = JSON.parse(readFileSync(modules, 'utf8')) as { cjs: string[] };
    expect(loaded.cjs.some((m) => m.endsWith('dist/cjs/fast/search-fast.js'))).toBe(true);
    expect(loaded.cjs.filter((m) => /node_modules\/(@inquirer|ora|fuse\.js|yaml|commander|zod|chalk)\//.test(m))).toEqual([]);
  });

  it('a broken bank exits 2 with file:line:col', () => {
    const r = runPrep(['--bank-dir', join(FIXTURES, 'broken'), 'due'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\/bad\.yaml:7:17: items\.0\.difficulty/);
    expect(r.stdout).toBe('');
    const j = runPrep(['--bank-dir', join(FIXTURES, 'broken'), 'due', '--json'], env);
    expect(j.code).toBe(2);
    expect(j.stdout).toBe('');
    expect(JSON.parse(j.stderr)).toMatchObject({ version: 1, error: { code: 'bank-invalid' } });
  });

  it('bank lint reports file:line:col and exits 2; a clean bank exits 0', () => {
    const bad = runPrep(['bank', 'lint', join(FIXTURES, 'broken')], env);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/bad\.yaml:7:17: .*\n  hint: Use one of/);
    expect(runPrep(['bank', 'lint', join(FIXTURES, 'content', 'banks')], env).code).toBe(0);
  });

  it.each([
    [['grade', 'no-such-item', 'good'], /no item with id "no-such-item"/],
    [['show', 'mini-bias-varianc'], /Did you mean "mini-bias-variance"/],
    [['grade', 'mini-add', 'great'], /unknown rating "great"/],
    [['grade', 'mini-ask-team', 'good'], /question to ask the interviewer/],
    [['due', '--bogus'], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['grade', 'mini-add'], /missing required argument 'rating'/],
  ])('%j is a usage error (exit 2)', (args, pattern) => {
    const r = runPrep(args, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
  });

  it('usage errors under --json are JSON on stderr; no command is a usage error', () => {
    const r = runPrep(['due', '--json', '--bogus'], env);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ version: 1, error: { code: 'usage', message: "unknown option '--bogus'" } });
    expect(runPrep(['--json'], env).code).toBe(2);
    expect(runPrep(['bank'], env).code).toBe(2);
    expect(runPrep(['bank', '--help'], env).code).toBe(0);
  });

  it('refuses a file that is not a prep database with exit 3 and leaves it alone', () => {
    const file = join(t.dir, 'notes.db');
    writeFileSync(file, 'not sqlite\n'.repeat(100));
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    const r = runPrep(['--db', file, 'due'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/not a prep database/);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(hash);
  });

  it('search finds words far into a long answer (fuse ignoreLocation)', () => {
    // "simpler models" sits about 300 characters into mini-bias-variance's answer.
    const s = JSON.parse(runPrep(['search', 'simpler models', '--json'], env).stdout);
    expect(s.results.map((r: { id: string }) => r.id)).toContain('mini-bias-variance');
  });

  it('search looks for each word: a whole spoken question, repeated words and a very long query all work', () => {
    const ids = (q: string) => JSON.parse(runPrep(['search', q, '--json'], env).stdout).results.map((r: { id: string }) => r.id);
    expect(ids('how would you explain the bias variance trade-off to a stakeholder')[0]).toBe('mini-bias-variance');
    expect(ids('bias bias bias')[0]).toBe('mini-bias-variance');
    const started = Date.now();
    const long = runPrep(['search', 'regularisation '.repeat(5000), '--json'], env);
    expect(long.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(runPrep(['search', 'the of and'], env).code).toBe(0); // only stop words: still searched
  });

  it('search and show, with control sequences stripped from user banks', () => {
    const s = JSON.parse(runPrep(['search', 'bias', 'variance', '--json'], env).stdout);
    expect(s.results[0]).toMatchObject({ id: 'mini-bias-variance', bank: 'mini' });
    const ctl = runPrep(['--bank-dir', join(FIXTURES, 'loader', 'control'), 'show', 'control-one'], env);
    expect(ctl.code).toBe(0);
    expect(ctl.stdout).toMatch(/Clear \[2J screen/);
    expect(ctl.stdout).not.toMatch(/[\u001b\u009b\u202e]/);
  });

  it('a warm `due --json` and `--version` load no prompt, spinner, search, YAML or CLI-parser modules', () => {
    runPrep(['due', '--json'], env); // warm the caches
    for (const args of [['due', '--json'], ['due', '--quiet'], ['--version']]) {
      const out = join(t.dir, 'modules.json');
      const r = spawnSync(process.execPath, ['-r', join(FIXTURES, 'record-modules.cjs'), BIN, ...args], { env: { ...process.env, ...env, PREP_MODULES_OUT: out }, encoding: 'utf8' });
      expect(r.status, r.stderr).not.toBe(70);
      const loaded = JSON.parse(readFileSync(out, 'utf8')) as { cjs: string[] };
      expect(loaded.cjs.filter((m) => /node_modules\/(@inquirer|ora|fuse\.js|yaml|commander|zod|chalk)\//.test(m))).toEqual([]);
      // The CommonJS fast path answered (it never imports the ESM program, where the heavy modules live).
      expect(loaded.cjs.some((m) => m.endsWith('dist/cjs/fast/due-fast.js'))).toBe(args[0] === 'due');
    }
  });

  it('a program that cannot load (not built) exits 70 with a hint, never 1', () => {
    const dir = join(t.dir, 'unbuilt');
    mkdirSync(join(dir, 'bin'), { recursive: true });
    for (const f of ['bin/prep.js', 'bin/package.json', 'package.json']) copyFileSync(join(ROOT, f), join(dir, f));
    for (const args of [['due', '--quiet'], ['drill']]) {
      const r = spawnSync(process.execPath, [join(dir, 'bin', 'prep.js'), ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
      expect(r.status).toBe(70);
      expect(r.stderr).toMatch(/not built yet: run `npm ci`/);
    }
  });

  it('NO_COLOR and non-TTY output carry no escape codes', () => {
    const r = runPrep(['due'], { ...env, NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  it('an unwritable data folder exits 74', () => {
    const file = join(t.dir, 'a-file');
    writeFileSync(file, '');
    const r = runPrep(['--db', join(file, 'prep.db'), 'due'], env);
    expect(r.code).toBe(74);
    expect(r.stderr).toMatch(/cannot write/);
  });
});
