import { describe, expect, it } from 'vitest';
import {
  alsoThisWeek,
  buildChecklist,
  daysBetween,
  daysOrNull,
  defaultInterview,
  interviewDateProblem,
  interviewSlug,
  nextInterview,
  resolveInterview,
  stageStart,
  type ActionState,
  type Interview,
} from '../../src/core/checklist.js';
import type { ChecklistFile } from '../../src/core/schema.js';
import { PrepError } from '../../src/errors.js';

const anInterview = (over: Partial<Interview> = {}): Interview => ({ id: 'acme', company: 'Acme', date: '2026-03-14', ...over });

/** Stages deliberately out of order: the report sorts them by offset. */
const checklist: ChecklistFile = {
  stages: [
    { id: 'd0', title: 'Interview day', offset_days: 0, items: [{ id: 'arrive-early', text: 'Arrive early.' }] },
    {
      id: 'd-7',
      title: 'One week before',
      offset_days: -7,
      items: [
        { id: 'research-stack', text: 'Research the stack.', detail: 'Job post, blog, GitHub.' },
        { id: 'practice-coding', text: 'Practise coding.', action: { kind: 'drill', filter: { bank: ['coding'] }, min_reviews: 5 } },
      ],
    },
    { id: 'd-3', title: 'Three days before', offset_days: -3, items: [{ id: 'mock-interview', text: 'Do a mock interview.' }] },
    { id: 'd-1', title: 'The day before', offset_days: -1, items: [{ id: 'sleep', text: 'Sleep.' }] },
    { id: 'd+1', title: 'The day after', offset_days: 1, items: [{ id: 'thank-you-note', text: 'Send a note.' }] },
  ],
};

const build = (today: string, over: { interview?: Interview | null; checked?: string[]; actions?: [string, ActionState][] } = {}) =>
  buildChecklist({
    checklist,
    interview: over.interview === undefined ? anInterview() : over.interview,
    today,
    checked: new Set(over.checked ?? []),
    actions: new Map(over.actions ?? []),
  });

const statuses = (today: string) => Object.fromEntries(build(today).stages.map((s) => [s.id, s.status]));
const item = (r: ReturnType<typeof build>, id: string) => r.stages.flatMap((s) => s.items).find((i) => i.id === id)!;

describe('calendar arithmetic', () => {
  it.each([
    ['2026-03-14', -7, '2026-03-07'],
    ['2026-03-03', -7, '2026-02-24'], // across a month
    ['2028-03-02', -3, '2028-02-28'], // across 29 February
    ['2026-01-02', -3, '2025-12-30'], // across a year
    ['2026-03-31', 1, '2026-04-01'],
    ['2026-03-29', 0, '2026-03-29'], // a DST change in Europe: calendar days are unaffected
  ])('%s %+d days -> %s', (date, offset, start) => {
    expect(stageStart(date, offset)).toBe(start);
  });

  it.each([
    ['2026-03-07', '2026-03-14', 7],
    ['2026-03-14', '2026-03-14', 0],
    ['2026-03-15', '2026-03-14', -1],
    ['2026-02-27', '2026-03-01', 2],
    ['2028-02-27', '2028-03-01', 3],
    ['2025-12-31', '2026-01-01', 1],
  ])('%s to %s is %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each(['2026-02-30', '2026-3-1', 'tomorrow', ''])('rejects %j with a hint', (bad) => {
    expect(() => daysBetween(bad, '2026-03-01')).toThrow(PrepError);
    expect(() => stageStart(bad, 0)).toThrow(/is not a calendar date/);
  });

  it.each([
    ['0000-01-01', '0000-01-02', 1], // years 0-99 are not read as 1900-1999
    ['0099-12-31', '0100-01-01', 1],
    ['1969-12-31', '1970-01-01', 1],
  ])('%s to %s is %d days (early years)', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(daysOrNull(from, to)).toBe(days);
  });

  it.each(['0000-01-01', '0001-06-01', '0099-12-31', '1969-12-31', '2101-01-01', '2026-02-30', 'x', ''])('%j is not an interview date', (bad) => {
    expect(interviewDateProblem(bad)).toMatch(/out of range|not a calendar date/);
  });

  it.each(['1970-01-01', '2026-12-01', '2100-12-31'])('%s is an interview date', (good) => {
    expect(interviewDateProblem(good)).toBeUndefined();
  });

  it('daysOrNull is null for a bad stored date; nextInterview skips it', () => {
    expect(daysOrNull('2026-03-01', 'not-a-date')).toBeNull();
    expect(nextInterview([anInterview({ id: 'bad', date: 'zzz' }), anInterview()], '2026-03-01')?.id).toBe('acme');
  });
});

