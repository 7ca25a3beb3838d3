/** `prep bank lint` on bad user folders: what it prints must be safe and match what loading refuses. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { FIXTURES, runPrep, tempDir } from '../helpers.js';

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
