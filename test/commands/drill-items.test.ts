import { describe, expect, it } from 'vitest';
import { toDrillItem, type DrillContent } from '../../src/commands/drill-items.js';
import { parseTime } from '../../src/commands/drill.js';
import type { LoadedItem } from '../../src/core/types.js';

const phase = (id: string, seconds: number) => ({ id, title: id, seconds });
const content: DrillContent = {
  frameworks: new Map([
    ['concept', { id: 'concept', title: 'Concept', phases: [phase('definition', 30), phase('why', 30), phase('example', 60), phase('tradeoffs', 30)] }],
    ['design', { id: 'design', title: 'Design', phases: [phase('requirements', 120), phase('architecture', 300), phase('data-flow', 180), phase('monitoring', 120), phase('scaling', 120)] }],
  ]) as DrillContent['frameworks'],
  templates: new Map(),
};
const anItem = (over: Partial<LoadedItem>): LoadedItem =>
  ({ id: 'x-one', type: 'concept', topic: 't', roles: ['ds'], difficulty: 'easy', tags: [], prompt: 'p', answer: 'a', key_points: [], bank: 'x', file: 'x.yaml', line: 1, ...over }) as LoadedItem;
const design = anItem({ type: 'design', phases: {}, requirements: [], tradeoffs: [] } as Partial<LoadedItem>);

describe('time budget per drill item', () => {
  it.each([
    ['concept, auto', anItem({}), '--time auto', 1, 150],
    ['concept, item override', anItem({ time_limit: 100 }), '--time auto', 1, 100],
    ['concept, time_scale 0.5', anItem({}), '--time auto', 0.5, 75],
    ['concept, --full changes nothing', anItem({}), '--full', 1, 150],
    ['design, auto', design, '--time auto', 1, 840],
    ['design, --full triples', design, '--full', 1, 2520],
    ['design, --full with time_scale', design, '--full', 0.5, 1260],
    ['design, fixed', design, '--time 60', 1, 60],
    ['design, off', design, '--time off', 1, null],
  ] as const)('%s', (_name, item, flag, scale, budget) => {
    const time = flag === '--full' ? parseTime(undefined, true) : parseTime(flag.split(' ')[1]);
    expect(toDrillItem(item, content, time, scale).budget).toBe(budget);
  });

  it('--full with a fixed --time is a usage error', () => {
    expect(() => parseTime('90', true)).toThrow(/--full/);
  });
});

describe('what a drill item is graded on', () => {
  it('a code review ticks its bugs (not its key points), as prep score grades it', () => {
    const review = anItem({ type: 'code_review', code: 'x = 1', bugs: [{ line: 3, issue: 'leaks the test set', fix: 'split first' }], key_points: [{ point: 'finds the leak', evidence: ['leak'] }] } as Partial<LoadedItem>);
    const d = toDrillItem(review, content, parseTime(undefined), 1);
    expect(d.keyPoints.map((k) => k.point)).toEqual(['Line 3: leaks the test set']);
    expect(d.bugs).toEqual([{ line: 3, issue: 'leaks the test set' }]);
  });
});