describe('stage status around the interview on 2026-03-14', () => {
  it.each([
    ['2026-03-01', 13, { 'd-7': 'upcoming', 'd-3': 'upcoming', 'd-1': 'upcoming', d0: 'upcoming', 'd+1': 'upcoming' }],
    ['2026-03-06', 8, { 'd-7': 'upcoming', 'd-3': 'upcoming', 'd-1': 'upcoming', d0: 'upcoming', 'd+1': 'upcoming' }],
    ['2026-03-07', 7, { 'd-7': 'current', 'd-3': 'upcoming', 'd-1': 'upcoming', d0: 'upcoming', 'd+1': 'upcoming' }],
    ['2026-03-08', 6, { 'd-7': 'current', 'd-3': 'upcoming', 'd-1': 'upcoming', d0: 'upcoming', 'd+1': 'upcoming' }],
    ['2026-03-10', 4, { 'd-7': 'current', 'd-3': 'upcoming', 'd-1': 'upcoming', d0: 'upcoming', 'd+1': 'upcoming' }],
    ['2026-03-11', 3, { 'd-7': 'past', 'd-3': 'current', 'd-1': 'upcoming', d0: 'upcoming', 'd+1': 'upcoming' }],
    ['2026-03-13', 1, { 'd-7': 'past', 'd-3': 'past', 'd-1': 'current', d0: 'upcoming', 'd+1': 'upcoming' }],
    ['2026-03-14', 0, { 'd-7': 'past', 'd-3': 'past', 'd-1': 'past', d0: 'current', 'd+1': 'upcoming' }],
    ['2026-03-15', -1, { 'd-7': 'past', 'd-3': 'past', 'd-1': 'past', d0: 'past', 'd+1': 'current' }],
    ['2026-03-16', -2, { 'd-7': 'past', 'd-3': 'past', 'd-1': 'past', d0: 'past', 'd+1': 'current' }], // follow-ups stay current a week
    ['2026-03-21', -7, { 'd-7': 'past', 'd-3': 'past', 'd-1': 'past', d0: 'past', 'd+1': 'current' }],
    ['2026-03-22', -8, { 'd-7': 'past', 'd-3': 'past', 'd-1': 'past', d0: 'past', 'd+1': 'past' }],
  ])('on %s (%d days left)', (today, daysLeft, expected) => {
    const r = build(today);
    expect(r.interview?.daysLeft).toBe(daysLeft);
    expect(statuses(today)).toEqual(expected);
  });

  it('sorts stages by offset and dates their starts', () => {
    const r = build('2026-03-01');
    expect(r.stages.map((s) => [s.id, s.starts])).toEqual([
      ['d-7', '2026-03-07'],
      ['d-3', '2026-03-11'],
      ['d-1', '2026-03-13'],
      ['d0', '2026-03-14'],
      ['d+1', '2026-03-15'],
    ]);
  });

  it.each([
    // today, item, dueNow, overdue
    ['2026-03-06', 'research-stack', false, false], // not started yet
    ['2026-03-07', 'research-stack', true, false], // exactly 7 days out
    ['2026-03-08', 'research-stack', true, false], // 6 days out: still d-7
    ['2026-03-11', 'research-stack', true, true], // 3 days out: d-3 has started
    ['2026-03-11', 'mock-interview', true, false],
    ['2026-03-11', 'sleep', false, false],
    ['2026-03-14', 'arrive-early', true, false],
    ['2026-03-14', 'sleep', true, true], // on the day, the day before's items are overdue
    ['2026-03-15', 'arrive-early', false, false], // the interview is over: only the follow-ups matter
    ['2026-03-15', 'research-stack', false, false],
    ['2026-03-15', 'thank-you-note', true, false], // the day after: d+1 current
    ['2026-03-21', 'thank-you-note', true, false],
    ['2026-03-22', 'thank-you-note', true, true],
    ['2026-03-22', 'sleep', false, false],
  ])('on %s %s: dueNow %s, overdue %s', (today, id, dueNow, overdue) => {
    expect(item(build(today), id)).toMatchObject({ done: false, dueNow, overdue });
  });

  it('an optional item is due but never overdue', () => {
    const file: ChecklistFile = { stages: [{ id: 'd-3', title: 'Three days before', offset_days: -3, items: [{ id: 'rehearse', text: 'Optional: rehearse.', optional: true }] }, { id: 'd-1', title: 'The day before', offset_days: -1, items: [] }] };
    const r = buildChecklist({ checklist: file, interview: anInterview(), today: '2026-03-13', checked: new Set(), actions: new Map() });
    expect(item(r, 'rehearse')).toMatchObject({ done: false, dueNow: true, overdue: false });
  });

  it('a done item is neither due nor overdue', () => {
    expect(item(build('2026-03-11', { checked: ['research-stack'] }), 'research-stack')).toMatchObject({ done: true, checked: true, dueNow: false, overdue: false });
  });

  it('reports the interview with its role, and copies item details and actions', () => {
    const r = build('2026-03-07', { interview: anInterview({ role: 'ML engineer', notes: 'panel' }) });
    expect(r).toMatchObject({ version: 1, today: '2026-03-07', interview: { id: 'acme', company: 'Acme', date: '2026-03-14', daysLeft: 7, role: 'ML engineer' } });
    expect(build('2026-03-07').interview).not.toHaveProperty('role');
    expect(item(r, 'research-stack')).toEqual({ id: 'research-stack', text: 'Research the stack.', detail: 'Job post, blog, GitHub.', done: false, overdue: false, dueNow: true, checked: false });
    expect(item(r, 'practice-coding').action).toEqual({ kind: 'drill', filter: { bank: ['coding'] }, min_reviews: 5 });
  });
});

