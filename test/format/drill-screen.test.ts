import { beforeAll, describe, expect, it } from 'vitest';
import { startDrill, step, type DrillEvent, type DrillItem, type DrillState } from '../../src/core/drill.js';
import type { LoadedItem } from '../../src/core/types.js';
import { drillScreen, type DrillView } from '../../src/format/drill-screen.js';
import { plain } from '../../src/format/paint.js';
import { visibleLength } from '../../src/format/text.js';
import { preciseWidths } from '../../src/format/width.js';

beforeAll(() => preciseWidths());

const LONG = 'Cross-validation estimates generalisation by rotating which fold is held out, and crossvalidation scores vary with the split. ';
const loaded = (points: number, over: Partial<LoadedItem> = {}): LoadedItem => ({
  id: 'ml-x', type: 'concept', topic: 'eval-fit', roles: ['ds'], difficulty: 'medium', tags: [], bank: 'ml', file: 'ml.yaml', line: 1,
  prompt: `Explain cross-validation and when it misleads you. ${'Say what you would check first. '.repeat(3)}`,
  answer: LONG.repeat(6), key_points: Array.from({ length: points }, (_, i) => ({ point: `Key point number ${i} says something long enough to wrap`, evidence: ['alpha', 'beta'] })),
  ...over,
} as LoadedItem);
const drillItem = (points: number): DrillItem => ({
  id: 'ml-x', budget: 60, phases: [{ id: 'definition', title: 'Definition', seconds: 60, hint: 'Say what it is in one or two plain sentences.' }],
  keyPoints: Array.from({ length: points }, (_, i) => ({ point: `Key point number ${i} says something long enough to wrap`, evidence: ['alpha', 'beta'] })),
});
const view = (item: LoadedItem): DrillView => ({
  paint: plain, item: () => item, offer: () => '', revealExtra: () => '', stamp: (iso) => iso,
  previews: () => ({ again: 60_000, hard: 360_000, good: 600_000, easy: 6 * 86_400_000 }),
});
const key = (sequence: string, at: number, name?: string, ctrl = false): DrillEvent => ({ type: 'key', key: { sequence, ...(name ? { name } : {}), ctrl }, at });
/** Render, and tell the reducer what the view measured, as the session does. */
function frame(s: DrillState, v: DrillView): { s: DrillState; lines: string[] } {
  const f = drillScreen(s, v);
  const next = step(s, { type: 'measured', page: f.page, maxScroll: f.maxScroll });
  return { s: next, lines: drillScreen(next, v).lines };
}

