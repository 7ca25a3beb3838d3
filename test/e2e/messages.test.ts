/** Messages in our words: usage errors name the command and carry a hint, JSON stays JSON, no library wording. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { FIXTURES, runPrep, tempDir } from '../helpers.js';

describe('usage errors', () => {
  const t = tempDir();
  const env = { PREP_HOME: t.dir };

  it.each([['bank', 'prep bank needs a command: list, lint, coverage'], ['star', 'prep star needs a command: new, list']])('prep --json %s is a JSON usage error', (group, message) => {
    const r = runPrep(['--json', group], env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const e = JSON.parse(r.stderr).error;
    expect(e.code).toBe('usage');
    expect(e.message).toContain(message);
    expect(e.hint).toContain(`prep ${group} --help`);
  });

  it.each([
    [['search', 'x', '--limit', 'abc'], /--limit must be a positive whole number/, 'prep search --help'],
    [['due', '--frob'], /unknown option '--frob'/, 'prep due --help'],
    [['--frob'], /unknown option '--frob'/, 'prep --help'],
    [['--db'], /--db needs a value/, 'prep --help'],
    [['due', '--bank-dir'], /--bank-dir needs a value/, 'prep due --help'],
  ])('%j names the problem and the help to read', (args, message, help) => {
    const r = runPrep(['--json', ...args], env);
    expect(r.code).toBe(2);
    const e = JSON.parse(r.stderr).error;
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain('no command given');
    expect(e.hint).toContain(help);
  });

  it('help does not show a default for --bank-dir; a command-named message is not prefixed twice', () => {
    expect(runPrep(['--help'], env).stdout).not.toContain('(default: [])');
    const r = runPrep(['drill'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^prep drill needs an interactive terminal/);
  });
});

describe('content and config wording', () => {
  const t = tempDir();

  it('empty file, a fraction for a whole number, two documents', () => {
    const r = runPrep(['bank', 'lint', join(FIXTURES, 'lint', 'wording')], { PREP_HOME: t.dir });
    expect(r.stdout).toMatch(/empty\.yaml:1:1: the file is empty; a bank needs `title:` and `items:`/);
    expect(r.stdout).toMatch(/int\.yaml:10:17: items\.0\.time_limit: expected a whole number, got 2\.5\n  hint: Write a whole number here\./);
    expect(r.stdout).toMatch(/multi\.yaml:3:1: the file holds more than one YAML document\n  hint: .*remove the `---` line/);
    expect(r.stdout).not.toMatch(/Invalid input|Expected object|parseAllDocuments|expected int/);
  });

  const config = (name: string, text: string) => {
    const home = join(t.dir, name);
    mkdirSync(home);
    writeFileSync(join(home, 'config.yaml'), text);
    return runPrep(['--json', 'due'], { PREP_HOME: home });
  };

  it('an unknown config key is named, with the valid keys; the hint fits JSON output', () => {
    const e = JSON.parse(config('colour', 'colour: red\n').stderr).error;
    expect(e.details[0]).toMatch(/config\.yaml:1:1: unknown field "colour"\n  hint: "colour" is not a config setting; the settings are desired_retention, new_per_day/);
    expect(e.hint).not.toContain('above');
  });

  it.each([['dup', 'new_per_day: 5\nnew_per_day: 6\n'], ['yaml11', '%YAML 1.1\n---\nnew_per_day: 5\n']])('%s in config is one error, no schema noise', (name, text) => {
    const e = JSON.parse(config(name, text).stderr).error;
    expect(e.details).toHaveLength(1);
    expect(e.details.join('\n')).not.toContain('expected object');
  });
});

describe('a database from a newer prep', () => {
  it('says how to update this prep, not to install the unrelated npm package', () => {
    const t = tempDir();
    try {
      expect(runPrep(['star', 'list'], { PREP_HOME: t.dir }).code).toBe(0);
      const db = new Database(join(t.dir, 'prep.db'));
      db.pragma('user_version = 999');
      db.close();
      const r = runPrep(['star', 'list'], { PREP_HOME: t.dir });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain('git pull && npm ci');
      expect(r.stderr).not.toContain('npm install -g prep');
    } finally {
      t.done();
    }
  });
});
