import { describe, expect, it } from 'vitest';
import { buildReadiness } from '../../src/core/readiness.js';

describe('buildReadiness', () => {
  it('averages over every relevant item, unseen as 0; weakest topic first; ready only when all reach the desired retention', () => {
    const r = buildReadiness([
      { topic: 'eval', items: 4, seen: 4, recallSum: 3.8, lapsing: 0 },
      { topic: 'trees', items: 5, seen: 2, recallSum: 1.8, lapsing: 1 },
      { topic: 'empty', items: 0, seen: 0, recallSum: 0, lapsing: 0 },
    ], 0.9, '2026-03-30');
    expect(r).toMatchObject({ date: '2026-03-30', items: 9, seen: 6, unseen: 3, lapsing: 1, overall: 0.622, ready: false });
    expect(r.topics.map((t) => [t.topic, t.readiness, t.unseen])).toEqual([['trees', 0.36, 3], ['eval', 0.95, 0]]);
  });
  it.each([
    [[{ topic: 'a', items: 2, seen: 2, recallSum: 1.9, lapsing: 0 }], true],
    [[], false],
  ])('ready: %j -> %s', (rows, ready) => expect(buildReadiness(rows, 0.9, '2026-03-30').ready).toBe(ready));
});
