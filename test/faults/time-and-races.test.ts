/** Concurrent processes on one database, and a clock stepped back (PREP_NOW, the program's own override; faketime too when installed). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, FIXTURES } from '../helpers.js';
import { sharedDir, skipNote, spawnPrep } from './tools.js';

let t: ReturnType<typeof sharedDir>;
let env: Record<string, string>;
beforeAll(() => {
  t = sharedDir();
  env = { PREP_HOME: t.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content') };
});
afterAll(() => t.done());

/** Start all at once; resolve with each exit code and stderr. */
function together(n: number, args: string[], extra: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }[]> {
  return Promise.all(Array.from({ length: n }, () => new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', TZ: 'UTC', PREP_NOW: '2026-03-01T09:00:00Z', ...env, ...extra }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code, stderr }));
  })));
}

describe('concurrent processes', () => {
  it('six `prep interview add Acme` at once: every one succeeds, each with its own id', async () => {
    spawnPrep(['due'], env); // create the database first: the race is over the slug, not the migration
    const runs = await together(6, ['interview', 'add', 'Acme', '--date', '2026-03-20']);
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('')).toEqual([0, 0, 0, 0, 0, 0]);
    const ids = JSON.parse(spawnPrep(['interview', 'list', '--json'], env).stdout).interviews.map((i: { id: string }) => i.id).sort();
    expect(ids).toEqual(['acme', 'acme-2', 'acme-3', 'acme-4', 'acme-5', 'acme-6']);
  });

  it('four imports of the same story at once make one story', async () => {
    const home = join(t.dir, 'stories');
    const file = join(t.dir, 'story.yaml');
    writeFileSync(file, 'title: Churn model rescue\ntemplate: technical-challenge\nsituation: s\ntask: t\naction: a\nresult: r\n');
    spawnPrep(['star', 'list'], { PREP_HOME: home });
    const runs = await together(4, ['star', 'import', file], { PREP_HOME: home, PREP_CONTENT_DIR: '' });
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('')).toEqual([0, 0, 0, 0]);
    expect(JSON.parse(spawnPrep(['star', 'list', '--json'], { PREP_HOME: home }).stdout).stories).toHaveLength(1);
  });
});

describe('a clock stepped back', () => {
  const at = (iso: string) => ({ ...env, PREP_HOME: join(t.dir, 'clock'), PREP_NOW: iso });

  it('a grade timed before the last review is taken as of that review; due and undo still work', () => {
    expect(spawnPrep(['grade', 'mini-bias-variance', 'good'], at('2026-03-10T09:00:00Z')).code).toBe(0);
    const back = spawnPrep(['grade', 'mini-bias-variance', 'good', '--json'], at('2026-03-01T09:00:00Z'));
    expect(back.code, back.stderr).toBe(0);
    // Scheduled from the later review: not due before it.
    expect(Date.parse(JSON.parse(back.stdout).card.due)).toBeGreaterThan(Date.parse('2026-03-10T09:00:00Z'));
    const due = spawnPrep(['due', '--json'], at('2026-02-01T09:00:00Z'));
    expect(due.code).toBe(0);
    const report = JSON.parse(due.stdout);
    for (const k of ['dueNow', 'overdue', 'learning', 'newAvailable']) expect(report[k]).toBeGreaterThanOrEqual(0);
    expect(spawnPrep(['undo', '--json'], at('2026-02-01T09:00:00Z')).code).toBe(0);
  });

  const why = spawnSync('faketime', ['--version']).error ? 'faketime is not installed (Debian package faketime); PREP_NOW covers the same path above' : undefined;
  it.skipIf(skipNote('the real clock stepped back with faketime', why))('the real clock stepped back with faketime', () => {
    const home = join(t.dir, 'faketime');
    const run = (when: string, args: string[]) => spawnSync('faketime', [when, process.execPath, BIN, ...args], { env: { PATH: process.env.PATH ?? '', TZ: 'UTC', PREP_HOME: home, PREP_CONTENT_DIR: join(FIXTURES, 'content') }, encoding: 'utf8' });
    expect(run('2026-03-10 09:00:00', ['grade', 'mini-add', 'good']).status).toBe(0);
    expect(run('2026-03-01 09:00:00', ['grade', 'mini-add', 'again']).status).toBe(0);
    expect(run('2026-03-01 09:00:00', ['due', '--json']).status).toBe(0);
  });
});