describe('the drill screen', () => {
  it.each([
    [50, 15, 30],
    [80, 24, 12],
    [40, 10, 3],
    [120, 40, 20],
  ])('%d×%d with %d key points: every frame fits, the prompt and countdown stay, the grade keys show', (columns, rows, points) => {
    const v = view(loaded(points));
    let s = startDrill({ items: [drillItem(points)], at: 0, screen: { columns, rows } });
    for (let i = 0; i < 30; i++) {
      s = step(s, key(`line ${i} of a long typed answer that keeps going and going`, i * 100));
      s = step(s, key('\r', i * 100 + 50, 'return'));
      s = step(s, { type: 'tick', at: i * 100 + 60 });
      const { lines } = frame(s, v);
      expect(lines.length).toBeLessThanOrEqual(rows);
      for (const l of lines) expect(visibleLength(l)).toBeLessThan(columns);
      expect(lines[1]).toMatch(/^Explain cross-validation/);
      expect(lines.some((l) => /⏱ [01]:\d\d/.test(l))).toBe(true);
      expect(lines.some((l) => l.includes('\u001b[7m'))).toBe(true); // the cursor is in view
    }
    s = step(s, key('\u0004', 5000, 'd', true));
    const { lines } = frame(s, v);
    expect(lines.length).toBeLessThanOrEqual(rows);
    expect(lines.join('\n')).toMatch(/1\/2\/3\/4/);
    expect(lines.join('\n')).toMatch(/Next review:/);
  });

  it('a reveal longer than the screen pages, with the grade keys pinned; paging reaches the end', () => {
    const v = view(loaded(6));
    let s = startDrill({ items: [drillItem(6)], at: 0, screen: { columns: 80, rows: 24 } });
    s = step(s, key(LONG.repeat(3), 10));
    s = step(s, key('\u0004', 20, 'd', true));
    let f = frame(s, v);
    expect(f.lines.join('\n')).toMatch(/rows 1-\d+ of \d+ · PgDn\/space: more/);
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      f.lines.forEach((l) => seen.add(l));
      expect(f.lines[f.lines.length - 1]).toMatch(/1\/2\/3\/4/);
      f = frame(step(f.s, { type: 'key', key: { name: 'space', sequence: ' ' }, at: 30 + i }), v);
    }
    expect(f.lines.join('\n')).toMatch(/the end/);
    expect([...seen].some((l) => /regularis|held out/.test(l))).toBe(true);
  });

  it('wraps the typed answer and the model answer on word boundaries (no word split across rows)', () => {
    const v = view(loaded(3));
    let s = startDrill({ items: [drillItem(3)], at: 0, screen: { columns: 80, rows: 60 } });
    s = step(s, key(LONG.repeat(3), 10));
    s = step(s, key('\u0004', 20, 'd', true));
    const { lines } = frame(s, v);
    // A word split across rows: the last letters of one row and the first of the next make a word of the text.
    const words = new Set(`${LONG} ${loaded(3).answer}`.toLowerCase().match(/[a-z]+/g));
    for (let i = 1; i + 1 < lines.length; i++) {
      const tail = lines[i]!.toLowerCase().match(/[a-z]+$/)?.[0];
      const head = lines[i + 1]!.trim().toLowerCase().match(/^[a-z]+/)?.[0];
      if (tail && head) expect(words.has(tail + head) && !words.has(tail), `"${lines[i]}" / "${lines[i + 1]}"`).toBe(false);
    }
    expect(lines.join('\n')).toContain('crossvalidation');
  });

  it('shows the running line only while the code runs, then the results', () => {
    const item: DrillItem = { ...drillItem(0), id: 'c', starter: 'def f():\n    pass', check: 'tests' };
    const v = view(loaded(0, { id: 'c' }));
    let s = startDrill({ items: [item], at: 0, screen: { columns: 80, rows: 30 } });
    s = step(s, key('  # mine', 5));
    s = step(s, key('\u0004', 6, 'd', true));
    expect(frame(s, v).lines.join('\n')).toMatch(/Running your code against the tests…/);
    s = step(s, { type: 'checked', attempt: s.attempt.id, outcome: { kind: 'tests', tests: [{ name: 'test_a', ok: true, hidden: false }, { name: 'test_b', ok: false, hidden: true, error: 'AssertionError' }] } });
    const after = frame(s, v).lines.join('\n');
    expect(after).not.toMatch(/Running your code/);
    expect(after).toMatch(/Tests: 1\/2 passed[\s\S]*✗ test_b \(hidden\): AssertionError[\s\S]*Score: 50%/);
  });

  it('names the candidate\'s words, a contradicted point with its sentence, and the misconception with its correction', () => {
    const points = [{ point: 'Bias is error from too simple a model.', evidence: ['bias', 'underfit'] }, { point: 'Variance is sensitivity to the sample.', evidence: ['variance', 'overfit'] }];
    const item: DrillItem = { ...drillItem(0), keyPoints: points };
    const v = view(loaded(0, { key_points: points }));
    let s = startDrill({ items: [item], at: 0, screen: { columns: 100, rows: 40 } });
    s = step(s, key('Simple models are underfitting. Variance comes from a model that is too simple.', 5));
    s = step(s, key('\u0004', 6, 'd', true));
    expect(frame(s, v).lines.join('\n')).toMatch(/✓ a\) Bias is error from too simple a model\. \(said: underfitting\)/);
    const grade = {
      ...s.attempt.grade!,
      points: [s.attempt.grade!.points[0]!, { ...s.attempt.grade!.points[1]!, covered: false, contradicted: true, evidence: 'Variance comes from a model that is too simple.' }],
      misconceptions: [{ claim: 'Variance comes from simple models.', sentence: 'Variance comes from a model that is too simple.', point: 1, correction: 'Variance comes from a model too flexible for the data.' }],
    };
    s = { ...s, attempt: { ...s.attempt, grade, marks: ['covered', 'contradicted'] } };
    const rows = frame(s, v).lines.join('\n');
    const text = rows.replace(/\s+/g, ' ');
    expect(rows).toMatch(/✗ b\) Variance is sensitivity to the sample\. — contradicted\n\s+You wrote: “Variance comes from a model that is too simple\.”/);
    expect(text).toMatch(/You said: “Variance comes from a model that is too simple\.” In fact: Variance comes from a model too flexible/);
    expect(rows).toMatch(/Coverage: 25% · a point contradicted/); // halved for the contradiction, as the grader counts
    expect(rows).toMatch(/\[1 Again 1m\]/);
  });
});
