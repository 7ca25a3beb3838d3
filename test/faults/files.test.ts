/** Files that fight back: symlink loops, unreadable files, folders where files should be, endless and huge inputs, over-long names. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, chownSync, closeSync, existsSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { asOtherUser, isRoot, NOBODY, otherUser, sharedDir, skipNote, spawnPrep } from './tools.js';

let t: ReturnType<typeof sharedDir>;
let env: Record<string, string>;
const mini = join(FIXTURES, 'content', 'banks', 'mini.yaml');
/** The fixture bank under another name (and ids), so it loads beside the original. */
const ownBank = (folder: string, name: string) => writeFileSync(join(folder, `${name}.yaml`), readFileSync(mini, 'utf8').replaceAll('mini-', `${name}-`));
const dir = (...parts: string[]) => {
  const d = join(t.dir, ...parts);
  mkdirSync(d, { recursive: true });
  if (isRoot) chownSync(d, NOBODY, NOBODY); // a home the other user can write to
  return d;
};

beforeAll(() => {
  t = sharedDir();
  env = { PREP_HOME: dir('home'), PREP_CONTENT_DIR: join(FIXTURES, 'content') };
});
afterAll(() => t.done());

/** Exit 2 (never 70 or 74), the words expected, and no "cannot write" or "internal error". */
const refused = (r: { code: number | null; stdout: string; stderr: string }, words: RegExp) => {
  const said = r.stderr + r.stdout; // bank lint reports its findings on stdout
  expect(said).toMatch(words);
  expect(said).not.toMatch(/cannot write|internal error/);
  expect(r.code, r.stderr).toBe(2);
};

describe('symbolic link loops', () => {
  it('a loop inside a bank folder is skipped like a broken link (lint warns); a loop as the folder, a lint path or --db is exit 2', () => {
    const banks = dir('loops');
    ownBank(banks, 'mine');
    symlinkSync('b.yaml', join(banks, 'a.yaml'));
    symlinkSync('a.yaml', join(banks, 'b.yaml'));
    const list = spawnPrep(['--bank-dir', banks, 'bank', 'list', '--json'], env);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).banks.map((b: { id: string }) => b.id)).toContain('mine');
    const lint = spawnPrep(['bank', 'lint', banks], env);
    expect(lint.stdout).toMatch(/a\.yaml:1:1: warning: skipped: is a symbolic link loop/);
    expect(lint.stdout).toMatch(/0 errors, 2 warnings/);
    expect(lint.code).toBe(0);
  });

  it('a loop named directly', () => {
    const self = join(t.dir, 'self');
    symlinkSync(self, self);
    refused(spawnPrep(['--bank-dir', self, 'bank', 'list'], env), /bank folder .*self is a symbolic link loop/);
    refused(spawnPrep(['bank', 'lint', self], env), /self is a symbolic link loop/);
    refused(spawnPrep(['--db', join(self, 'prep.db'), 'due'], env), /is a symbolic link loop/);
    refused(spawnPrep(['--db', self, 'grade', 'mini-bias-variance', 'good'], env), /database path .*self is a symbolic link loop/);
  });
});

describe('files that cannot be read', () => {
  const skip = skipNote('files that cannot be read', otherUser.why);

  it.skipIf(skip)('an unreadable bank says it cannot be read, exit 2 (not "cannot write", 74)', () => {
    const banks = dir('unreadable');
    ownBank(banks, 'mine');
    chmodSync(join(banks, 'mine.yaml'), 0o000);
    refused(asOtherUser(['--bank-dir', banks, 'bank', 'list'], { ...env, PREP_HOME: dir('home-u1') }), /mine\.yaml:1:1: cannot be read \(permission denied\)/);
    refused(asOtherUser(['bank', 'lint', join(banks, 'mine.yaml')], { ...env, PREP_HOME: dir('home-u1') }), /cannot be read \(permission denied\)/);
  });

  it.skipIf(skip)('a bank folder that can be entered but not listed, and an unreadable story file', () => {
    const banks = dir('unlistable');
    chmodSync(banks, 0o311);
    refused(asOtherUser(['--bank-dir', banks, 'bank', 'list'], { ...env, PREP_HOME: dir('home-u2') }), /bank folder .*unlistable cannot be read \(permission denied\)/);
    const story = join(t.dir, 'story.yaml');
    writeFileSync(story, 'title: x\ntemplate: teamwork\n', { mode: 0o000 });
    refused(asOtherUser(['star', 'import', story], { PREP_HOME: dir('home-u2') }), /cannot import .*story\.yaml: cannot be read \(permission denied\)/);
  });

  it.skipIf(skip)('an unreadable config.yaml says so, exit 2', () => {
    const home = dir('home-u3');
    writeFileSync(join(home, 'config.yaml'), 'new_per_day: 5\n', { mode: 0o000 });
    for (const args of [['due'], ['due', '--json'], ['bank', 'list']]) refused(asOtherUser(args, { ...env, PREP_HOME: home }), /config file .*config\.yaml cannot be read \(permission denied\)/);
  });

  it('config.yaml that is a folder is exit 2, not 70', () => {
    const home = dir('home-cfgdir');
    mkdirSync(join(home, 'config.yaml'));
    refused(spawnPrep(['due'], { ...env, PREP_HOME: home }), /config file .*config\.yaml is a folder, not a file/);
    const r = spawnPrep(['due', '--json'], { ...env, PREP_HOME: home });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).error.code).toBe('config-invalid');
  });
});

describe('inputs without end: the size is checked while reading', () => {
  it.each(['/dev/zero', '/dev/full'])('prep star import %s stops at the cap, exit 2', (dev) => {
    const started = Date.now();
    const r = spawnPrep(['star', 'import', dev], { PREP_HOME: dir('home-dev') }, { timeout: 20_000 });
    refused(r, /larger than 8 MB/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('prep score --answer-file /dev/zero stops at its own cap (64 KiB), exit 2', () => {
    refused(spawnPrep(['score', 'mini-bias-variance', '--answer-file', '/dev/zero'], env), /longer than 64 KiB/);
  });

  it('/proc/self/mem, imported or symlinked as a bank, is "cannot be read", exit 2', () => {
    refused(spawnPrep(['star', 'import', '/proc/self/mem'], { PREP_HOME: dir('home-mem') }), /cannot be read \(input\/output error\)/);
    const banks = dir('mem');
    symlinkSync('/proc/self/mem', join(banks, 'mem.yaml'));
    refused(spawnPrep(['--bank-dir', banks, 'bank', 'list'], env), /mem\.yaml:1:1: cannot be read/);
  });

  it('a 3 GiB bank (sparse) is refused at once, exit 2', () => {
    const banks = dir('huge');
    const fd = openSync(join(banks, 'huge.yaml'), 'w');
    ftruncateSync(fd, 3 * 1024 ** 3);
    closeSync(fd);
    const started = Date.now();
    refused(spawnPrep(['--bank-dir', banks, 'bank', 'list'], env), /huge\.yaml:1:1: is larger than 8 MB/);
    refused(spawnPrep(['bank', 'lint', join(banks, 'huge.yaml')], env), /larger than 8 MB/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('names too long', () => {
  it('an over-long --db name is exit 2, and no folder of the path is created', () => {
    const long = 'a'.repeat(300);
    refused(spawnPrep(['--db', join(t.dir, `${long}.db`), 'due'], env), /database path .*has a name too long/);
    const parent = join(t.dir, 'not-yet');
    refused(spawnPrep(['--db', join(parent, long), 'grade', 'mini-bias-variance', 'good'], env), /name too long/);
    expect(existsSync(parent)).toBe(false);
  });
});
