import { describe, expect, it } from 'vitest';
import { coverageOf, phaseAt, secondsLeft, startDrill, step, suggestGrade, suggestionFor, type DrillEvent, type DrillItem, type DrillState } from '../../src/core/drill.js';

const T0 = Date.parse('2026-03-01T09:00:00Z');
const s = (sec: number) => T0 + sec * 1000;
const item = (id: string, budget: number | null = 60): DrillItem => ({
  id,
  budget,
  phases: [
    { id: 'definition', title: 'Definition', seconds: 30 },
    { id: 'example', title: 'Example', seconds: 90 },
  ],
  keyPoints: [
    { point: 'Bias', evidence: ['bias', 'underfit'] },
    { point: 'Variance', evidence: ['variance', 'overfit'] },
    { point: 'Regularise', evidence: ['regularisation', 'penalty'], weight: 2 },
  ],
});
const type = (text: string, at: number): DrillEvent => ({ type: 'edit', action: { kind: 'insert', text }, at });
const run = (events: DrillEvent[], items = [item('a'), item('b')]) => events.reduce(step, startDrill(items, T0));

describe('drill reducer', () => {
  it.each<[string, DrillEvent[], Partial<DrillState>]>([
    ['starts on the first item, asking', [], { stage: 'question', index: 0, mode: null }],
    ['ticks move the clock only', [{ type: 'tick', at: s(10) }], { stage: 'question', now: s(10) }],
    ['an empty submit is a spoken answer', [{ type: 'submit', at: s(20) }], { stage: 'answer', mode: 'spoken', answeredAt: s(20), timedOut: false }],
    ['typing then submit is typed and scored', [type('It can underfit; regularization helps', s(5)), { type: 'submit', at: s(30) }], { stage: 'answer', mode: 'typed', covered: [true, false, true] }],
    ['the clock running out reveals and marks timed out', [type('bias', s(1)), { type: 'tick', at: s(61) }], { stage: 'answer', timedOut: true, answeredAt: s(60), mode: 'typed' }],
    ['toggles flip key points in the answer stage', [{ type: 'submit', at: s(5) }, { type: 'toggle', index: 1 }], { covered: [false, true, false] }],
    ['toggles are ignored while answering', [{ type: 'toggle', index: 1 }], { covered: [false, false, false] }],
    ['edits are ignored after the reveal', [{ type: 'submit', at: s(5) }, type('late', s(6))], { editor: { lines: [''], row: 0, col: 0 } }],
    ['grading moves to the next item with a fresh clock', [{ type: 'submit', at: s(5) }, { type: 'graded', rating: 'good', reviewId: 7, at: s(8) }], { index: 1, stage: 'question', shownAt: s(8), mode: null }],
    ['quit ends the session', [{ type: 'quit', at: s(3) }], { stage: 'done', quit: true }],
    ['a submit after the deadline is a time-out, at the deadline', [type('bias', s(1)), { type: 'submit', at: s(60.2) }], { stage: 'answer', timedOut: true, answeredAt: s(60) }],
    ['a keystroke after the deadline is dropped and times out', [type('bias', s(1)), type('x', s(61))], { stage: 'answer', timedOut: true, editor: { lines: ['bias'], row: 0, col: 4 } }],
  ])('%s', (_name, events, expected) => {
    expect(run(events)).toMatchObject(expected);
  });

  it('records results and finishes after the last item', () => {
    const st = run([
      type('overfit', s(1)), { type: 'submit', at: s(10) }, { type: 'graded', rating: 'hard', reviewId: 1, at: s(12) },
      { type: 'submit', at: s(40) }, { type: 'graded', rating: 'good', reviewId: 2, at: s(41) },
    ]);
    expect(st.stage).toBe('done');
    expect(st.results.map((r) => [r.id, r.rating, r.seconds, r.mode, r.coverage])).toEqual([
      ['a', 'hard', 10, 'typed', 0.25],
      ['b', 'good', 28, 'spoken', null],
    ]);
  });

  it('an item graded to come back soon is seen again at the end of the session; undo takes the copy away', () => {
    const st = run([
      { type: 'submit', at: s(5) }, { type: 'graded', rating: 'again', reviewId: 1, at: s(6), again: true },
      { type: 'submit', at: s(20) }, { type: 'graded', rating: 'good', reviewId: 2, at: s(21) },
    ]);
    expect(st).toMatchObject({ stage: 'question', index: 2 });
    expect(st.items.map((i) => i.id)).toEqual(['a', 'b', 'a']);
    const done = step(step(st, { type: 'submit', at: s(30) }), { type: 'graded', rating: 'good', reviewId: 3, at: s(31) });
    expect(done.stage).toBe('done');
    expect(done.results.map((r) => [r.id, r.rating, r.requeued])).toEqual([['a', 'again', true], ['b', 'good', false], ['a', 'good', false]]);
    const back = step(step(run([{ type: 'submit', at: s(5) }, { type: 'graded', rating: 'again', reviewId: 1, at: s(6), again: true }]), { type: 'undone', at: s(7) }), { type: 'tick', at: s(8) });
    expect(back.items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('undo returns to the previous item answer stage with its state', () => {
    const graded = run([type('bias', s(1)), { type: 'submit', at: s(10) }, { type: 'toggle', index: 2 }, { type: 'graded', rating: 'easy', reviewId: 1, at: s(12) }]);
    const back = step(graded, { type: 'undone', at: s(14) });
    expect(back).toMatchObject({ index: 0, stage: 'answer', mode: 'typed', covered: [true, false, true], results: [] });
    expect(step(startDrill([item('a')], T0), { type: 'undone', at: s(1) }).index).toBe(0); // nothing to undo
  });

  it('for code that was run, the share of tests passed is the score', () => {
    const st = run([type('def f(): pass', s(1)), { type: 'submit', at: s(10) }, { type: 'tested', tests: [{ name: 'test_a', ok: true, hidden: false }, { name: 'test_b', ok: false, hidden: true }] }]);
    expect(coverageOf(st)).toBe(0.5);
    expect(suggestionFor(st)).toBe('hard');
    const graded = step(st, { type: 'graded', rating: 'hard', reviewId: 1, at: s(12) });
    expect(graded.results[0]!.coverage).toBe(0.5);
    expect(step(run([]), { type: 'tested', tests: [] }).tests).toBeNull(); // only after the reveal
  });

  it('untimed items never time out', () => {
    const st = run([{ type: 'tick', at: s(10_000) }], [item('a', null)]);
    expect(st.stage).toBe('question');
    expect(secondsLeft(st)).toBeNull();
  });

  it('an empty session is done at once', () => {
    expect(startDrill([], T0).stage).toBe('done');
  });
});

describe('phases and the countdown', () => {
  it.each([
    [0, 'Definition', 15, 15],
    [14, 'Definition', 1, 15],
    [15, 'Example', 45, 45],
    [59, 'Example', 1, 45],
    [200, 'Example', 0, 45],
  ])('at %ds of a 60 s budget: %s, %ds left of %ds (phases scaled from 2:00)', (elapsed, title, left, length) => {
    const p = phaseAt(item('a', 60), elapsed)!;
    expect([p.phase.title, Math.round(p.left), Math.round(p.length)]).toEqual([title, left, length]);
  });
});

describe('suggested grade', () => {
  it.each([
    [1, 20, 100, false, 'easy'],
    [0.9, 80, 100, false, 'good'],
    [0.7, 20, 100, false, 'good'],
    [0.5, 20, 100, false, 'hard'],
    [0.1, 20, 100, false, 'again'],
    [1, 100, 100, true, 'hard'],
    [0.1, 100, 100, true, 'again'],
    [null, 30, 100, false, 'good'],
    [null, 100, 100, true, 'hard'],
  ] as const)('coverage %s, %ds of %ds, timed out %s -> %s', (cov, sec, budget, out, expected) => {
    expect(suggestGrade(cov, sec, budget, out)).toBe(expected);
  });

  it('follows ticks on a spoken answer', () => {
    let st = run([{ type: 'submit', at: s(10) }]);
    expect(coverageOf(st)).toBeNull();
    st = [0, 1, 2].reduce((acc, i) => step(acc, { type: 'toggle', index: i }), st);
    expect(coverageOf(st)).toBe(1);
    expect(suggestionFor(st)).toBe('easy');
  });
});
