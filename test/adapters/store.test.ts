import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/adapters/store.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from '../../src/adapters/migrations.js';
import { Drafts } from '../../src/adapters/drafts.js';
import { MockRounds } from '../../src/adapters/mock-rounds.js';
import { newCard, schedule } from '../../src/core/scheduler.js';
import { at, tempDir } from '../helpers.js';

const Database = createRequire(import.meta.url)('better-sqlite3');
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const now = at('2026-03-01T09:00:00Z');
const s = { desiredRetention: 0.9, maximumInterval: 365, timeZone: 'UTC', dayCutoffHour: 4, fuzz: false };

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.done());

describe('Store.open', () => {
  it('creates a fresh database: WAL, schema version, application id, private folder', async () => {
    const file = join(t.dir, 'data', 'prep.db');
    const store = await Store.open(file, { now });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    store.close();
    expect(statSync(join(t.dir, 'data')).mode & 0o777).toBe(0o700);
  });

  it.each([
    ['garbage bytes', (f: string) => writeFileSync(f, 'this is not a database at all, just text\n'.repeat(200)), 'db-refused'],
    ['another SQLite database', (f: string) => { const d = new Database(f); d.exec('CREATE TABLE notes (x)'); d.close(); }, 'db-refused'],
    ['a database from a newer prep', (f: string) => { const d = new Database(f); d.pragma(`application_id = ${APPLICATION_ID}`); d.pragma(`user_version = ${SCHEMA_VERSION + 1}`); d.exec('CREATE TABLE future (x)'); d.close(); }, 'db-newer'],
  ])('refuses %s with exit 3 and leaves it byte-for-byte untouched', async (_name, make, code) => {
    const file = join(t.dir, 'x.db');
    make(file);
    const before = sha(file);
    const files = readdirSync(t.dir).sort();
    await expect(Store.open(file, { now })).rejects.toMatchObject({ code, exitCode: 3 });
    expect(sha(file)).toBe(before);
    expect(readdirSync(t.dir).sort()).toEqual(files);
  });

  it('refuses a newer database with a leftover -wal without checkpointing it', async () => {
    const file = join(t.dir, 'newer.db');
    const script = `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
      const db = new D(${JSON.stringify(file)}); db.pragma('journal_mode = WAL'); db.pragma('wal_autocheckpoint = 0');
      db.pragma('application_id = ${APPLICATION_ID}'); db.exec('CREATE TABLE future (x)'); db.pragma('user_version = ${SCHEMA_VERSION + 5}');
      process.exit(0);`;
    execFileSync(process.execPath, ['-e', script]);
    expect(existsSync(`${file}-wal`)).toBe(true);
    const before = [sha(file), sha(`${file}-wal`)];
    await expect(Store.open(file, { now })).rejects.toMatchObject({ code: 'db-newer', exitCode: 3 });
    expect([sha(file), sha(`${file}-wal`)]).toEqual(before);
  });

  it('several processes opening a new database at once all succeed (migrations run once)', async () => {
    const file = join(t.dir, 'race.db');
    const store = JSON.stringify(new URL('../../dist/adapters/store.js', import.meta.url).href);
    const script = `import(${store}).then(async ({ Store }) => { const s = await Store.open(${JSON.stringify(file)}, { now: new Date() }); s.close(); process.exit(0); }, (e) => { console.error(e.code, e.message); process.exit(9); }).catch((e) => { console.error(e.code, e.message); process.exit(9); });`;
    const { spawn } = await import('node:child_process');
    const codes = await Promise.all(
      Array.from({ length: 4 }, () => new Promise<number>((resolve) => spawn(process.execPath, ['-e', script], { stdio: 'inherit' }).on('exit', (c) => resolve(c ?? -1)))),
    );
    expect(codes).toEqual([0, 0, 0, 0]);
  });

  it('migrates an older database forward after a backup copy', async () => {
    const file = join(t.dir, 'old.db');
    const d = new Database(file);
    d.pragma(`application_id = ${APPLICATION_ID}`);
    MIGRATIONS[0]!(d); // the real schema 1 (later migrations build on its tables)
    d.pragma('user_version = 1');
    d.close();
    if (SCHEMA_VERSION === 1) {
      const store = await Store.open(file, { now });
      expect(store.db.pragma('user_version', { simple: true })).toBe(1);
      store.close();
      return;
    }
    const store = await Store.open(file, { now });
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    store.close();
    expect(readdirSync(t.dir).some((n) => /old\.db\.v1-2026-03-01T09-00-00Z\.bak$/.test(n))).toBe(true);
  });
});

