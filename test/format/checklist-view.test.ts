import { describe, expect, it } from 'vitest';
import { buildChecklist, type Interview } from '../../src/core/checklist.js';
import type { ChecklistFile } from '../../src/core/schema.js';
import { formatChecklist, visibleStages } from '../../src/format/checklist-view.js';

const file: ChecklistFile = {
  stages: ['d-7', 'd-3', 'd-1', 'd0', 'd+1'].map((id) => ({ id, title: id, offset_days: Number(id.slice(1)), items: [{ id: `${id}-item`, text: 'Do it.' }] })),
};
const iv: Interview = { id: 'acme', company: 'Acme', date: '2026-03-14' };
const report = (today: string, interview: Interview | null = iv, checked: string[] = []) => buildChecklist({ checklist: file, interview, today, checked: new Set(checked), actions: new Map() });
const plain = (_style: string, text: string) => text;

describe('visibleStages', () => {
  it.each<[string, string, boolean, string[]]>([
    ['two weeks out: every stage', '2026-03-01', false, ['d-7', 'd-3', 'd-1', 'd0', 'd+1']],
    ['d-7: now and next', '2026-03-07', false, ['d-7', 'd-3']],
    ['d-3: overdue d-7, now and next', '2026-03-11', false, ['d-7', 'd-3', 'd-1']],
    ['on the day: only the day', '2026-03-14', false, ['d0']],
    ['the day after: only the follow-ups', '2026-03-15', false, ['d+1']],
    ['--all: everything', '2026-03-14', true, ['d-7', 'd-3', 'd-1', 'd0', 'd+1']],
  ])('%s', (_n, today, all, ids) => {
    expect(visibleStages(report(today), all).map((s) => s.id)).toEqual(ids);
  });

  it('a past stage with everything done is not shown again', () => {
    expect(visibleStages(report('2026-03-11', iv, ['d-7-item']), false).map((s) => s.id)).toEqual(['d-3', 'd-1']);
  });

  it.each([
    ['2026-03-14', false, true],
    ['2026-03-14', true, false],
    ['2026-03-01', false, false], // nothing hidden
  ])('on %s with --all %s the footer mentions --all: %s', (today, all, mentions) => {
    expect(formatChecklist(report(today), { paint: plain as never, width: 80, all }).includes('--all shows every stage')).toBe(mentions);
  });
});
