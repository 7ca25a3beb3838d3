/** The SQLite bank cache on real files: incremental per bank, hash-keyed, pruned, seeded from a prebuilt copy; due counted in SQL. */
import { copyFileSync, cpSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findBankFiles, openBanks, type BankSource } from '../../src/adapters/content-loader.js';
import { fileStamp, metaSet, readIndexEntries } from '../../src/adapters/bank-db.js';
import { openBankDb } from '../../src/adapters/bank-db-open.js';
import { attach, dueCounts } from '../../src/adapters/due-queries.js';
import { Store } from '../../src/adapters/store.js';
import { countDue } from '../../src/core/due.js';
import type { Card, CardState } from '../../src/core/types.js';
import { PrepError } from '../../src/errors.js';
import { FIXTURES, aCard, at, tempDir } from '../helpers.js';

const MINI = join(FIXTURES, 'content', 'banks', 'mini.yaml');

function twoBanks(dir: string): string {
  const banks = join(dir, 'banks');
  mkdirSync(banks, { recursive: true });
  copyFileSync(MINI, join(banks, 'mini.yaml'));
  writeFileSync(join(banks, 'other.yaml'), readFileSync(MINI, 'utf8').replace(/mini-/g, 'other-'));
  return banks;
}

async function load(banks: string, cacheDir: string | undefined) {
  const parsed: string[] = [];
  const db = await openBanks(findBankFiles([banks]), { cacheDir, progress: async (s: BankSource) => void parsed.push(s.bank) });
  return { db, parsed, ids: readIndexEntries(db, findBankFiles([banks])).map((i) => i.id) };
}

describe('bank cache', () => {
  it('parses only the banks that changed, and drops banks that are gone', async () => {
    const t = tempDir();
    try {
      const banks = twoBanks(t.dir);
      const cache = join(t.dir, 'cache');
      expect((await load(banks, cache)).parsed).toEqual(['mini', 'other']);
      expect((await load(banks, cache)).parsed).toEqual([]);
      const other = join(banks, 'other.yaml');
      writeFileSync(other, readFileSync(other, 'utf8').replace('other-add', 'other-sum'));
      const changed = await load(banks, cache);
      expect(changed.parsed).toEqual(['other']);
      expect(changed.ids).toContain('other-sum');
      // A new mtime with the same bytes (a checkout, a touch) is recognised by its hash.
      utimesSync(other, new Date('2030-01-01'), new Date('2030-01-01'));
      expect((await load(banks, cache)).parsed).toEqual([]);
      const { rmSync } = await import('node:fs');
      rmSync(other);
      const pruned = await load(banks, cache);
      expect(pruned.ids.some((id) => id.startsWith('other-'))).toBe(false);
      expect(pruned.db.prepare("SELECT count(*) FROM fts WHERE id LIKE 'other-%'").pluck().get()).toBe(0);
      expect(pruned.db.prepare("SELECT count(*) FROM fts WHERE id LIKE 'mini-%'").pluck().get()).toBeGreaterThan(0);
    } finally {
      t.done();
    }
  });

  it('refuses duplicate ids across banks, naming both files, until they are fixed', async () => {
    const t = tempDir();
    try {
      const banks = twoBanks(t.dir);
      writeFileSync(join(banks, 'dup.yaml'), readFileSync(MINI, 'utf8'));
      const e = await load(banks, join(t.dir, 'cache')).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(PrepError);
      expect((e as PrepError).details.join('\n')).toMatch(/mini\.yaml:\d+:1: duplicate id "mini-bias-variance": also in .*dup\.yaml/);
      writeFileSync(join(banks, 'dup.yaml'), readFileSync(MINI, 'utf8').replace(/mini-/g, 'dup-'));
      expect((await load(banks, join(t.dir, 'cache'))).ids).toContain('dup-add');
    } finally {
      t.done();
    }
  });

  it('works in memory when the cache folder cannot be created', async () => {
    const t = tempDir();
    try {
      const banks = twoBanks(t.dir);
      writeFileSync(join(t.dir, 'file'), '');
      const r = await load(banks, join(t.dir, 'file', 'cache'));
      expect(r.ids).toContain('other-add');
      expect(r.db.memory).toBe(true);
    } finally {
      t.done();
    }
  });

  it('starts from a prebuilt copy made elsewhere: paths are moved, nothing is parsed', async () => {
    const t = tempDir();
    try {
      const built = join(t.dir, 'built', 'content');
      const banks = twoBanks(built);
      const first = await load(banks, join(t.dir, 'buildcache'));
      metaSet(first.db, 'content_dir', built);
      first.db.close();
      const prebuilt = join(t.dir, 'prebuilt.sqlite');
      copyFileSync(join(t.dir, 'buildcache', 'banks.sqlite'), prebuilt);
      const moved = join(t.dir, 'moved', 'content');
      cpSync(built, moved, { recursive: true });
      const db = openBankDb(join(t.dir, 'home-cache'), moved, prebuilt);
      const parsed: string[] = [];
      const sources = findBankFiles([join(moved, 'banks')]);
      const synced = await openBanks(sources, { cacheDir: join(t.dir, 'home-cache'), contentDir: moved, shippedDir: moved, prebuilt, progress: async (s) => void parsed.push(s.bank) });
      expect(parsed).toEqual([]);
      const items = readIndexEntries(synced, sources);
      expect(items.map((i) => i.id)).toContain('other-add');
      expect(synced.prepare('SELECT DISTINCT file FROM items ORDER BY file').pluck().all()).toEqual(sources.map((s) => s.file).sort());
      expect(synced.prepare("SELECT value FROM meta WHERE key = 'prebuilt'").pluck().get()).toBe(fileStamp(prebuilt));
      db.close();
    } finally {
      t.done();
    }
  });
});

