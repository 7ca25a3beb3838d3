/** `prep bank lint` on bad user folders: what it prints must be safe and match what loading refuses. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
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