describe('items with an action', () => {
  it.each<[string, string[], [string, ActionState][], boolean, string | undefined]>([
    ['verified without a tick', [], [['practice-coding', { done: true, detail: '5 of 5 reviews' }]], true, '5 of 5 reviews'],
    ['ticked but not verified', ['practice-coding'], [['practice-coding', { done: false, detail: '2 of 5 reviews' }]], false, '2 of 5 reviews'],
    ['no state computed: the tick decides', ['practice-coding'], [], true, undefined],
    ['neither', [], [], false, undefined],
  ])('%s', (_, checked, actions, done, actionDetail) => {
    const i = item(build('2026-03-11', { checked, actions }), 'practice-coding');
    expect(i).toMatchObject({ done, checked: checked.length > 0, overdue: !done });
    expect(i.actionDetail).toBe(actionDetail);
  });

  it('an action state on an item without an action is ignored', () => {
    const i = item(build('2026-03-11', { actions: [['research-stack', { done: true, detail: 'x' }]] }), 'research-stack');
    expect(i).toMatchObject({ done: false, overdue: true });
    expect(i).not.toHaveProperty('actionDetail');
  });
});

describe('without an interview', () => {
  it('is a generic list: every stage current, nothing overdue', () => {
    const r = build('2026-03-11', { interview: null, checked: ['sleep'] });
    expect(r.interview).toBeNull();
    expect(r.stages.map((s) => [s.status, s.starts])).toEqual(Array(5).fill(['current', null]));
    const items = r.stages.flatMap((s) => s.items);
    expect(items.some((i) => i.overdue)).toBe(false);
    expect(items.filter((i) => !i.dueNow).map((i) => i.id)).toEqual(['sleep']);
  });
});

