import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBankFiles, loadBanks, loadIndex } from '../../src/adapters/content-loader.js';
import { PrepError } from '../../src/errors.js';
import { FIXTURES, tempDir } from '../helpers.js';
import { writeFileSync, utimesSync, mkdirSync, copyFileSync } from 'node:fs';

const L = (name: string) => join(FIXTURES, 'loader', name);

async function loadError(dir: string): Promise<PrepError> {
  try {
    await loadBanks(findBankFiles([dir]), undefined);
  } catch (e) {
    return e as PrepError;
  }
  throw new Error('expected loading to fail');
}

describe('content loader on fixture folders', () => {
  it.each([
    ['bad-yaml', /broken\.yaml:\d+:\d+: /],
    ['yaml11', /old\.yaml:1:1: %YAML 1\.1 is not supported/],
    ['alias-bomb', /bomb\.yaml:3:\d+: alias \*a is not allowed/],
    ['mismatch', /named\.yaml:1:7: bank: "other" does not match the file name "named"/],
    ['unknown-field', /typo\.yaml:8:5: items\.0: unknown field "promt"/],
  ])('%s is refused with file:line:col', async (name, pattern) => {
    const e = await loadError(L(name));
    expect(e).toBeInstanceOf(PrepError);
    expect(e.exitCode).toBe(2);
    expect(e.details.join('\n')).toMatch(pattern);
  });

  it('names both files for a duplicate id', async () => {
    const e = await loadError(L('dup-ids'));
    expect(e.details.join('\n')).toMatch(/second\.yaml:4:1: duplicate id "shared-id": also in .*first\.yaml:3/);
  });

  it('loads control sequences as data (printing sanitises them)', async () => {
    const { items } = await loadBanks(findBankFiles([L('control')]), undefined);
    expect(items[0]!.prompt).toContain('\u001b[2J');
  });

  it('a missing bank folder is a usage error', () => {
    expect(() => findBankFiles(['/nonexistent/prep-banks'])).toThrow(/bank folder \/nonexistent\/prep-banks does not exist/);
  });

  it('caches parsed banks by path, size and mtime', async () => {
    const t = tempDir();
    try {
      const banks = join(t.dir, 'banks');
      mkdirSync(banks);
      copyFileSync(join(FIXTURES, 'content', 'banks', 'mini.yaml'), join(banks, 'mini.yaml'));
      const cache = join(t.dir, 'cache');
      const fixed = new Date('2026-01-01T00:00:00Z');
      utimesSync(join(banks, 'mini.yaml'), fixed, fixed);
      const first = await loadIndex(findBankFiles([banks]), cache);
      expect(first.items.map((i) => i.id)).toContain('mini-add');
      // Same size and mtime but different content: the cache answers (proves it is used).
      const file = join(banks, 'mini.yaml');
      const { statSync, readFileSync } = await import('node:fs');
      writeFileSync(file, readFileSync(file, 'utf8').replace('mini-add', 'mini-ad2'));
      utimesSync(file, fixed, fixed);
      expect((await loadIndex(findBankFiles([banks]), cache)).items.map((i) => i.id)).toContain('mini-add');
      // A new mtime invalidates it.
      utimesSync(file, fixed, new Date(fixed.getTime() + 5000));
      void statSync;
      expect((await loadIndex(findBankFiles([banks]), cache)).items.map((i) => i.id)).toContain('mini-ad2');
    } finally {
      t.done();
    }
  });
});
