import { describe, expect, it } from 'vitest';
import {
  capForContradictions, coverageOf, phaseAt, secondsLeft, startDrill, step, suggestGrade, suggestionFor,
  type DrillEvent, type DrillItem, type DrillState, type Effect,
} from '../../src/core/drill.js';
import { ctrl, enter, fold, key, s, T0, type } from './drill-events.js';

const item = (id: string, budget: number | null = 60, over: Partial<DrillItem> = {}): DrillItem => ({
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
  ...over,
});
const press = (ch: string, at: number) => key({ name: ch, sequence: ch }, at);
const graded = (rating: 'again' | 'hard' | 'good' | 'easy', reviewId: number, at: number, again = false): DrillEvent => ({ type: 'graded', rating, reviewId, at, nextDue: 600_000, again });
const start = (items = [item('a'), item('b')], drafts = {}) => startDrill({ items, at: T0, screen: { columns: 80, rows: 24 }, drafts });
const run = (events: DrillEvent[], from: DrillState = start()) => fold(events, from);
const text = (st: DrillState) => st.attempt.editor.lines.join('\n');

describe('drill reducer: events in, state out', () => {
  it.each<[string, DrillEvent[], (st: DrillState & { all: Effect[] }) => unknown, unknown]>([
    ['starts on the first item, asking', [], (st) => [st.stage, st.index, st.attempt.mode], ['question', 0, null]],
    ['ticks move the clock only', [{ type: 'tick', at: s(10) }], (st) => [st.stage, st.now, secondsLeft(st)], ['question', s(10), 50]],
    ['Enter on an empty box is a spoken answer', [enter(s(20))], (st) => [st.stage, st.attempt.mode, st.attempt.answeredAt, st.attempt.timedOut], ['answer', 'spoken', s(20), false]],
    ['typing then Ctrl-D is typed and graded', [type('It can underfit; regularization helps', s(5)), ctrl('d', s(30))], (st) => [st.attempt.mode, st.attempt.marks], ['typed', ['covered', 'missed', 'covered']]],
    ['Enter in a typed answer breaks the line', [type('bias', s(1)), enter(s(2)), type('variance', s(3))], text, 'bias\nvariance'],
    ['the clock running out reveals, timed out, at the deadline', [type('bias', s(1)), { type: 'tick', at: s(61) }], (st) => [st.stage, st.attempt.timedOut, st.attempt.answeredAt, st.attempt.mode], ['answer', true, s(60), 'typed']],
    ['a tick long after the deadline still stops the clock at the deadline', [{ type: 'tick', at: s(3600) }], (st) => [st.stage, st.attempt.answeredAt, st.attempt.timedOut], ['answer', s(60), true]],
    ['keys just after a time-out are held, not grades', [type('bias', s(1)), { type: 'tick', at: s(61) }, press('3', s(61.5))], (st) => [st.all.filter((e) => e.kind === 'grade').length, st.stage], [0, 'answer']],
    ['a keystroke after the deadline is dropped and times out', [type('bias', s(1)), type('x', s(61))], (st) => [st.stage, st.attempt.timedOut, text(st)], ['answer', true, 'bias']],
    ['a letter ticks a key point after the reveal', [enter(s(5)), press('b', s(6))], (st) => st.attempt.marks, ['missed', 'covered', 'missed']],
    ['letters are text while answering', [press('b', s(1))], (st) => [text(st), st.attempt.marks], ['b', ['missed', 'missed', 'missed']]],
    ['edits are ignored after the reveal', [enter(s(5)), type('late', s(6))], text, ''],
    ['a grade key asks the shell to commit, with the suggestion', [type('underfit and overfit', s(1)), ctrl('d', s(10)), press('2', s(12))], (st) => st.effects, [{ kind: 'grade', review: { id: 'a', rating: 'hard', suggested: 'hard', seconds: 10, budget: 60, timedOut: false, answer: 'underfit and overfit', coverage: 0.5 } }]],
    ['Enter takes the suggestion', [enter(s(5)), press('a', s(6)), press('b', s(6)), press('c', s(6)), enter(s(7))], (st) => st.effects.map((e) => e.kind === 'grade' && [e.review.rating, e.review.suggested]), [['easy', 'easy']]],
    ['the committed grade moves on with a fresh clock', [enter(s(5)), graded('good', 7, s(8))], (st) => [st.index, st.stage, st.attempt.shownAt, st.attempt.mode, st.last?.rating], [1, 'question', s(8), null, 'good']],
    ['Ctrl-C ends the session as interrupted', [ctrl('c', s(3))], (st) => [st.stage, st.quit, st.interrupted], ['done', true, true]],
    ['q q stops it without interrupting', [enter(s(2)), press('q', s(3)), press('q', s(3.1))], (st) => [st.stage, st.quit, st.interrupted], ['done', true, false]],
    ['Ctrl-C with a typed answer keeps it as a draft', [type('half an answer', s(2)), ctrl('c', s(3))], (st) => st.all, [{ kind: 'save-draft', id: 'a', text: 'half an answer' }]],
    ['Ctrl-C on a revealed, ungraded typed answer keeps it too', [type('bias', s(2)), ctrl('d', s(3)), ctrl('c', s(4))], (st) => st.all.filter((e) => e.kind === 'save-draft'), [{ kind: 'save-draft', id: 'a', text: 'bias' }]],
    ['a resize mid-answer keeps the box and the clock', [type('bias and', s(1)), { type: 'resize', columns: 40, rows: 12 }, type(' variance', s(2))], (st) => [st.screen, text(st), st.stage, st.attempt.shownAt], [{ columns: 40, rows: 12 }, 'bias and variance', 'question', T0]],
    ['paging stops at what the view measured', [enter(s(1)), { type: 'measured', page: 10, maxScroll: 25 }, key({ name: 'space', sequence: ' ' }, s(2)), key({ name: 'space', sequence: ' ' }, s(3)), key({ name: 'space', sequence: ' ' }, s(4))], (st) => st.ui.scroll, 25],
    ['paging keys neither grade nor tick', [enter(s(1)), { type: 'measured', page: 10, maxScroll: 25 }, key({ name: 'pagedown' }, s(2)), key({ name: 'pageup' }, s(3)), key({ name: 'down' }, s(4))], (st) => [st.ui.scroll, st.attempt.marks, st.all], [1, ['missed', 'missed', 'missed'], []]],
    ['a new measure clamps the scroll', [enter(s(1)), { type: 'measured', page: 10, maxScroll: 25 }, key({ name: 'end' }, s(2)), { type: 'measured', page: 20, maxScroll: 5 }], (st) => st.ui.scroll, 5],
    ['Ctrl-Z with nothing graded says so', [ctrl('z', s(1))], (st) => [st.ui.notice, st.all], [expect.stringMatching(/Nothing to undo/), []]],
  ])('%s', (_name, events, pick, expected) => {
    expect(pick(run(events))).toEqual(expected);
  });

  it('records results and finishes after the last item', () => {
    const st = run([type('overfit', s(1)), ctrl('d', s(10)), graded('hard', 1, s(12)), enter(s(40)), graded('good', 2, s(41))]);
    expect(st.stage).toBe('done');
    expect(st.results.map((r) => [r.id, r.rating, r.seconds, r.mode, r.coverage])).toEqual([['a', 'hard', 10, 'typed', 0.25], ['b', 'good', 28, 'spoken', null]]);
  });

  it('an item graded to come back soon is seen again at the end; undo takes the copy away', () => {
    const st = run([enter(s(5)), graded('again', 1, s(6), true), enter(s(20)), graded('good', 2, s(21))]);
    expect([st.stage, st.index, st.items.map((i) => i.id)]).toEqual(['question', 2, ['a', 'b', 'a']]);
    const back = run([enter(s(5)), graded('again', 1, s(6), true), { type: 'undone', at: s(7) }]);
    expect(back.items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('undo with a draft: the draft is parked, kept, and back in the box with its clock when the item returns', () => {
    const typed = run([enter(s(5)), graded('good', 1, s(6)), type('my draft on b', s(10))]);
    const asked = step(typed, ctrl('z', s(20)));
    expect(asked.effects).toEqual([{ kind: 'undo', reviewId: 1 }]);
    const back = step(asked, { type: 'undone', at: s(21) });
    expect([back.index, back.stage, back.undid, back.results.length]).toEqual([0, 'answer', 'a', 0]);
    expect(back.effects).toEqual([{ kind: 'save-draft', id: 'b', text: 'my draft on b' }]);
    const again = step(back, graded('easy', 3, s(30)));
    expect([again.index, again.stage, text(again)]).toEqual([1, 'question', 'my draft on b']);
    expect(again.effects).toEqual([]); // a had no draft; b's is parked, and dropped when b is graded
    expect((s(30) - again.attempt.shownAt) / 1000).toBe(15); // shown at 6 s, left at 21 s: the undo paused b's clock
    const submitted = run([type(' and more', s(31)), ctrl('d', s(32)), press('3', s(33))], again);
    expect(submitted.effects).toMatchObject([{ kind: 'grade', review: { id: 'b', answer: 'my draft on b and more' } }]);
    expect(step(submitted, graded('good', 4, s(34))).effects).toEqual([{ kind: 'clear-draft', id: 'b' }]);
  });

  it('u u on a revealed answer parks it; it comes back revealed, answer and all', () => {
    const shown = run([enter(s(5)), graded('good', 1, s(6)), type('bias', s(8)), ctrl('d', s(9)), press('u', s(11)), press('u', s(11.2))]);
    expect(shown.effects).toEqual([{ kind: 'undo', reviewId: 1 }]);
    const back = run([{ type: 'undone', at: s(12) }, graded('good', 2, s(13))], shown);
    expect([back.index, back.stage, text(back), back.attempt.mode, back.attempt.marks[0]]).toEqual([1, 'answer', 'bias', 'typed', 'covered']);
  });

  it('a draft saved in an earlier session fills the box, and Ctrl-R swaps it for a fresh start and back', () => {
    const st = start([item('a')], { a: { text: 'yesterday', savedAt: '2026-02-28T10:00:00Z' } });
    expect([text(st), st.attempt.restored?.draftInBox]).toEqual(['yesterday', true]);
    const fresh = step(st, ctrl('r', s(1)));
    expect([text(fresh), fresh.attempt.restored?.draftInBox]).toEqual(['', false]);
    expect(text(step(fresh, ctrl('r', s(2))))).toBe('yesterday');
  });

  it('typed code asks to be run; Enter waits for the result, which scores the attempt it belongs to', () => {
    const code = item('c', 60, { starter: 'def f():\n    pass', check: 'tests', keyPoints: [] });
    const st = run([type('  # done', s(1)), ctrl('d', s(5))], start([code]));
    expect(st.all).toEqual([{ kind: 'check', attempt: st.attempt.id, item: 'c', code: 'def f():\n    pass  # done' }]);
    expect(step(st, enter(s(6))).ui.notice).toMatch(/still running/);
    const stale = step(st, { type: 'checked', attempt: st.attempt.id + 99, outcome: { kind: 'tests', tests: [] } });
    expect(stale.attempt.checking).toBe(true);
    const done = step(st, { type: 'checked', attempt: st.attempt.id, outcome: { kind: 'tests', tests: [{ name: 'test_a', ok: true, hidden: false }, { name: 'test_b', ok: false, hidden: true }] } });
    expect([done.attempt.checking, coverageOf(code, done.attempt), suggestionFor(done)]).toEqual([false, 0.5, 'hard']);
  });

  it('the starter submitted unchanged is an answer given aloud (nothing is run)', () => {
    const code = item('c', 60, { starter: 'def f():\n    pass', check: 'tests' });
    const st = run([ctrl('d', s(5))], start([code]));
    expect([st.attempt.mode, st.all]).toEqual(['spoken', []]);
  });

  it('Backspace at the end of an indentation removes one level in code, one space in prose', () => {
    const code = item('c', 60, { starter: 'def f():\n        x', check: 'tests' });
    const st = run([key({ name: 'home' }, s(1)), key({ name: 'right' }, s(1)), key({ name: 'right' }, s(1)), key({ name: 'right' }, s(1)), key({ name: 'right' }, s(1)), key({ name: 'right' }, s(1)), key({ name: 'right' }, s(1)), key({ name: 'right' }, s(1)), key({ name: 'right' }, s(1)), key({ name: 'backspace' }, s(2))], start([code]));
    expect(text(st)).toBe('def f():\n    x');
    const prose = run([type('    x', s(1)), key({ name: 'left' }, s(1)), key({ name: 'backspace' }, s(2))]);
    expect(text(prose)).toBe('   x');
  });

  it('untimed items never time out', () => {
    const st = run([{ type: 'tick', at: s(10_000) }], start([item('a', null)]));
    expect([st.stage, secondsLeft(st)]).toEqual(['question', null]);
  });

  it('an empty session is done at once', () => {
    expect(start([]).stage).toBe('done');
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

  it.each([
    ['easy', ['covered', 'contradicted', 'covered'], 0, 'hard'],
    ['good', ['covered', 'covered', 'contradicted'], 0, 'hard'],
    ['hard', ['covered', 'contradicted'], 0, 'hard'],
    ['easy', ['contradicted', 'covered'], 0, 'again'],
    ['easy', ['covered', 'contradicted'], 1, 'again'],
    ['easy', ['covered', 'covered'], 0, 'easy'],
  ] as const)('a suggestion of %s with marks %j (main point %d) becomes %s', (base, marks, main, expected) => {
    expect(capForContradictions(base, marks, main)).toBe(expected);
  });

  it('a contradiction from the grader caps a complete, fast answer; a tick overrules it', () => {
    const st = run([type('bias underfit variance overfit regularisation', s(1)), ctrl('d', s(5))]);
    expect(suggestionFor(st)).toBe('easy');
    const grade = { ...st.attempt.grade!, points: st.attempt.grade!.points.map((p, i) => (i === 1 ? { ...p, covered: false, contradicted: true, evidence: 'variance is bias' } : p)) };
    const contradicted = { ...st, attempt: { ...st.attempt, grade, marks: ['covered', 'contradicted', 'covered'] as const } } as DrillState;
    expect(suggestionFor(contradicted)).toBe('hard');
    expect(step(contradicted, press('b', s(6))).attempt.marks).toEqual(['covered', 'covered', 'covered']);
    expect(suggestionFor(step(contradicted, press('b', s(6))))).toBe('easy');
  });

  it('follows ticks on a spoken answer', () => {
    let st: DrillState = run([enter(s(10))]);
    expect(coverageOf(item('a'), st.attempt)).toBeNull();
    st = ['a', 'b', 'c'].reduce((acc, k) => step(acc, press(k, s(11))), st);
    expect([coverageOf(item('a'), st.attempt), suggestionFor(st)]).toEqual([1, 'easy']);
  });
});

describe('the grader, through the drill', () => {
  it('a misconception in a typed answer marks its point contradicted, with the sentence, and caps the suggestion', () => {
    const withClaim = item('a', 60, {
      keyPoints: [{ point: 'Bias is error from a model too simple for the data.', evidence: ['bias', 'underfit'] }, ...item('a').keyPoints.slice(1)],
      misconceptions: [{ claim: 'High bias comes from a model that is too complex.', evidence: ['too complex'], contradicts: 0, correction: 'High bias comes from a model too simple for the data.' }],
    });
    const st = run([type('High bias comes from a model that is too complex. Variance shows as overfitting; regularisation helps.', s(1)), ctrl('d', s(5))], start([withClaim]));
    const g = st.attempt.grade!;
    expect(g.points[0]).toMatchObject({ covered: false, contradicted: true, evidence: 'High bias comes from a model that is too complex.' });
    expect(g.misconceptions).toEqual([expect.objectContaining({ sentence: 'High bias comes from a model that is too complex.', correction: 'High bias comes from a model too simple for the data.' })]);
    expect(st.attempt.marks).toEqual(['contradicted', 'covered', 'covered']);
    expect(suggestionFor(st)).toBe('again'); // the main point (the first) is contradicted
    const disputed = step(st, press('a', s(6)));
    expect([disputed.attempt.marks[0], suggestionFor(disputed)]).toEqual(['covered', 'easy']);
  });
  it('a typed code review is graded on its bugs, by line or by the issue\'s words, as prep score grades it', () => {
    const bugs = [{ line: 4, issue: 'scaler fitted on the full data leaks the test set' }, { line: 9, issue: 'accuracy reported on training rows' }];
    const review = item('r', 60, { keyPoints: bugs.map((b) => ({ point: `Line ${b.line}: ${b.issue}`, evidence: [] })), bugs });
    const st = run([type('Line 4 fits the scaler before the split. The rest looks fine to me.', s(1)), ctrl('d', s(5))], start([review]));
    expect(st.attempt.grade!.points.map((p) => p.covered)).toEqual([true, false]);
    expect(st.attempt.marks).toEqual(['covered', 'missed']);
    const byWords = run([type('The scaler is fitted on the full data, so the test set leaks into training.', s(1)), ctrl('d', s(5))], start([review]));
    expect(byWords.attempt.grade!.points[0]!.covered).toBe(true);
    const none = run([type('Looks good to me, ship it.', s(1)), ctrl('d', s(5))], start([review]));
    expect(none.attempt.grade!.coverage).toBe(0);
  });
});