describe('interviews', () => {
  const week = [
    anInterview({ id: 'acme', company: 'Acme', date: '2026-03-12' }),
    anInterview({ id: 'globex', company: 'Globex', date: '2026-03-09' }),
    anInterview({ id: 'initech', company: 'Initech', date: '2026-02-20' }),
    anInterview({ id: 'acme-2', company: 'acme', date: '2026-03-10' }),
  ];

  it.each([
    ['2026-03-08', 'globex'],
    ['2026-03-09', 'globex'], // on the day it is still next
    ['2026-03-10', 'acme-2'],
    ['2026-03-11', 'acme'],
    ['2026-03-13', null],
  ])('on %s the next is %s', (today, id) => {
    expect(nextInterview(week, today)?.id ?? null).toBe(id);
  });

  it.each([
    ['2026-03-08', 'globex', ['acme-2', 'acme']], // the others of the coming week, by date
    ['2026-03-10', 'acme-2', ['acme']], // globex is over
    ['2026-03-03', 'globex', ['acme-2']], // acme is 9 days away
    ['2026-03-13', null, []],
  ])('on %s with %s chosen, also %j', (today, chosen, ids) => {
    const iv = week.find((i) => i.id === chosen) ?? null;
    expect(alsoThisWeek([...week, anInterview({ id: 'bad', date: 'zzz' })], iv, today).map((a) => a.id)).toEqual(ids);
    expect(buildChecklist({ checklist, interview: iv, today, checked: new Set(), actions: new Map(), interviews: week }).also.map((a) => a.id)).toEqual(ids);
  });

  it.each([
    ['2026-03-08', 'globex'], // the next one first
    ['2026-03-13', 'acme'], // none left: the one just held, for its follow-ups
    ['2026-03-19', 'acme'], // 7 days after
    ['2026-03-20', null], // 8 days after: nothing
  ])('on %s the default is %s', (today, id) => {
    expect(defaultInterview(week, today)?.id ?? null).toBe(id);
  });

  it.each([
    ['acme-2', 'acme-2'], // exact id
    ['acme', 'acme'], // an id wins over two companies of that name
    ['globex', 'globex'],
    ['GLOBEX', 'globex'], // company, case-insensitive
    [' Initech ', 'initech'],
  ])('resolves %j to %s', (ref, id) => {
    expect(resolveInterview(ref, week)).toMatchObject({ id });
  });

  it('is ambiguous when two interviews share the company name', () => {
    expect(resolveInterview('ACME', week)).toEqual({ error: 'ambiguous', candidates: [week[3], week[0]] });
  });

  it.each([
    ['glob', ['globex']], // near matches
    ['hooli', ['initech', 'globex', 'acme-2', 'acme']], // otherwise all, by date
  ])('unknown %j offers %j', (ref, ids) => {
    const r = resolveInterview(ref, week);
    expect(r).toMatchObject({ error: 'unknown' });
    expect('candidates' in r && r.candidates.map((i) => i.id)).toEqual(ids);
  });

  it.each([
    ['Acme Corp', [], 'acme-corp'],
    ['Acme Corp', ['acme-corp'], 'acme-corp-2'],
    ['Acme Corp', ['acme-corp', 'acme-corp-2'], 'acme-corp-3'],
    ['Société Générale', [], 'societe-generale'],
    ['???', [], 'interview'],
  ])('slug for %j with %j taken is %s', (company, taken, slug) => {
    expect(interviewSlug(company, new Set(taken))).toBe(slug);
  });
});
