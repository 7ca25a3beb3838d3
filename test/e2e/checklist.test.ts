/** The checklist from scripts: which interview a command applies to, and what it shows when. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPrep, tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
const prep = (args: string[], extra: Record<string, string> = {}) => runPrep(args, { ...env, ...extra });
const json = (args: string[], extra: Record<string, string> = {}) => {
  const r = prep([...args, '--json'], extra);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout);
};
const ticked = (id: string) => json(['interview', 'show', id]).checked;

beforeEach(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_NOW: '2026-11-24T10:00:00Z' };
});
afterEach(() => t.done());

describe('checklist check/uncheck --interview', () => {
  it('applies to the named interview whether --interview comes before or after the subcommand', () => {
    prep(['interview', 'add', 'Alpha', '--date', '2026-11-30']);
    prep(['interview', 'add', 'Beta', '--date', '2026-12-01']);
    expect(prep(['checklist', 'check', 'research-stack', '--interview', 'beta']).code).toBe(0);
    expect(prep(['checklist', '--interview', 'beta', 'check', 'sleep']).code).toBe(0);
    expect(ticked('beta').sort()).toEqual(['research-stack', 'sleep']);
    expect(ticked('alpha')).toEqual([]);
    expect(prep(['checklist', '--interview', 'beta', 'uncheck', 'sleep']).code).toBe(0);
    expect(prep(['checklist', 'uncheck', 'research-stack', '--interview', 'beta']).code).toBe(0);
    expect(ticked('beta')).toEqual([]);
  });

  it('an unknown --interview is exit 2 on check and uncheck, in either position', () => {
    prep(['interview', 'add', 'Alpha', '--date', '2026-11-30']);
    for (const args of [['checklist', 'check', 'sleep', '--interview', 'nope'], ['checklist', '--interview', 'nope', 'uncheck', 'sleep']]) {
      const r = prep(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/no interview "nope"/);
    }
    expect(ticked('alpha')).toEqual([]);
  });
});
