/** A sql item in the drill reducer: Ctrl-T tries the query on the visible rows, submit judges both data sets, the suggestion follows. */
import { describe, expect, it } from 'vitest';
import { startDrill, suggestionFor, type DrillEvent, type DrillItem } from '../../src/core/drill.js';
import { ctrl, enter, fold, key, s, T0, type } from './drill-events.js';

const sql = (over: Partial<DrillItem> = {}): DrillItem => ({ id: 'q', budget: 600, phases: [], keyPoints: [], check: 'query', ...over });
const run = (events: DrillEvent[], from = startDrill({ items: [sql()], at: T0, screen: { columns: 80, rows: 24 } })) => fold(events, from);
const trial = (rows: (string | number | null)[][], error: string | null = null) => ({ kind: 'trial' as const, columns: ['name'], rows, truncated: false, error });
const verdict = (correct: boolean) => ({ kind: 'query' as const, correct, visible: true, hidden: correct, error: null, differences: correct ? [] : ['hidden data: 3 rows missing'] });

describe('a sql item in the drill', () => {
  it('Enter breaks the line (a query spans lines); Ctrl-T asks for a run on the visible rows and stays on the question', () => {
    const st = run([type('SELECT name', s(1)), enter(s(2)), type('FROM t', s(3)), ctrl('t', s(4))]);
    expect(st.stage).toBe('question');
    expect(st.attempt.editor.lines).toEqual(['SELECT name', 'FROM t']);
    expect(st.attempt.trying).toBe(true);
    expect(st.all).toEqual([{ kind: 'check', attempt: st.attempt.id, item: 'q', code: 'SELECT name\nFROM t', trial: true }]);
  });

  it('F5 runs too; a second run waits for the first; an empty box says to type first', () => {
    const st = run([type('SELECT 1', s(1)), key({ name: 'f5' }, s(2)), ctrl('t', s(3))]);
    expect(st.all).toHaveLength(1);
    expect(st.ui.notice).toMatch(/still running/);
    expect(run([ctrl('t', s(1))]).ui.notice).toMatch(/Type a query first/);
  });

  it('the rows, or the error, come back to the question, as often as asked; a timeout leaves the box usable', () => {
    let st = run([type('SELECT name FROM t', s(1)), ctrl('t', s(2))]);
    st = run([{ type: 'checked', attempt: st.attempt.id, outcome: trial([['Bo']]) }], st);
    expect([st.stage, st.attempt.trying, st.attempt.trial?.rows]).toEqual(['question', false, [['Bo']]]);
    st = run([ctrl('t', s(3)), { type: 'checked', attempt: st.attempt.id, outcome: trial([], 'The query ran past the 2 s limit and was stopped') }], st);
    expect(st.attempt.trial?.error).toMatch(/2 s limit/);
    st = run([type(' WHERE 1', s(6)), ctrl('t', s(7))], st);
    expect(st.attempt.editor.lines).toEqual(['SELECT name FROM t WHERE 1']);
    expect(st.all).toEqual([{ kind: 'check', attempt: st.attempt.id, item: 'q', code: 'SELECT name FROM t WHERE 1', trial: true }]);
  });

  it('submit asks for the check on both data sets; the verdict sets the suggestion with the time taken', () => {
    const asked = run([type('SELECT name FROM t', s(1)), ctrl('d', s(60))]);
    expect(asked.stage).toBe('answer');
    expect(asked.attempt.checking).toBe(true);
    expect(asked.all).toEqual([{ kind: 'check', attempt: asked.attempt.id, item: 'q', code: 'SELECT name FROM t' }]);
    const wrong = run([{ type: 'checked', attempt: asked.attempt.id, outcome: verdict(false) }], asked);
    expect([wrong.attempt.checking, suggestionFor(wrong)]).toEqual([false, 'again']);
    const right = run([{ type: 'checked', attempt: asked.attempt.id, outcome: verdict(true) }], asked);
    expect(suggestionFor(right)).toBe('easy'); // correct in a minute of ten
    const slow = run([type('SELECT name FROM t', s(1)), ctrl('d', s(590))]);
    const slowRight = run([{ type: 'checked', attempt: slow.attempt.id, outcome: verdict(true) }], slow);
    expect(suggestionFor(slowRight)).not.toBe('easy');
  });
});