describe('upgrades', () => {
  it.each(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1))('a database at schema %d upgrades to the newest, keeping its reviews; drill drafts and mock rounds work', async (version) => {
    const file = join(t.dir, `v${version}.db`);
    const d = new Database(file);
    for (const m of MIGRATIONS.slice(0, version)) m(d);
    d.pragma(`application_id = ${APPLICATION_ID}`);
    d.pragma(`user_version = ${version}`);
    d.prepare("INSERT INTO reviews (card_id, kind, reviewed_at, study_day, rating, source, card_after) VALUES ('ml-a', 'item', '2026-02-01T09:00:00Z', '2026-02-01', 'good', 'drill', '{}')").run();
    d.close();
    const store = await Store.open(file, { now });
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.db.prepare('SELECT card_id, rating FROM reviews').all()).toEqual([{ card_id: 'ml-a', rating: 'good' }]);
    const drafts = new Drafts(store);
    drafts.save('ml-a', 'half an answer', now);
    drafts.save('ml-a', 'more of it', now);
    expect(drafts.all()).toEqual({ 'ml-a': { text: 'more of it', savedAt: now.toISOString() } });
    drafts.clear('ml-a');
    expect(drafts.all()).toEqual({});
    const rounds = new MockRounds(store);
    const report = { version: 1, id: null, kind: 'concept', startedAt: now.toISOString(), minutes: 30, seed: 1, interview: null, roles: [], status: 'finished', ended: 'answered', questions: [], summary: { questions: 7, answered: 6, followUps: 7, followUpsAnswered: 5, coverage: 0.5, timedOut: 1, seconds: 1500, graded: 13 } } as const;
    const id = rounds.start({ ...report, roles: [], questions: [] }, '2026-03-01');
    rounds.save(id, { ...report, roles: [], questions: [] }, 'finished');
    expect(rounds.list()).toEqual([{ id, kind: 'concept', startedAt: now.toISOString(), minutes: 30, interview: null, status: 'finished', coverage: 0.5, questions: 7, answered: 6 }]);
    expect([rounds.finished(), rounds.finished('2026-03-02'), rounds.get(id)?.id]).toEqual([1, 0, id]);
    store.close();
    expect(readdirSync(t.dir).some((n) => n === `v${version}.db.v${version}-2026-03-01T09-00-00Z.bak`)).toBe(true);
  });
});

describe('reviews', () => {
  it('records a review and its card atomically, and undo restores the card', async () => {
    const store = await Store.open(join(t.dir, 'p.db'), { now });
    const c0 = newCard('ml-a', 'item', now);
    const c1 = schedule(c0, 'good', now, s);
    const r1 = store.recordReview({ cardBefore: c0, cardAfter: c1, rating: 'good', reviewedAt: now, studyDay: '2026-03-01', seconds: 42, timeLimit: 150, typedAnswer: 'bias...', rubricScore: 0.5, source: 'drill' });
    const later = new Date(now.getTime() + 600_000);
    const c2 = schedule(c1, 'again', later, s);
    const r2 = store.recordReview({ cardBefore: c1, cardAfter: c2, rating: 'again', reviewedAt: later, studyDay: '2026-03-01', source: 'drill' });
    expect(store.getCard('ml-a')!.reps).toBe(2);
    expect(store.newStartedOn('2026-03-01')).toBe(1);
    expect(store.reviewsOn('2026-03-01')).toBe(2);
    const row = store.db.prepare('SELECT * FROM reviews WHERE id = ?').get(r1) as Record<string, unknown>;
    expect(row).toMatchObject({ rating: 'good', seconds: 42, time_limit: 150, timed_out: 0, typed_answer: 'bias...', rubric_score: 0.5, source: 'drill', card_before: null });
    store.undoReview(r2);
    expect(store.getCard('ml-a')).toEqual(c1);
    store.undoReview(r1);
    expect(store.getCard('ml-a')).toBeUndefined();
    store.close();
  });

  it('a committed grade survives the process (a second connection sees it)', async () => {
    const file = join(t.dir, 'p.db');
    const store = await Store.open(file, { now });
    const c0 = newCard('ml-a', 'item', now);
    store.recordReview({ cardBefore: c0, cardAfter: schedule(c0, 'easy', now, s), rating: 'easy', reviewedAt: now, studyDay: '2026-03-01', source: 'grade' });
    const other = new Database(file, { readonly: true });
    expect(other.prepare('SELECT count(*) n FROM reviews').get().n).toBe(1);
    other.close();
    store.close();
    expect(existsSync(file)).toBe(true);
  });
});
