import { describe, expect, it } from 'vitest';
import { startDrill, step, type DrillItem } from '../../src/core/drill.js';
import { gradeFrame, liveFrame } from '../../src/format/drill-view.js';
import { plain } from '../../src/format/paint.js';
import { visibleLength } from '../../src/format/text.js';

const T0 = 0;
const item = (points: number): DrillItem => ({
  id: 'design-x',
  budget: 60,
  phases: [{ id: 'requirements', title: 'Requirements', seconds: 60, hint: 'Users, scale in numbers, latency, accuracy target, constraints.' }],
  keyPoints: Array.from({ length: points }, (_, i) => ({ point: `Key point number ${i} says something long enough to wrap on a narrow screen`, evidence: ['alpha', 'beta'], phase: i < 5 ? 'requirements' : 'architecture' })),
});
const height = (frame: string, width: number) => frame.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(visibleLength(l) / width)), 0);
const previews = { again: 60_000, hard: 360_000, good: 600_000, easy: 6 * 86_400_000 };

describe('live frames never outgrow the terminal', () => {
  it.each([
    [50, 15, 30],
    [80, 24, 12],
    [40, 10, 3],
    [120, 40, 20],
  ])('%d×%d with %d key points', (width, rows, points) => {
    const v = { paint: plain, width, rows, grading: 'four' as const };
    let s = startDrill([item(points)], T0);
    for (let i = 0; i < 30; i++) s = step(s, { type: 'edit', action: { kind: 'insert', text: `line ${i} of a long typed answer that keeps going and going\n` }, at: T0 + i });
    expect(height(liveFrame(s, v), width)).toBeLessThanOrEqual(rows - 1);
    s = step(s, { type: 'submit', at: T0 + 100 });
    const g = gradeFrame(s, previews, v);
    expect(height(g, width)).toBeLessThanOrEqual(rows - 1);
    expect(g).toMatch(/1\/2\/3\/4/); // the grade keys, in the longest wording that fits
    expect(g).toMatch(/Next review:/);
  });

  it.each([
    [60, 15, 10], // the 4 intro rows stay visible above the frame
    [100, 30, 25],
    [40, 10, 9], // too small to keep the intro too: the frame still fits the screen
  ])('%d×%d with one 3,000-character paragraph of mixed-width text and the intro reserved', (width, rows, max) => {
    const v = { paint: plain, width, rows, grading: 'four' as const, introRows: 4 };
    let s = startDrill([item(3)], T0);
    s = step(s, { type: 'edit', action: { kind: 'insert', text: 'OLS assumes linearity 日本語 🚀 and more words. '.repeat(70) }, at: T0 + 1 });
    const frame = liveFrame(s, v);
    expect(height(frame, width)).toBeLessThanOrEqual(max);
    expect(frame).toMatch(/rows above/);
    for (const line of frame.split('\n')) expect(visibleLength(line)).toBeLessThanOrEqual(width);
  });
});
