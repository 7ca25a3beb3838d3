import { describe, expect, it } from 'vitest';
import { secondsLeft, startDrill, type DrillEvent, type DrillItem, type DrillState, type Effect } from '../../src/core/drill.js';
import { roundLeft } from '../../src/core/drill-round.js';
import { ctrl, enter, fold, key, s, T0, type } from './drill-events.js';

const item = (id: string, budget = 60, over: Partial<DrillItem> = {}): DrillItem => ({
  id, budget, phases: [],
  keyPoints: [
    { point: 'Bias', evidence: ['bias', 'underfit'] },
    { point: 'Variance', evidence: ['variance', 'overfit'] },
  ],
  ...over,
});
const items = [item('a'), item('a#1', 30, { followUpOf: 'a' }), item('b')];
const start = (list = items, seconds = 70) => startDrill({ items: list, at: T0, screen: { columns: 80, rows: 24 }, round: { seconds } });
const run = (events: DrillEvent[], from: DrillState = start()) => fold(events, from);
const press = (ch: string, at: number) => key({ name: ch, sequence: ch }, at);
const graded = (rating: 'again' | 'good', reviewId: number, at: number): DrillEvent => ({ type: 'graded', rating, reviewId, at, nextDue: 86_400_000 });
const heldIds = (st: DrillState) => st.round!.held.map((a) => (a ? a.mode : null));

describe('mock rounds on the drill reducer', () => {
  it.each<[string, DrillEvent[], (st: DrillState & { all: Effect[] }) => unknown, unknown]>([
    ['an answer is held unseen and the next question follows', [type('underfit bias', s(5)), ctrl('d', s(10))], (st) => [st.stage, st.index, heldIds(st), st.all.map((e) => e.kind)], ['question', 1, ['typed', null, null], ['held']]],
    ['Enter on an empty box holds a spoken answer', [enter(s(3))], (st) => [st.stage, st.index, heldIds(st)], ['question', 1, ['spoken', null, null]]],
    ['after the last question the first reveal is shown', [type('bias', s(1)), ctrl('d', s(2)), enter(s(3)), type('overfit', s(4)), ctrl('d', s(5))], (st) => [st.stage, st.index, st.round!.reviewing, st.round!.ended, st.attempt.mode], ['answer', 0, true, 'answered', 'typed']],
    ['a question times out on its own clock and is held', [{ type: 'tick', at: s(61) }], (st) => [st.index, st.round!.held[0]!.timedOut, st.round!.held[0]!.answeredAt], [1, true, s(60)]],
    ['the round clock ends the round: the question in hand times out, the rest is never reached', [enter(s(50)), { type: 'tick', at: s(101) }], (st) => [st.round!.ended, heldIds(st), st.round!.held[1]!.timedOut, st.stage, st.index], ['time', ['spoken', 'spoken', null], true, 'answer', 0]],
    ['a key after the round ended is too late', [enter(s(50)), type('x', s(100.5))], (st) => [st.round!.ended, st.round!.held[1]!.editor.lines[0]], ['time', '']],
    ['grading a reveal walks to the next held answer', [enter(s(1)), enter(s(2)), enter(s(3)), press('3', s(4)), graded('good', 11, s(5))], (st) => [st.index, st.stage, st.results.map((r) => r.id)], [1, 'answer', ['a']]],
    ['the last grade ends the round', [enter(s(1)), enter(s(2)), enter(s(3)), graded('good', 1, s(4)), graded('good', 2, s(5)), graded('good', 3, s(6))], (st) => [st.stage, st.quit, st.results.length], ['done', false, 3]],
    ['an undo in the reveals brings the graded answer back', [enter(s(1)), enter(s(2)), enter(s(3)), graded('good', 1, s(4)), { type: 'undone', at: s(5) }], (st) => [st.index, st.stage, st.results.length, st.undid], [0, 'answer', 0, 'a']],
    ['Ctrl-C keeps the answers held so far and the one in the box', [type('bias', s(1)), ctrl('d', s(2)), type('half', s(3)), ctrl('c', s(4))], (st) => [st.stage, st.interrupted, heldIds(st), st.attempt.editor.lines[0]], ['done', true, ['typed', null, null], 'half']],
  ])('%s', (_name, events, pick, expected) => {
    expect(pick(run(events))).toEqual(expected);
  });

  it('Ctrl-P stops both clocks; keys wait; Ctrl-P again goes on where they stopped', () => {
    const paused = run([type('bi', s(10)), ctrl('p', s(20)), { type: 'tick', at: s(200) }, type('x', s(210))]);
    expect([paused.paused, secondsLeft(paused), roundLeft(paused), paused.attempt.editor.lines[0], paused.stage]).toEqual([s(20), 40, 50, 'bi', 'question']);
    expect(paused.ui.notice).toMatch(/Paused/);
    const going = run([ctrl('p', s(300)), { type: 'tick', at: s(310) }], paused);
    expect([going.paused, secondsLeft(going), roundLeft(going)]).toEqual([null, 30, 40]);
    // Its own 60 s come to an end 60 s of unpaused time after it was shown.
    const over = run([{ type: 'tick', at: s(341) }], going);
    expect([over.index, over.round!.held[0]!.timedOut]).toEqual([1, true]);
  });

  it('a break is skipped with Enter and holds nothing', () => {
    const loop = start([item('a'), { id: 'break-1', budget: 300, phases: [], keyPoints: [], kind: 'break' }, item('b')], 3600);
    const st = run([enter(s(1)), enter(s(2))], loop);
    expect([st.index, st.stage, heldIds(st)]).toEqual([2, 'question', ['spoken', null, null]]);
    const end = run([enter(s(3))], st);
    expect([end.index, end.stage]).toEqual([0, 'answer']);
    expect(run([graded('good', 1, s(4))], end).index).toBe(2); // the break has no reveal
  });

  it('a drill without a round is unchanged: the reveal follows each answer', () => {
    const st = fold([enter(s(1))], startDrill({ items, at: T0, screen: { columns: 80, rows: 24 } }));
    expect([st.stage, st.index, st.round]).toEqual(['answer', 0, null]);
  });
});
