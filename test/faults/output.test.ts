/** Output that cannot be written: stdout or stderr on /dev/full, a closed stdout, a reader that goes away; and the negative answers (exit 1). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, FIXTURES } from '../helpers.js';
import { sharedDir, spawnPrep, withFullStream } from './tools.js';

let t: ReturnType<typeof sharedDir>;
let env: Record<string, string>;
beforeAll(() => {
  t = sharedDir();
  env = { PREP_HOME: t.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content') };
});
afterAll(() => t.done());

const lastReview = () => JSON.parse(spawnPrep(['undo', '--json'], env).stdout).undone;

describe('stdout on a full device', () => {
  it('prep grade: the grade is committed, so it says so and exits 0 (a retry would grade twice)', () => {
    const r = withFullStream('stdout', ['grade', 'mini-bias-variance', 'good'], env);
    expect(r.stderr).toMatch(/^prep: the grade was saved \(mini-bias-variance: good, review \d+; `prep undo` takes it back\), but its report could not be written to standard output \(ENOSPC\)\n$/);
    expect(r.code).toBe(0);
    // It really was saved: undo finds it as the newest review.
    expect(lastReview()).toMatchObject({ id: 'mini-bias-variance', rating: 'good', source: 'grade' });
  });

  it('under --json the note is a JSON warning on stderr', () => {
    const r = withFullStream('stdout', ['grade', 'mini-regularisation', 'hard', '--json'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stderr)).toMatchObject({ version: 1, warning: { code: 'output-lost', message: expect.stringMatching(/grade was saved \(mini-regularisation: hard/) } });
    expect(lastReview()).toMatchObject({ id: 'mini-regularisation', rating: 'hard' });
  });

  it('a report with nothing saved is exit 74, cannot write the output', () => {
    const r = withFullStream('stdout', ['bank', 'list'], env);
    expect(r.code).toBe(74);
    expect(r.stderr).toMatch(/cannot write the report to standard output \(ENOSPC\)/);
  });
});

describe('stderr on a full device keeps the exit code of the error it could not print', () => {
  it.each([
    [['due', '--quiet', '--frob'], 2],
    [['frobnicate'], 2],
    [['grade', 'no-such-item', 'good'], 2],
    [['--json', 'show', 'no-such-item'], 2],
  ])('%j exits %i, never 1 ("nothing due")', (args, code) => {
    expect(withFullStream('stderr', args, env).code).toBe(code);
  });

  it('prep due --quiet with a broken config exits 2, not 1', () => {
    const home = join(t.dir, 'broken');
    mkdirSync(home);
    writeFileSync(join(home, 'config.yaml'), 'new_per_day: [\n');
    expect(withFullStream('stderr', ['due', '--quiet'], { ...env, PREP_HOME: home }).code).toBe(2);
  });
});

describe('a closed stdout, a reader that goes away', () => {
  const sh = (script: string) => spawnSync('sh', ['-c', script, 'sh', process.execPath, BIN], { env: { ...process.env, ...env, PREP_NOW: '2026-03-01T09:00:00Z', TZ: 'UTC' }, encoding: 'utf8', timeout: 30_000 });

  it('stdout closed (>&-): exit 0, and a grade is still saved', () => {
    expect(sh('"$1" "$2" bank list >&-').status).toBe(0);
    expect(sh('"$1" "$2" grade mini-add easy >&-').status).toBe(0);
    expect(lastReview()).toMatchObject({ id: 'mini-add', rating: 'easy' });
  });

  it('| head -c 1 (EPIPE): exit 0 and quiet', () => {
    const r = sh('{ "$1" "$2" bank list --json; echo "exit=$?" >&2; } | head -c 1 >/dev/null');
    expect(r.stderr).toBe('exit=0\n');
  });
});

describe('negative answers exit 1 with the report printed (FORMATS exit codes)', () => {
  it('prep undo with nothing to undo', () => {
    const home = join(t.dir, 'fresh');
    mkdirSync(home);
    const text = spawnPrep(['undo'], { ...env, PREP_HOME: home });
    expect([text.code, text.stdout]).toEqual([1, 'Nothing to undo: no reviews yet.\n']);
    const json = spawnPrep(['undo', '--json'], { ...env, PREP_HOME: home });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ version: 1, undone: null, card: null });
  });

  it('prep search with no match; a match is 0', () => {
    const text = spawnPrep(['search', 'zqxjkv'], env);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/No items match "zqxjkv"/);
    const json = spawnPrep(['search', 'zqxjkv', '--json'], env);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ version: 1, query: 'zqxjkv', results: [] });
    expect(spawnPrep(['search', 'regularisation', '--json'], env).code).toBe(0);
  });
});
