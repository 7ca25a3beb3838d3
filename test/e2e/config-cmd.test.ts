/** `prep config get|set|unset|list|edit|path`: validated writes that keep comments, and nothing invalid kept. */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, prepWith, tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
const { prep, json } = prepWith(() => env);
beforeEach(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content') };
});
afterEach(() => t.done());
const file = () => join(t.dir, 'config.yaml');

describe('prep config', () => {
  it('path, set (kebab-case too), get, list, unset; comments survive; the program reads the result', () => {
    expect(prep(['config', 'path']).stdout.trim()).toBe(file());
    writeFileSync(file(), '# my settings\nnew_per_day: 2 # two is plenty\n');
    expect(prep(['config', 'set', 'daily-minutes', '45']).code).toBe(0);
    expect(prep(['config', 'set', 'roles', 'mle,', 'mlops']).code).toBe(0);
    const text = readFileSync(file(), 'utf8');
    expect(text).toMatch(/^# my settings\nnew_per_day: 2 # two is plenty\n/);
    expect(json(['config', 'get', 'daily_minutes'])).toEqual({ version: 1, key: 'daily_minutes', value: 45, source: 'file' });
    expect(prep(['config', 'get', 'roles']).stdout.trim()).toBe('mle, mlops');
    const list = json(['config', 'list']).settings;
    expect(list).toContainEqual({ key: 'new_per_day', value: 2, source: 'file' });
    expect(list).toContainEqual({ key: 'desired_retention', value: 0.9, source: 'default' });
    expect(json(['due']).newAvailable).toBe(2); // the program reads the edited file (the fixture bank has 3 new items)
    expect(json(['config', 'unset', 'daily_minutes'])).toMatchObject({ removed: true });
    expect(json(['config', 'get', 'daily_minutes'])).toMatchObject({ value: 60, source: 'default' });
  });

  it.each([
    [['set', 'gradng', 'two'], /"gradng" is not a config setting/, /The settings are desired_retention, /],
    [['get', 'nope'], /"nope" is not a config setting/, /daily_minutes/],
    [['set', 'grading', 'three'], /grading cannot be "three"; it takes one of four, two/, /prep config set grading four/],
    [['set', 'new_per_day', '2.5'], /it takes a whole number from 0 to 1000/, /prep config set new_per_day 10/],
    [['set', 'roles', 'ds,cto'], /it takes a list of ds, mle, mlops, fs/, /was not changed/],
    [['set', 'time_zone', 'Mars/Base'], /not an IANA time zone/, /was not changed/],
  ])('%j exits 2 naming what is allowed, and writes nothing', (args, message, hint) => {
    writeFileSync(file(), 'new_per_day: 5\n');
    const r = prep(['config', ...args, '--json']);
    expect(r.code).toBe(2);
    const e = JSON.parse(r.stderr).error;
    expect(e.message).toMatch(message);
    expect(e.hint).toMatch(hint);
    expect(readFileSync(file(), 'utf8')).toBe('new_per_day: 5\n');
  });

  it('edit: a valid edit is saved; an invalid one keeps the old file and says where the edit is', () => {
    writeFileSync(file(), 'new_per_day: 5\n');
    const editor = join(t.dir, 'ed.sh');
    writeFileSync(editor, '#!/bin/sh\nprintf "$CONTENT" > "$1"\n');
    chmodSync(editor, 0o755);
    const ok = prep(['config', 'edit'], { EDITOR: editor, CONTENT: 'new_per_day: 7\\n' });
    expect(ok.code).toBe(0);
    expect(readFileSync(file(), 'utf8')).toBe('new_per_day: 7\n');
    const bad = prep(['config', 'edit'], { EDITOR: editor, CONTENT: 'new_per_day: 7\\ndesired_retention: 2\\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/the edited config is invalid; .* was not changed/);
    expect(bad.stderr).toMatch(/config\.yaml:2:\d+: desired_retention/);
    expect(bad.stderr).toMatch(/Your edit is kept in .*edit\/config\.yaml/);
    expect(readFileSync(file(), 'utf8')).toBe('new_per_day: 7\n');
    const none = prep(['config', 'edit'], { EDITOR: 'true' });
    expect(none.stdout).toMatch(/No changes/);
    expect(prep(['config', 'edit'], { EDITOR: '' }).code).toBe(2); // no editor and no terminal
  });
});
