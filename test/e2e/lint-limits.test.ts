/** Bad input must exit 2 (or 3 for the database), never 70, and many findings of one kind stay readable. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runPrep, tempDir } from '../helpers.js';

/** A bank of n copies of mini.yaml's first item, ids numbered. */
function copies(dir: string, bank: string, n: number): string {
  const lines = readFileSync(join(FIXTURES, 'content', 'banks', 'mini.yaml'), 'utf8').split('\n');
  const starts = lines.flatMap((l, i) => (l.startsWith('  - id:') ? [i] : []));
  const item = lines.slice(starts[0], starts[1]).join('\n');
  const folder = join(dir, bank);
  mkdirSync(folder);
  writeFileSync(join(folder, `${bank}.yaml`), [`title: ${bank}`, 'items:', ...Array.from({ length: n }, (_, i) => item.replace('mini-bias-variance', `${bank}-${i}`))].join('\n'));
  return folder;
}

describe('limits', () => {
  const t = tempDir();
  const env = { PREP_HOME: t.dir };

  it('lint --strict on 1000 copies of an item reports instead of overflowing the stack', () => {
    const r = runPrep(['bank', 'lint', '--strict', copies(t.dir, 'big', 1000)], env, undefined, 110_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^\d+ errors, 0 warnings in 1 file \(strict\)$/m);
  }, 120_000);

  it('many findings of one kind: five shown, then "… and N more"; --json keeps them all', () => {
    const dir = copies(t.dir, 'fifty', 50);
    const r = runPrep(['bank', 'lint', '--strict', dir], env);
    expect(r.code).toBe(2);
    expect(r.stdout.match(/prompt duplicates the prompt of/g)).toHaveLength(5);
    expect(r.stdout).toContain('… and 1220 more like the one above');
    expect(r.stdout.split('\n').length).toBeLessThan(80);
    const json = JSON.parse(runPrep(['--json', 'bank', 'lint', '--strict', dir], env).stdout);
    expect(json.findings.filter((f: { message: string }) => f.message.includes('duplicates the prompt')).length).toBe(1225);
  }, 60_000);

  it('an alias bomb is capped when loading and linting', () => {
    const dir = join(FIXTURES, 'loader', 'alias-bomb');
    const lint = runPrep(['bank', 'lint', dir], env);
    expect(lint.stdout.match(/alias \*\w is not allowed/g)).toHaveLength(5);
    expect(lint.stdout).toContain('… and 22 more like the one above');
    const load = runPrep(['--bank-dir', dir, 'due'], env);
    expect(load.code).toBe(2);
    expect(load.stderr.match(/alias \*\w is not allowed/g)).toHaveLength(5);
  });

  it('time_zone: "" is a config error (exit 2)', () => {
    const home = join(t.dir, 'tz');
    mkdirSync(home);
    writeFileSync(join(home, 'config.yaml'), 'time_zone: ""\n');
    const r = runPrep(['due'], { PREP_HOME: home });
    expect(r.stderr).toMatch(/time_zone "" is not an IANA time zone/);
    expect(r.code).toBe(2);
  });

  it.each([[['due']], [['due', '--json']]])('--db on a folder is refused with exit 3: %j', (args: string[]) => {
    const r = runPrep(['--db', t.dir, ...args], env);
    expect(r.stderr).toContain(`${t.dir} is a folder, not a prep database`);
    expect(r.code).toBe(3);
  });
});
