import { describe, expect, it } from 'vitest';
import { columns, gauge, hbar, heatmap } from '../../src/format/charts.js';

describe('charts', () => {
  it.each([[0, 10, 4, ''], [10, 10, 4, '████'], [5, 10, 4, '██'], [1, 8, 1, '▏'], [20, 10, 2, '██']])('hbar(%f, %f, %i) = %j', (v, max, w, out) => expect(hbar(v, max, w)).toBe(out));

  it('gauge marks the target whatever the value', () => {
    expect(gauge(0.5, 0.9, 10)).toBe('█████░░░░│'); // the mark is the cell after 90%
    expect(gauge(1, 0.9, 10)).toBe('█████████│');
  });

  it('columns: the tallest reaches the top row, zero stays blank, labels at the ends', () => {
    const out = columns([0, 4, 8], { height: 2, labels: ['a', 'b', 'c'] }).split('\n');
    expect(out).toEqual(['8 ┤  █', '0 ┤ ██', '   a b c'.replace('a b c', 'abc')]);
  });

  it('heatmap: 53 weeks of 7 days by quartile, Monday first; the future is blank; within 80 columns', () => {
    const counts = new Map([['2026-03-02', 1], ['2026-03-03', 5], ['2026-03-04', 9], ['2026-03-05', 20]]);
    const rows = heatmap(counts, '2026-03-05').split('\n');
    expect(rows).toHaveLength(9);
    for (const r of rows) expect([...r].length).toBeLessThanOrEqual(80);
    const last = (r: string) => r.slice(4).at(-1);
    expect([1, 2, 3, 4].map((i) => last(rows[i]!))).toEqual(['░', '▒', '▓', '█']); // Mon 2 March .. Thu 5 March, one per quartile
    // Friday 6 March is still to come: that row ends a column earlier, with Friday 27 February (no reviews)
    expect(last(rows[5]!)).toBe('·');
    expect(rows[5]!.length).toBe(rows[4]!.length - 1);
    expect(rows[8]).toMatch(/less · ░ ▒ ▓ █ more {2}\(█: more than 9 reviews\)/);
  });
});
