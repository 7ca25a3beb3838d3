/** Export, import, backups and Markdown through the real bin/prep.js, on a seeded home (no TTY). */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedHistory } from '../fixtures/history.js';
import { FIXTURES, at, runPrep, tempDir } from '../helpers.js';

const ITEMS = ['mini-bias-variance', 'mini-regularisation', 'mini-add'];
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const baks = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.bak'));
const noStamp = (s: string) => s.replace(/"exportedAt":"[^"]*"/, '');

let t: ReturnType<typeof tempDir>;
const home = (name: string) => join(t.dir, name);
const env = (name: string) => ({ PREP_HOME: home(name), PREP_CONTENT_DIR: join(FIXTURES, 'content'), PREP_NOW: '2026-06-01T09:00:00Z' });
const prep = (name: string, args: string[]) => runPrep(args, env(name));

beforeAll(async () => {
  t = tempDir();
  (await seedHistory(join(home('a'), 'prep.db'), { start: at('2026-03-01T08:00:00Z'), days: 60, reviewsPerDay: 5, items: ITEMS })).close();
  writeFileSync(join(home('a'), 'config.yaml'), 'new_per_day: 7 # my pace\n');
});
afterAll(() => t.done());

describe('prep export / prep import (json)', () => {
  it('round trip: a second export of the imported home is the same document, config.yaml included', () => {
    const out = join(t.dir, 'a.json');
    const e = prep('a', ['export', '--out', out]);
    expect(e.code, e.stderr).toBe(0);
    expect(e.stdout).toMatch(/^Exported 4 cards, 301 reviews, 1 story, .* to .*a\.json\./);
    expect(e.stderr).toBe('');
    const i = prep('b', ['import', out]);
    expect(i.code, i.stderr).toBe(0);
    expect(i.stdout).toContain('reviews: 301 added');
    expect(i.stdout).toContain('config.yaml: written (there was none here)');
    expect(i.stdout).not.toContain('Backed up');
    expect(readFileSync(join(home('b'), 'config.yaml'), 'utf8')).toBe('new_per_day: 7 # my pace\n');
    const again = prep('b', ['export']);
    expect(again.code).toBe(0);
    expect(noStamp(again.stdout)).toBe(noStamp(readFileSync(out, 'utf8')));
  });

  it('importing the same file twice changes nothing (and makes no backup)', () => {
    const before = sha(join(home('b'), 'prep.db'));
    const r = prep('b', ['import', join(t.dir, 'a.json'), '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, dryRun: false, backup: null, recomputed: 0, config: 'unchanged' });
    expect(Object.values(report.tables).every((c) => (c as { added: number }).added === 0)).toBe(true);
    expect(sha(join(home('b'), 'prep.db'))).toBe(before);
    expect(baks(home('b'))).toEqual([]);
  });

  it('over existing data: --dry-run writes nothing; the import backs up first and says where', () => {
    expect(prep('c', ['grade', 'mini-bias-variance', 'good']).code).toBe(0);
    const db = join(home('c'), 'prep.db');
    const before = sha(db);
    const dry = prep('c', ['import', join(t.dir, 'a.json'), '--dry-run']);
    expect(dry.stdout).toMatch(/cards: 3 would be added, 1 would be recomputed from their merged reviews/);
    expect(dry.stdout).toMatch(/Dry run: nothing was written\.$/m);
    expect(sha(db)).toBe(before);
    expect(baks(home('c'))).toEqual([]);
    const r = prep('c', ['import', join(t.dir, 'a.json')]);
    expect(r.code, r.stderr).toBe(0);
    const [bak] = baks(home('c'));
    expect(bak).toMatch(/^prep\.db\.import-2026-06-01T09-00-0\dZ\.bak$/);
    expect(r.stdout).toContain(`Backed up the database first: ${join(home('c'), bak!)}`);
    expect(JSON.parse(prep('c', ['show', 'mini-bias-variance', '--json']).stdout).card.reps).toBe(101);
  });

  it('refuses an export from a newer prep (exit 2) before anything is written', () => {
    const newer = join(t.dir, 'newer.json');
    writeFileSync(newer, readFileSync(join(t.dir, 'a.json'), 'utf8').replace('{"version":1,', '{"version":2,'));
    const db = join(home('c'), 'prep.db');
    const [before, files] = [sha(db), readdirSync(home('c')).sort()];
    const r = prep('c', ['import', newer]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/written by a newer prep \(export version 2; this prep reads version 1\)/);
    expect(sha(db)).toBe(before);
    expect(readdirSync(home('c')).sort()).toEqual(files);
  });

  it.each([
    ['not JSON', 'this is { not json', /is not a prep export: not valid JSON/],
    ['a broken row', JSON.stringify({ version: 1, exportedAt: '2026-01-01T00:00:00.000Z', cards: [], reviews: [{ id: 1 }], stories: [], storyTellings: [], storyDraft: [], interviews: [], checklistChecks: [], interviewQuestions: [] }), /is not a valid prep export/],
  ])('refuses %s with exit 2', (_n, text, message) => {
    const f = join(t.dir, 'bad.json');
    writeFileSync(f, text);
    const r = prep('c', ['import', f, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr).error.message).toMatch(message);
  });

  it('--out onto an existing file needs --force; a missing file to import is a usage error', () => {
    const out = join(t.dir, 'a.json');
    const before = sha(out);
    const r = prep('a', ['export', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists\nhint: Add --force/);
    expect(sha(out)).toBe(before);
    expect(prep('a', ['export', '--out', out, '--force']).code).toBe(0);
    expect(prep('a', ['import', join(t.dir, 'missing.json')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/missing\.json does not exist/) });
    expect(prep('a', ['export', '--out', join(t.dir, 'no-such-dir', 'x.json')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/its folder does not exist/) });
    expect(prep('a', ['export', '--format', 'csv']).code).toBe(2);
  });
});

describe('prep export --format md', () => {
  it('your stories and, per interview, the picked questions', () => {
    const r = prep('a', ['export', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# STAR stories\n\n## Churn rescue a\n/);
    expect(r.stdout).toContain('**Result** AUC rose from 0.71 to 0.80.');
    expect(r.stdout).toContain('# Questions to ask\n\n## Acme a (2027-01-15, ML Engineer)');
    // Picked ids no longer in the (fixture) banks are still listed.
    expect(r.stdout).toContain('- ask-deployment-process (no longer in the banks)');
  });
});

describe('schema migrations', () => {
  it('say where the backup of the old file is', async () => {
    const { MIGRATIONS, APPLICATION_ID } = await import('../../src/adapters/migrations.js');
    const { createRequire } = await import('node:module');
    const Database = createRequire(import.meta.url)('better-sqlite3');
    const dir = home('old');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    const d = new Database(join(dir, 'prep.db'));
    MIGRATIONS[0]!(d);
    d.pragma(`application_id = ${APPLICATION_ID}`);
    d.pragma('user_version = 1');
    d.close();
    const r = prep('old', ['due']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`prep: upgraded ${join(dir, 'prep.db')} from schema 1; the old file is kept as ${join(dir, 'prep.db.v1-2026-06-01T09-00-00Z.bak')}\n`);
    expect(existsSync(join(dir, 'prep.db.v1-2026-06-01T09-00-00Z.bak'))).toBe(true);
  });
});
