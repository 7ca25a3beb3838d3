/** A full file system and refused databases: nothing lost, nothing left behind. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { FIXTURES, ROOT } from '../helpers.js';
import { fullDisk, onSmallDisk, sharedDir, spawnPrep } from './tools.js';

let t: ReturnType<typeof sharedDir>;
beforeAll(() => {
  t = sharedDir();
  if (fullDisk.why) process.stderr.write(`[faults] a full disk is ulimit -f here, not a tmpfs: ${fullDisk.why}\n`);
});
afterAll(() => t.done());

describe('out of space', () => {
  it('the bank cache leaves no *.tmp files behind when the disk fills up while it is written', () => {
    // The shipped banks make a cache of about 1.4 MB: 300 kB of tmpfs, or files capped at 40 kB.
    const kb = fullDisk.kind === 'tmpfs' ? 300 : 40;
    const r = onSmallDisk(kb, 'prep bank list >/dev/null; echo "exit=$?"; ls "$MNT/cache/banks" | wc -l; find "$MNT" -name "*.tmp"');
    const [exit, cached, ...tmp] = r.stdout.trim().split('\n');
    expect(exit, r.stderr).toBe('exit=0'); // a cache that cannot be written only costs speed
    expect(Number(cached)).toBeLessThan(readdirSync(join(ROOT, 'content', 'banks')).length); // the disk did fill up
    expect(tmp).toEqual([]);
  });

  it('a grade on a full disk exits 74; the grade before it is kept and the database still opens', () => {
    const script = [
      'prep grade mini-bias-variance good >/dev/null || echo "first failed"',
      '(fill; prep grade mini-regularisation again >/dev/null); echo "exit=$?"',
      'rm -f "$MNT/fill"',
      'prep undo --json',
      'find "$MNT" -name "*.tmp"',
    ].join('; ');
    const r = onSmallDisk(2048, script, { PREP_CONTENT_DIR: join(FIXTURES, 'content') });
    expect(r.stdout).not.toContain('first failed');
    expect(r.stdout).toMatch(/^exit=74\n/);
    expect(r.stderr).toMatch(/cannot write .*prep\.db \(SQLITE_(FULL|IOERR\w*)\)\nhint: Check free disk space/);
    const undone = JSON.parse(r.stdout.slice(r.stdout.indexOf('{'), r.stdout.lastIndexOf('}') + 1)).undone;
    expect(undone).toMatchObject({ id: 'mini-bias-variance', rating: 'good' });
    expect(r.stdout).not.toMatch(/\.tmp/);
  });
});

describe('a refused database is left as it was, with no -wal or -shm beside it', () => {
  const makeWalDb = (name: string, pragmas: string[]) => {
    const file = join(t.dir, name);
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES (1)');
    for (const p of pragmas) db.pragma(p);
    db.close();
    return file;
  };

  it.each([
    ['a SQLite file of another program', 'foreign.db', [], 3, /is a SQLite database but not a prep database/],
    ['a prep database from a newer prep', 'newer.db', ['application_id = 1886545264', 'user_version = 99'], 3, /written by a newer prep/],
  ] as const)('%s', (_what, name, pragmas, code, words) => {
    const file = makeWalDb(name, [...pragmas]);
    const before = readFileSync(file);
    for (const args of [['due'], ['undo'], ['grade', 'mini-bias-variance', 'good']]) {
      const r = spawnPrep(['--db', file, ...args], { PREP_HOME: t.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content') });
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(words);
    }
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
