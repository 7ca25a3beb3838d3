/** Search on the real bank cache: the relevance set, hostile input, the report's promises, filters. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createContext, type Ctx } from '../../src/context.js';
import { runSearch, type SearchReport } from '../../src/commands/search.js';
import { FIXTURES, tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
let ctx: Ctx;
const io = { stdin: process.stdin, stdout: { write: () => true }, stderr: { write: () => true } };
beforeAll(() => {
  t = tempDir();
  ctx = createContext({ PREP_HOME: t.dir }, io, { bankDir: [], json: true, color: false });
});
afterAll(() => {
  ctx.close();
  t.done();
});

const cases = JSON.parse(readFileSync(join(FIXTURES, 'search-relevance.json'), 'utf8')) as { query: string; id: string }[];

describe('search relevance on the shipped banks', () => {
  it('has at least 80 cases, each naming a shipped item', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const ids = new Set((await ctx.index()).items.map((i) => i.id));
    expect(cases.filter((c) => !ids.has(c.id))).toEqual([]);
  });

  it('puts the answering item first in >= 70% and in the top 3 in >= 90% of the questions', async () => {
    let top1 = 0;
    let top3 = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const ids = (await runSearch(ctx, c.query, {}, 3)).results.map((r) => r.id);
      if (ids[0] === c.id) top1++;
      if (ids.includes(c.id)) top3++;
      else misses.push(`${c.query} -> ${c.id} (got ${ids.join(', ')})`);
    }
    const share = (n: number) => n / cases.length;
    expect(share(top3), misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(share(top1)).toBeGreaterThanOrEqual(0.7);
  }, 60_000);
});

const nonIncreasing = (r: SearchReport) => r.results.every((x, i) => i === 0 || x.score <= r.results[i - 1]!.score);

describe('search input', () => {
  it.each(['"', 'NOT', 'prompt:', '*', '?', '[', '🙂', 'a AND (b OR', 'NEAR(x y)', '{id}: x', '^x', 'x"y"z"', '-', '\u0000\u001b[2J', 'a'.repeat(500)])(
    '%j searches and never throws',
    async (q) => {
      const r = await runSearch(ctx, q, {}, 5).catch((e: { code?: string }) => e);
      // Input with no word at all is a usage error (exit 2); anything else is a report.
      if ('code' in r && r.code) expect(r.code).toBe('usage');
      else expect(nonIncreasing(r as SearchReport)).toBe(true);
    },
  );

  it('random pastes never throw and rank by a non-increasing score (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.constantFrom('"', 'NOT', 'bias', 'k-means', 'A/B', '*', ':', '(', 'test*', 'type 2 error', 'vs'), { maxLength: 8 }).map((a) => a.join(' '))), async (q) => {
        try {
          expect(nonIncreasing(await runSearch(ctx, q, {}, 10))).toBe(true);
        } catch (e) {
          expect((e as { code?: string }).code).toBe('usage');
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('search results', () => {
  it('say which fields matched, with a highlighted snippet', async () => {
    const [top] = (await runSearch(ctx, 'A/B testing', {}, 1)).results;
    expect(top!.id).toBe('stats-ab-testing');
    expect(top!.matched.fields).toContain('prompt');
    const marked = top!.matched.highlights.map(([s, e]) => top!.matched.snippet.slice(s, e).toLowerCase());
    expect(marked.some((m) => /a\/b test|ab.testing/.test(m))).toBe(true);
  });

  it('fix a typo and say so', async () => {
    const r = await runSearch(ctx, 'bias varience', {}, 3);
    expect(r.didYouMean).toBe('bias variance');
    expect(r.results[0]!.id).toBe('ml-bias-variance');
    expect((await runSearch(ctx, 'bias variance', {}, 3)).didYouMean).toBeUndefined();
  });

  it('apply the filters inside the query', async () => {
    const all = await runSearch(ctx, 'gradient', {}, 50);
    const dl = await runSearch(ctx, 'gradient', { bank: ['dl'], difficulty: ['hard', 'medium'], role: ['mle'] }, 50);
    expect(new Set(all.results.map((r) => r.bank)).size).toBeGreaterThan(1);
    expect(dl.results.length).toBeGreaterThan(0);
    const items = new Map((await ctx.index()).items.map((i) => [i.id, i]));
    for (const r of dl.results) {
      const it = items.get(r.id)!;
      expect([it.bank, ['hard', 'medium'].includes(it.difficulty), it.roles.includes('mle')]).toEqual(['dl', true, true]);
    }
    expect((await runSearch(ctx, 'gradient', { type: ['ask'] }, 5)).results).toEqual([]);
  });
});

describe('search on user banks', () => {
  it('indexes a user bank and finds its words (fixture content)', async () => {
    const u = tempDir();
    const c = createContext({ PREP_HOME: u.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content') }, io, { bankDir: [], json: true, color: false });
    try {
      const r = await runSearch(c, 'simpler models', {}, 5);
      expect(r.results.map((x) => x.id)).toContain('mini-bias-variance');
    } finally {
      c.close();
      u.done();
    }
  });
});
