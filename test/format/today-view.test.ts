import { describe, expect, it } from 'vitest';
import type { TodayReport } from '../../src/commands/today-report.js';
import { formatToday } from '../../src/format/today-view.js';

const report: TodayReport = {
  version: 1, now: '2026-03-01T09:00:00.000Z', studyDay: '2026-03-01',
  due: { items: 3, overdue: 1, learning: 0, stories: 0 }, newAvailable: 4, reviewedToday: 2, nextDueAt: null,
  goal: { unit: 'reviews', target: 20, done: 2, met: false }, streak: { days: 1, today: true, longest: 4 },
  interview: null, readiness: null, deadline: null, mocks: null, next: { text: '3 due', command: 'prep review' },
};
/** Marks styles as <s>…</s> so a style cut by wrapping shows up. */
const mark = (style: string, s: string) => `<${style}>${s}</${style}>`;

describe('formatToday', () => {
  it('wraps values under themselves and paints each wrapped line whole', () => {
    const out = formatToday(report, mark as never, { timeZone: 'UTC', now: new Date(report.now) }, 60);
    const lines = out.split('\n');
    for (const l of lines) {
      expect(l.replace(/<\/?[a-z]+>/g, '').length).toBeLessThanOrEqual(60);
      for (const style of ['dim', 'bold']) expect(l.split(`<${style}>`).length).toBe(l.split(`</${style}>`).length);
    }
    expect(out).toMatch(/<bold>Interview  <\/bold><dim>none planned \(prep interview add ACME --date<\/dim>\n {11}<dim>YYYY-MM-DD --role "ML Engineer"\)<\/dim>/);
    expect(lines.at(-1)).toBe('<bold>Next:</bold> 3 due: `prep review`');
  });
});
