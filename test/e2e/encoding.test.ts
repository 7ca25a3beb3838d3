/** Bank and config files must be UTF-8: anything else is a finding at its position, not mojibake. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runPrep, tempDir } from '../helpers.js';

const F = (name: string) => join(FIXTURES, 'lint', name);

describe('non-UTF-8 files', () => {
  const t = tempDir();
  const env = { PREP_HOME: t.dir };

  it('lint names the Latin-1 byte and the UTF-16 file', () => {
    const r = runPrep(['bank', 'lint', F('latin1'), F('utf16')], env);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/latin\.yaml:1:16: not UTF-8 text: byte 0xE9/);
    expect(r.stdout).toMatch(/wide\.yaml:1:1: not UTF-8 text: the file is UTF-16/);
    expect(r.stdout).toContain('hint: Re-save the file as UTF-8');
    expect(r.stdout).not.toMatch(/expected object|\uFFFD/);
  });

  it('loading refuses it the same way', () => {
    const r = runPrep(['--bank-dir', F('latin1'), 'due'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/latin\.yaml:1:16: not UTF-8 text/);
  });

  it('a config file in Latin-1 is one finding, with no schema noise after it', () => {
    const home = join(t.dir, 'cfg');
    mkdirSync(home);
    writeFileSync(join(home, 'config.yaml'), Buffer.from('new_per_day: 5 # caf\xe9\n', 'latin1'));
    const r = runPrep(['due'], { PREP_HOME: home });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config\.yaml:1:21: not UTF-8 text/);
    expect(r.stderr).not.toContain('expected object');
  });
});
