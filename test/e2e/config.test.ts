/** config.yaml as a user writes it: honoured, validated with positions, cached for the fast path. */
import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runPrep, tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeEach(() => {
  t = tempDir();
  env = { PREP_HOME: join(t.dir, 'home'), PREP_CONTENT_DIR: join(FIXTURES, 'content'), HOME: t.dir };
  mkdirSync(env.PREP_HOME!, { recursive: true });
});
afterEach(() => t.done());
const config = (text: string) => writeFileSync(join(env.PREP_HOME!, 'config.yaml'), text);

describe('config.yaml', () => {
  it('new_per_day limits what is available, on the full and the fast path alike', () => {
    config('new_per_day: 2\n');
    const first = JSON.parse(runPrep(['due', '--json'], env).stdout); // parses and caches the config
    const second = JSON.parse(runPrep(['due', '--json'], env).stdout); // fast path, cached config
    expect(first.newAvailable).toBe(2);
    expect(second.newAvailable).toBe(2);
  });

  it('an invalid config exits 2 with file:line:col and a hint', () => {
    config('new_per_day: 10\ndesired_retention: 2\ngradng: two\n');
    const r = runPrep(['due', '--json'], env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const err = JSON.parse(r.stderr).error;
    expect(err.code).toBe('config-invalid');
    expect(err.details.join('\n')).toMatch(/config\.yaml:2:\d+: desired_retention/);
    expect(err.details.join('\n')).toMatch(/config\.yaml:3:1: .*unknown field "gradng"/);
  });

  it('an unknown time zone is refused', () => {
    config('time_zone: Mars/Olympus\n');
    expect(runPrep(['due'], env).stderr).toMatch(/not an IANA time zone/);
  });

  it('bank_dirs with ~ are expanded', () => {
    cpSync(join(FIXTURES, 'loader', 'control'), join(t.dir, 'my-banks'), { recursive: true });
    config('bank_dirs: [~/my-banks]\n');
    const r = JSON.parse(runPrep(['bank', 'list', '--json'], env).stdout);
    expect(r.banks.map((b: { id: string }) => b.id)).toContain('control');
  });
});

describe('prep star edit', () => {
  it('opens $EDITOR, validates on save, and re-opens with the error until it is fixed', () => {
    delete env.PREP_CONTENT_DIR; // the shipped STAR templates
    writeFileSync(join(t.dir, 's.yaml'), JSON.stringify({ title: 'Churn rescue', template: 'technical-challenge', situation: 'a', task: 'b', action: 'c', result: 'd' }));
    expect(runPrep(['star', 'import', join(t.dir, 's.yaml')], env).code).toBe(0);
    // An "editor" that first breaks the template, then (seeing prep's error comment) fixes it and edits the result.
    const editor = join(t.dir, 'editor.sh');
    writeFileSync(editor, `#!/bin/sh
if grep -q '^# prep:' "$1"; then
  sed -i 's/^template: .*/template: technical-challenge/; s/^result: .*/result: AUC rose from 0.71 to 0.82/' "$1"
else
  sed -i 's/^template: .*/template: not-a-template/' "$1"
fi
`);
    chmodSync(editor, 0o755);
    const r = runPrep(['star', 'edit', 'churn-rescue'], { ...env, EDITOR: editor });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Saved churn-rescue/);
    const story = JSON.parse(runPrep(['star', 'show', 'churn-rescue', '--json'], env).stdout).story;
    expect(story).toMatchObject({ template: 'technical-challenge', result: 'AUC rose from 0.71 to 0.82' });
    // An editor that saves nothing changes nothing.
    expect(runPrep(['star', 'edit', 'churn-rescue'], { ...env, EDITOR: 'true' }).stdout).toMatch(/No changes/);
  });
});
