/** completion, interview edit/rm and doctor through the real bin/prep.js as a script (no TTY). */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedHistory } from '../fixtures/history.js';
import { FIXTURES, at, runPrep, tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
const env = (home: string) => ({ PREP_HOME: join(t.dir, home), PREP_CONTENT_DIR: join(FIXTURES, 'content'), PREP_NOW: '2026-06-01T09:00:00Z' });
const prep = (home: string, args: string[]) => runPrep(args, env(home));
const words = (home: string, ...w: string[]) => prep(home, ['__complete', '--', ...w]).stdout.split('\n').filter(Boolean);

beforeAll(() => {
  t = tempDir();
});
afterAll(() => t.done());

describe('prep completion', () => {
  it.each(['bash', 'zsh', 'fish'])('%s: prints a script that asks prep __complete', (shell) => {
    const r = prep('c', ['completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('prep __complete --');
  });

  it('an unknown shell is a usage error', () => {
    expect(prep('c', ['completion', 'tcsh'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no completion for "tcsh"/) });
  });

  it('offers commands, flags, and live bank, item, topic and interview ids', () => {
    expect(words('c', '')).toEqual(expect.arrayContaining(['drill', 'export', 'import', 'doctor', 'completion']));
    expect(words('c', '')).not.toContain('__complete');
    expect(words('c', 'drill', '--bank', '')).toEqual(['mini']);
    expect(words('c', 'drill', '--topic', '')).toEqual(expect.arrayContaining(['eval-fit']));
    expect(words('c', 'drill', '--role', '')).toEqual(['ds', 'mle', 'mlops', 'fs']);
    expect(words('c', 'show', '')).toEqual(['mini-bias-variance', 'mini-regularisation', 'mini-add', 'mini-ask-team']);
    expect(words('c', 'export', '--format', '')).toEqual(['json', 'anki', 'md']);
    expect(words('c', 'import', '')).toEqual([':files']);
    expect(words('c', 'interview', 'rm', '')).toEqual([]);
    expect(readdirSync(join(t.dir, 'c')).includes('prep.db')).toBe(false); // completing never creates a database
    expect(prep('c', ['interview', 'add', 'Acme', '--date', '2026-07-01']).code).toBe(0);
    expect(words('c', 'interview', 'rm', '')).toEqual(['acme']);
    expect(words('c', 'drill', '--')).toEqual(expect.arrayContaining(['--bank', '--topic', '--new', '--db', '--json', '--help']));
  });
});

describe('prep interview edit / rm', () => {
  it('edit changes the given fields and keeps the id; a bad date changes nothing', () => {
    expect(prep('i', ['interview', 'add', 'Acme', '--date', '2026-07-01', '--role', 'MLE']).code).toBe(0);
    const r = prep('i', ['interview', 'edit', 'acme', '--date', '2026-07-03', '--role', '', '--notes', 'bring slides', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ version: 1, interview: { id: 'acme', company: 'Acme', date: '2026-07-03', notes: 'bring slides' }, changed: ['date', 'role', 'notes'], roles: { roles: ['ds', 'mle', 'mlops', 'fs'], from: 'no-role' } });
    expect(JSON.parse(prep('i', ['interview', 'edit', 'acme', '--roles', 'mle', '--json']).stdout)).toMatchObject({ changed: ['roles'], roles: { roles: ['mle'], from: 'set' } });
    expect(prep('i', ['interview', 'edit', 'acme', '--date', '2026-02-30']).code).toBe(2);
    expect(prep('i', ['interview', 'edit', 'acme']).code).toBe(2);
    expect(JSON.parse(prep('i', ['interview', 'show', 'acme', '--json']).stdout).interview).toMatchObject({ date: '2026-07-03', notes: 'bring slides' });
  });

  it('rm asks first: without a terminal it needs --yes', () => {
    const r = prep('i', ['interview', 'rm', 'acme']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/hint: Add --yes to remove it without asking: prep interview rm acme --yes/);
    expect(JSON.parse(prep('i', ['interview', 'list', '--json']).stdout).interviews).toHaveLength(1);
    expect(prep('i', ['interview', 'rm', 'acme', '--yes'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Removed acme/) });
  });
});

describe('prep doctor', () => {
  it('a fresh home is healthy (exit 0) and no database is created', () => {
    const r = prep('d0', ['doctor', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, healthy: true, backup: null, versions: { node: process.versions.node, abi: process.versions.modules } });
    expect(report.checks.map((c: { id: string }) => c.id)).toEqual(['database', 'banks', 'config']);
    expect(existsSync(join(t.dir, 'd0', 'prep.db'))).toBe(false);
  });

  it('finds orphaned cards and future times (exit 1), keeps them, and --fix deletes orphans after a backup', async () => {
    // Cards for items the fixture banks do not have, and reviews after PREP_NOW.
    (await seedHistory(join(t.dir, 'd1', 'prep.db'), { start: at('2026-05-25T08:00:00Z'), days: 10, reviewsPerDay: 3, items: ['mini-bias-variance', 'gone-item'], extras: false })).close();
    const r = prep('d1', ['doctor']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^PROBLEM orphans +1 card whose item is in no bank \(gone-item\); kept$/m);
    expect(r.stdout).toMatch(/^PROBLEM future +times in the future: \d+ rows of reviews\.reviewed_at/m);
    expect(r.stdout).toMatch(/^ok +integrity +quick_check: ok$/m);
    expect(JSON.parse(prep('d1', ['show', 'mini-bias-variance', '--json']).stdout).card.reps).toBe(15);
    const fixed = prep('d1', ['doctor', '--fix', '--json']);
    expect(fixed.code).toBe(1); // the future times are not changed by --fix
    const report = JSON.parse(fixed.stdout);
    expect(report.backup).toMatch(/prep\.db\.doctor-2026-06-01T09-00-0\dZ\.bak$/);
    expect(report.checks.find((c: { id: string }) => c.id === 'orphans')).toMatchObject({ fixed: true, message: expect.stringMatching(/deleted 1 card and their reviews$/) });
    const later = runPrep(['doctor'], { ...env('d1'), PREP_NOW: '2026-07-01T00:00:00Z' });
    expect(later.code).toBe(0);
    expect(later.stdout).toMatch(/^Healthy\.$/m);
  });

  it('a bank with errors and a broken config are problems', () => {
    const dir = join(t.dir, 'd2-banks');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'broken.yaml'), 'title: x\nitems: [{id: broken-a}]\n');
    const r = runPrep(['doctor', '--bank-dir', dir, '--json'], env('d2'));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).checks.find((c: { id: string }) => c.id === 'banks')).toMatchObject({ status: 'problem' });
    mkdirSync(join(t.dir, 'd3'), { recursive: true });
    writeFileSync(join(t.dir, 'd3', 'config.yaml'), 'new_per_day: lots\n');
    const c = prep('d3', ['doctor', '--json']);
    expect(c.code).toBe(1);
    expect(JSON.parse(c.stdout).checks.find((x: { id: string }) => x.id === 'config')).toMatchObject({ status: 'problem' });
  });
});