describe('due counts in SQL', () => {
  const states: CardState[] = ['new', 'learning', 'review', 'relearning'];
  it('match the reference count over cards, for random cards (property)', async () => {
    const t = tempDir();
    try {
      const banks = twoBanks(t.dir);
      const sources = findBankFiles([banks]);
      const bank = await openBanks(sources, { cacheDir: join(t.dir, 'cache') });
      const index = readIndexEntries(bank, sources);
      const ids = index.map((i) => i.id);
      const drillable = index.filter((i) => i.type !== 'ask').map((i) => i.id);
      const store = await Store.open(join(t.dir, 'prep.db'), { now: at('2026-03-01T09:00:00Z') });
      attach(bank, store.file, 'data');
      const now = at('2026-03-01T09:00:00Z');
      const dayStart = at('2026-03-01T04:00:00Z');
      const card = fc.record({
        id: fc.constantFrom(...ids, 'gone-item', 'story:s1', 'story:s2'),
        state: fc.constantFrom(...states),
        hours: fc.integer({ min: -100, max: 100 }),
      });
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(card, { selector: (c) => c.id, maxLength: 12 }), async (list) => {
          store.db.exec('DELETE FROM cards');
          const cards: Card[] = list.map((c) => aCard({ id: c.id, kind: c.id.startsWith('story:') ? 'story' : 'item', state: c.state, due: new Date(now.getTime() + c.hours * 3_600_000) }));
          const insert = store.db.prepare("INSERT INTO cards (id, kind, state, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, last_review, created_at) VALUES (?, ?, ?, ?, 1, 1, 0, 0, 0, 0, NULL, '2026-01-01T00:00:00.000Z')");
          for (const c of cards) insert.run(c.id, c.kind, c.state, c.due.toISOString());
          const items = cards.filter((c) => c.kind === 'item' && drillable.includes(c.id));
          const expected = countDue({ now, dayStart, cards: items, storyCards: cards.filter((c) => c.kind === 'story'), unseen: drillable.filter((id) => !cards.some((c) => c.id === id)).length });
          expect(dueCounts(bank, { data: 'data', bank: 'main' }, now, dayStart)).toEqual(expected);
        }),
        { numRuns: 60 },
      );
      store.close();
    } finally {
      t.done();
    }
  });
});
