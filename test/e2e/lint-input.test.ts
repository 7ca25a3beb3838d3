/** `prep bank lint` on bad user folders: what it prints must be safe and match what loading refuses. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { BIN, FIXTURES, ROOT, runPrep, tempDir, type RunResult } from '../helpers.js';

/** runPrep in another working directory (relative paths are the point of some tests). */
function runPrepIn(cwd: string, args: string[], env: Record<string, string>): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', TZ: 'UTC', PREP_NOW: '2026-03-01T09:00:00Z', ...env }, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const F = (name: string) => join(FIXTURES, 'lint', name);
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe('bank lint on untrusted files', () => {
  const t = tempDir();
  const env = { PREP_HOME: t.dir };

  it.each([[[]], [['--strict']]])('strips ESC and C1 bytes from findings (text and --json) %s', (extra: string[]) => {
    const text = runPrep(['bank', 'lint', ...extra, F('control-key')], env);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('unknown field "[2Jkey"');
    expect(text.stdout).toContain('Remove or rename "[2Jkey"');
    expect(text.stdout).not.toMatch(CONTROLS);
    const json = runPrep(['--json', 'bank', 'lint', ...extra, F('control-key')], env);
    expect(json.code).toBe(2);
    expect(json.stdout).not.toMatch(CONTROLS);
    expect(json.stdout).not.toContain('\\u001b');
    const report = JSON.parse(json.stdout);
    expect(report.findings.map((f: { message: string }) => f.message)).toContain('items.0: unknown field "[2Jkey"');
  }, 60_000);
});

describe('bank lint refuses what loading refuses', () => {
  const t = tempDir();
  const env = { PREP_HOME: t.dir };
  const errors = (lines: string) => lines.split('\n').filter((l) => /:\d+:\d+: (?!warning)/.test(l)).sort();

  it('file names that are not slugs and a bank id of a shipped bank; hidden files ignored, .yml read', () => {
    const lint = runPrep(['bank', 'lint', F('names')], env);
    expect(lint.code).toBe(2);
    expect(lint.stdout).toMatch(/My_Bank\.yaml:1:1: bank file name "My_Bank" is not a lowercase slug/);
    expect(lint.stdout).toMatch(/has space\.yaml:1:1: bank file name "has space" is not a lowercase slug/);
    expect(lint.stdout).toMatch(/names\/ml\.yaml:1:1: bank "ml" is also defined by .*content\/banks\/ml\.yaml/);
    expect(lint.stdout).not.toContain('.hidden');
    expect(lint.stdout).toMatch(/3 errors, 0 warnings in 4 files/);
    const load = runPrep(['--bank-dir', F('names'), 'bank', 'list'], env);
    expect(load.code).toBe(2);
    expect(errors(load.stderr)).toEqual(errors(lint.stdout));
  });

  it('a FIFO, a dangling symlink and an editor lock file neither hang nor crash', () => {
    const d = tempDir();
    try {
      const dir = join(d.dir, 'banks');
      mkdirSync(dir);
      copyFileSync(join(FIXTURES, 'content', 'banks', 'mini.yaml'), join(dir, 'mini.yaml'));
      execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
      symlinkSync(join(d.dir, 'nowhere'), join(dir, 'gone.yaml'));
      symlinkSync('user@host.1234', join(dir, '.#mini.yaml'));
      const lint = runPrep(['bank', 'lint', dir], env);
      expect(lint.stdout).toMatch(/pipe\.yaml:1:1: warning: skipped: is not a regular file/);
      expect(lint.stdout).toMatch(/gone\.yaml:1:1: warning: skipped: is a broken symbolic link/);
      expect(lint.stdout).not.toContain('.#mini');
      expect(lint.code).toBe(0);
      const list = runPrep(['--json', '--bank-dir', dir, 'bank', 'list'], env);
      expect(list.stderr).toBe('');
      expect(list.code).toBe(0);
      expect(JSON.parse(list.stdout).banks.map((b: { id: string }) => b.id)).toContain('mini');
    } finally {
      d.done();
    }
  }, 30_000);
});

describe('bank folders named twice, relative and empty', () => {
  it('one folder given several ways (config, trailing slash, ./, a symlink, the shipped folder) loads once', () => {
    const d = tempDir();
    try {
      const good = join(d.dir, 'bk', 'good');
      mkdirSync(good, { recursive: true });
      copyFileSync(join(FIXTURES, 'content', 'banks', 'mini.yaml'), join(good, 'mini.yaml'));
      symlinkSync(good, join(d.dir, 'link'));
      const home = join(d.dir, 'home');
      mkdirSync(home);
      writeFileSync(join(home, 'config.yaml'), `bank_dirs: [${good}]\n`);
      const args = ['--bank-dir', `${good}/`, '--bank-dir', './bk/good', '--bank-dir', 'link', '--bank-dir', join(ROOT, 'content', 'banks')];
      const r = runPrepIn(d.dir, ['--json', ...args, 'bank', 'list'], { PREP_HOME: home });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).banks.filter((b: { id: string }) => b.id === 'mini')).toHaveLength(1);
      const lint = runPrepIn(d.dir, ['bank', 'lint', 'bk/good', `${good}/`, 'link'], { PREP_HOME: home });
      expect(lint.stdout).toMatch(/^0 errors, 0 warnings in 1 file$/m);
      expect(lint.code).toBe(0);
    } finally {
      d.done();
    }
  });

  it('relative bank_dirs are relative to the config file; a bad folder says which path, why, and where it was set', () => {
    const d = tempDir();
    try {
      const home = join(d.dir, 'home');
      mkdirSync(join(d.dir, 'bk'), { recursive: true });
      mkdirSync(home);
      copyFileSync(join(FIXTURES, 'content', 'banks', 'mini.yaml'), join(d.dir, 'bk', 'mini.yaml'));
      writeFileSync(join(home, 'config.yaml'), 'bank_dirs: [../bk]\n');
      const ok = runPrepIn('/', ['--json', 'bank', 'list'], { PREP_HOME: home });
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout).banks.map((b: { id: string }) => b.id)).toContain('mini');
      writeFileSync(join(home, 'config.yaml'), 'bank_dirs: [missing]\n');
      const bad = runPrepIn('/', ['bank', 'list'], { PREP_HOME: home });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(`bank folder ${join(home, 'missing')} does not exist`);
      expect(bad.stderr).toContain(`bank_dirs in ${join(home, 'config.yaml')}`);
      const file = runPrepIn('/', ['bank', 'list'], { PREP_HOME: d.dir, PREP_BANK_DIRS: join(d.dir, 'bk', 'mini.yaml') });
      expect(file.stderr).toMatch(/mini\.yaml is not a folder\nhint: It comes from PREP_BANK_DIRS/);
      expect(file.stderr).not.toMatch(/ENOTDIR|ENOENT/);
    } finally {
      d.done();
    }
  });

  it.each([[['--bank-dir', '', 'due']], [['--db', '', 'due', '--json']], [['--json', '--bank-dir', '', 'due']]])('an empty path is a usage error: %j', (args: string[]) => {
    const t = tempDir();
    try {
      const r = runPrep(args, { PREP_HOME: t.dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/was given an empty path/);
      expect(r.stderr).toMatch(/prep due --help/);
    } finally {
      t.done();
    }
  });
});
