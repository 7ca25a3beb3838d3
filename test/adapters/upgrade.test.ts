import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/adapters/store.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from '../../src/adapters/migrations.js';
import { backupPath, stamp } from '../../src/adapters/backup.js';
import { at, tempDir } from '../helpers.js';

const Database = createRequire(import.meta.url)('better-sqlite3');
const now = at('2026-03-01T09:00:00Z');

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.done());

/** A database as prep at schema `v` left it, with one card and one review. */
function oldDatabase(file: string, v: number): void {
  const d = new Database(file);
  d.pragma('journal_mode = WAL');
  for (const m of MIGRATIONS.slice(0, v)) m(d);
  d.prepare("INSERT INTO cards VALUES ('ml-a', 'item', 'review', '2026-03-02T04:00:00.000Z', 3, 5, 1, 0, 1, 0, '2026-03-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z')").run();
  d.prepare("INSERT INTO reviews (card_id, kind, reviewed_at, study_day, rating, source, card_after) VALUES ('ml-a', 'item', '2026-03-01T08:00:00.000Z', '2026-03-01', 'good', 'grade', '{}')").run();
  d.pragma(`application_id = ${APPLICATION_ID}`);
  d.pragma(`user_version = ${v}`);
  d.close();
}

describe('upgrades from every earlier schema version', () => {
  const earlier = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1);
  it.each(earlier)('schema %i: migrated to the current schema after a timestamped backup, rows kept', async (v) => {
    const file = join(t.dir, 'prep.db');
    oldDatabase(file, v);
    const store = await Store.open(file, { now });
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.migrated).toEqual({ from: v, backup: `${file}.v${v}-2026-03-01T09-00-00Z.bak` });
    expect(store.db.prepare('SELECT count(*) AS n FROM reviews').get()).toEqual({ n: 1 });
    store.close();
    const copy = new Database(store.migrated!.backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(v);
    expect(copy.prepare('SELECT count(*) AS n FROM cards').get()).toEqual({ n: 1 });
    copy.close();
  });

  it('a database at the current schema is opened without a backup', async () => {
    const file = join(t.dir, 'prep.db');
    (await Store.open(file, { now })).close();
    const again = await Store.open(file, { now });
    expect(again.migrated).toBeUndefined();
    again.close();
    expect(readdirSync(t.dir).filter((n) => n.endsWith('.bak'))).toEqual([]);
  });
});

describe('backup names', () => {
  it('are sortable UTC times without colons, and never overwrite an earlier backup', () => {
    expect(stamp(at('2026-12-31T23:59:58.999Z'))).toBe('2026-12-31T23-59-58Z');
    const taken = new Set(['/d/prep.db.import-2026-03-01T09-00-00Z.bak', '/d/prep.db.import-2026-03-01T09-00-00Z-2.bak']);
    expect(backupPath('/d/prep.db', 'import', now, (p) => taken.has(p))).toBe('/d/prep.db.import-2026-03-01T09-00-00Z-3.bak');
    expect(backupPath('/d/prep.db', 'doctor', now, () => false)).toBe('/d/prep.db.doctor-2026-03-01T09-00-00Z.bak');
  });
});
