import { describe, expect, it } from 'vitest';
import { bankCheck, databaseChecks, healthy, LARGE_WAL_BYTES, type DbInput } from '../../src/core/doctor.js';

const good: DbInput = { exists: true, schema: 3, quickCheck: ['ok'], journalMode: 'wal', walBytes: 4096, orphanItems: [], storyOrphans: [], orphanReviews: 0, future: [] };
const status = (db: Partial<DbInput>) => Object.fromEntries(databaseChecks({ ...good, ...db }, 3).map((c) => [c.id, c.status]));

describe('database checks', () => {
  it('a healthy database is all ok', () => {
    expect(status({})).toEqual({ integrity: 'ok', schema: 'ok', wal: 'ok', orphans: 'ok', future: 'ok' });
    expect(healthy(databaseChecks(good, 3))).toBe(true);
  });

  it.each<[string, Partial<DbInput>, string, string]>([
    ['damage', { quickCheck: ['row 3 missing from index'] }, 'integrity', 'problem'],
    ['an older schema (upgraded on next use)', { schema: 2 }, 'schema', 'note'],
    ['a newer schema', { schema: 4 }, 'schema', 'problem'],
    ['journal not WAL', { journalMode: 'delete' }, 'wal', 'problem'],
    ['a large WAL', { walBytes: LARGE_WAL_BYTES + 1 }, 'wal', 'note'],
    ['an orphaned item card', { orphanItems: ['gone-item'] }, 'orphans', 'problem'],
    ['a story card without its story', { storyOrphans: ['story:x'] }, 'orphans', 'problem'],
    ['banks that did not load', { orphanItems: null }, 'orphans', 'note'],
    ['a review from the future', { future: [{ table: 'reviews', column: 'reviewed_at', count: 2, latest: '2030-01-01T00:00:00.000Z' }] }, 'future', 'problem'],
  ])('%s', (_name, db, id, expected) => {
    expect(status(db)[id]).toBe(expected);
    expect(healthy(databaseChecks({ ...good, ...db }, 3))).toBe(expected !== 'problem');
  });

  it('names the orphans and keeps them unless fixed', () => {
    const c = databaseChecks({ ...good, orphanItems: ['a', 'b'] }, 3).find((x) => x.id === 'orphans')!;
    expect(c.message).toBe('2 cards whose item is in no bank (a, b); kept');
    expect(c.hint).toContain('--fix');
    expect(healthy([{ ...c, fixed: true }])).toBe(true);
  });

  it('no database and a refused one', () => {
    expect(databaseChecks({ exists: false, orphanItems: [] }, 3)).toEqual([{ id: 'database', status: 'ok', message: 'no database yet; it is created on first use' }]);
    expect(databaseChecks({ exists: true, refused: 'it is not a SQLite file', orphanItems: [] }, 3)[0]).toMatchObject({ status: 'problem' });
  });
});

describe('bank check', () => {
  it.each([
    [{ files: 13, errors: 0, warnings: 0 }, 'ok'],
    [{ files: 13, errors: 0, warnings: 2 }, 'note'],
    [{ files: 13, errors: 1, warnings: 0 }, 'problem'],
    [{ failed: 'bank folder x does not exist' }, 'problem'],
  ])('%j', (lint, expected) => {
    expect(bankCheck(lint).status).toBe(expected);
  });
});
