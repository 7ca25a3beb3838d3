/**
 * The JSON export is lossless: every table of the database, every column. A table or column that a
 * migration adds without export support (src/adapters/data-tables.ts) fails here, because the seeded
 * home must fill every column of every table and the copy must equal it table by table.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/adapters/store.js';
import { Store as StoreClass } from '../../src/adapters/store.js';
import { Buffered, writeExport, type ExportMeta } from '../../src/adapters/export-json.js';
import { applyMerge, readSnapshot } from '../../src/adapters/import-apply.js';
import { planMerge, changesAnything } from '../../src/core/merge.js';
import { readExport } from '../../src/commands/import.js';
import type { ExportDoc } from '../../src/core/export-doc.js';
import { SEED_SETTINGS, dumpTables, seedHistory } from '../fixtures/history.js';
import { at, tempDir } from '../helpers.js';

const ITEMS = ['ml-bias-variance', 'ml-cross-validation-types', 'stats-p-value', 'dl-dropout', 'ops-drift'];
const meta = (exportedAt: string): ExportMeta => ({ exportedAt, prep: '0.0.0-test', schema: 0, config: 'new_per_day: 12\n' });

function exportText(store: Store, exportedAt = '2027-03-01T00:00:00.000Z'): string {
  const parts: string[] = [];
  const sink = new Buffered((c) => parts.push(c.toString('utf8')), 4096);
  writeExport(store.db, sink, meta(exportedAt));
  sink.flush();
  return parts.join('');
}

function importInto(store: Store, doc: ExportDoc) {
  const plan = planMerge(readSnapshot(store), doc);
  applyMerge(store, plan, SEED_SETTINGS);
  return plan;
}

let t: ReturnType<typeof tempDir>;
let a: Store;
let b: Store;
let first: string;
let doc: ExportDoc;

beforeAll(async () => {
  t = tempDir();
  // A year of daily reviews on a handful of items: thousands of rows through the real scheduler.
  a = await seedHistory(join(t.dir, 'a.db'), { start: at('2026-03-01T08:00:00Z'), days: 365, reviewsPerDay: 12, items: ITEMS });
  first = exportText(a);
  writeFileSync(join(t.dir, 'export.json'), first);
  doc = readExport(join(t.dir, 'export.json'));
  b = await StoreClass.open(join(t.dir, 'b.db'), { now: at('2027-03-01T00:00:00Z') });
  importInto(b, doc);
});
afterAll(() => {
  a.close();
  b.close();
  t.done();
});

describe('the seeded home', () => {
  it('has rows in every table and a value in every column (so the round trip below covers them all)', () => {
    const tables = dumpTables(a);
    expect(Object.keys(tables).length).toBeGreaterThanOrEqual(8);
    for (const [name, rows] of Object.entries(tables)) {
      expect(rows.length, `table ${name} is empty: seed it in test/fixtures/history.ts`).toBeGreaterThan(0);
      const cols = Object.keys(rows[0] as object);
      for (const c of cols) expect(rows.some((r) => (r as Record<string, unknown>)[c] !== null), `${name}.${c} is never set: seed it`).toBe(true);
    }
    expect(doc.reviews.length).toBe(365 * 12 + 1);
  });
});

describe('export, then import into an empty home', () => {
  it('reproduces every table of the database, row for row and column for column', () => {
    expect(dumpTables(b)).toEqual(dumpTables(a));
  });

  it('a second export is the same document apart from exportedAt', () => {
    expect(exportText(b, '2099-01-01T00:00:00.000Z').replace('2099-01-01T00:00:00.000Z', '2027-03-01T00:00:00.000Z')).toBe(first);
  });

  it('importing the same file again changes nothing', () => {
    const before = dumpTables(b);
    const plan = importInto(b, doc);
    expect(changesAnything(plan)).toBe(false);
    expect(Object.values(plan.counts).every((c) => c.added === 0 && c.updated === 0)).toBe(true);
    expect(dumpTables(b)).toEqual(before);
  });
});

describe('merging into a home with other history', () => {
  let c: Store;
  beforeAll(async () => {
    // The same items graded differently over an overlapping period, plus its own story and interview.
    c = await seedHistory(join(t.dir, 'c.db'), { start: at('2026-09-01T07:30:00Z'), days: 200, reviewsPerDay: 6, items: ITEMS.slice(1), seed: 99, tag: 'c' });
  });
  afterAll(() => c.close());

  it('adds every review once, keeps the others, and recomputes each touched card from its merged reviews', () => {
    const mine = (c.db.prepare('SELECT count(*) FROM reviews').pluck().get() as number);
    const plan = importInto(c, doc);
    expect(plan.replay).toEqual(ITEMS.slice(1).sort());
    expect(c.db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(mine + doc.reviews.length);
    expect(c.db.prepare('SELECT count(*) FROM (SELECT card_id, reviewed_at, rating FROM reviews GROUP BY 1, 2, 3 HAVING count(*) > 1)').pluck().get()).toBe(0);
    for (const id of ITEMS.slice(1)) {
      const rows = c.db.prepare('SELECT rating, card_after FROM reviews WHERE card_id = ? ORDER BY reviewed_at, id').all(id) as { rating: string; card_after: string }[];
      const card = c.db.prepare('SELECT reps, last_review, state FROM cards WHERE id = ?').get(id) as { reps: number; last_review: string; state: string };
      // The card is the last step of the replay, and each review's snapshot follows from the one before.
      expect(card.reps).toBe(rows.length);
      expect(JSON.parse(rows.at(-1)!.card_after)).toMatchObject({ reps: rows.length, lastReview: card.last_review, state: card.state });
    }
    // The untouched item keeps its card exactly as exported.
    expect(c.getCard(ITEMS[0]!)).toEqual(b.getCard(ITEMS[0]!));
    expect(c.db.prepare('SELECT id FROM stories ORDER BY id').pluck().all()).toEqual(['churn-rescue-a', 'churn-rescue-c']);
  });

  it('is idempotent, and merging back the other way adds nothing new', () => {
    const before = dumpTables(c);
    expect(changesAnything(importInto(c, doc))).toBe(false);
    expect(dumpTables(c)).toEqual(before);
    const back = JSON.parse(exportText(c)) as ExportDoc;
    const reviewsInC = back.reviews.length;
    const plan = importInto(b, back);
    expect(plan.counts.reviews.added).toBe(reviewsInC - doc.reviews.length);
    expect(b.db.prepare('SELECT count(*) FROM reviews').pluck().get()).toBe(reviewsInC);
  });
});
