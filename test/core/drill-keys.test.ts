import { describe, expect, it } from 'vitest';
import { answerKey, gradingKey, type GradingKeyState, type KeyPress as Key } from '../../src/core/drill-keys.js';
import { emptyEditor } from '../../src/core/editor.js';

const k = (sequence: string, extra: Partial<Key> = {}): Key => ({ sequence, name: sequence.length === 1 ? sequence.toLowerCase() : sequence, ...extra });
const base: GradingKeyState = { at: 10_000, graceUntil: 0, armed: null, testing: false, lastGraded: 'ml-a', points: 4, grading: 'four' };

describe('keys on the grading screen', () => {
  it.each<[string, Key, Partial<GradingKeyState>, string]>([
    ['a grade key grades at once', k('3'), {}, 'grade:good'],
    ['Enter takes the suggestion', k('\r', { name: 'return' }), {}, 'suggested'],
    ['Enter waits while typed code is tested', k('\r', { name: 'return' }), { testing: true }, 'hold'],
    ['3 and 4 mean nothing on the two-button scale', k('3'), { grading: 'two' }, 'hold'],
    ['2 is Pass on the two-button scale', k('2'), { grading: 'two' }, 'grade:good'],
    ['a letter ticks its key point', k('b'), {}, 'toggle:1'],
    ['a letter past the key points is a stray key', k('k'), {}, 'hold'],
    ['an upper-case letter (typing) is held', k('I', { shift: true }), {}, 'hold'],
    ['a space pages the reveal (it neither grades nor ticks)', k(' ', { name: 'space' }), {}, 'scroll'],
    ['PgDn and PgUp page', k('', { name: 'pagedown' }), {}, 'scroll'],
    ['a space inside the hold is held', k(' ', { name: 'space' }), { graceUntil: 10_500 }, 'hold'],
    ['keys inside the hold are held', k('3'), { graceUntil: 10_500 }, 'hold'],
    ['pasted text is held', k('3', { paste: true }), {}, 'hold'],
    ['one u arms the undo', k('u'), {}, 'arm:u'],
    ['a second u undoes', k('u'), { armed: 'u' }, 'undo'],
    ['Ctrl-Z undoes at once', k('\u001a', { name: 'z', ctrl: true }), {}, 'undo'],
    ['u with nothing graded says so', k('u'), { lastGraded: null }, 'hold'],
    ['any other key cancels an armed undo', k('3'), { armed: 'u' }, 'cancel'],
    ['one q arms the stop', k('q'), {}, 'arm:q'],
    ['a second q stops', k('q'), { armed: 'q' }, 'stop'],
    ['Escape counts as q', k('\u001b', { name: 'escape' }), { armed: 'q' }, 'stop'],
    ['Ctrl-C interrupts at once, even in a hold', k('\u0003', { name: 'c', ctrl: true }), { graceUntil: 99_999 }, 'interrupt'],
  ])('%s', (_name, key, over, expected) => {
    const a = gradingKey(key, { ...base, ...over });
    const got = a.kind === 'grade' ? `grade:${a.rating}` : a.kind === 'toggle' ? `toggle:${a.index}` : a.kind === 'arm' ? `arm:${a.key}` : a.kind;
    expect(got).toBe(expected);
  });

  it('a stray key says where the candidate is and which keys act', () => {
    expect(gradingKey(k('I'), base)).toEqual({ kind: 'hold', notice: 'The answer is shown: keys now grade. 1/2/3/4 grade, Enter takes the suggestion, a-d tick key points, PgDn/space pages, u u undoes, q q stops.' });
  });
});

describe('keys while answering', () => {
  it.each<[string, Key, boolean, string | undefined]>([
    ['Enter on an empty box reveals (answered aloud)', k('\r', { name: 'return' }), true, 'submit'],
    ['Enter in a typed answer breaks the line', k('\r', { name: 'return' }), false, 'edit:newline'],
    ['a pasted newline breaks the line even in an empty box', k('\r', { name: 'return', paste: true }), true, 'edit:newline'],
    ['Ctrl-D submits', k('\u0004', { name: 'd', ctrl: true }), false, 'submit'],
    ['letters are text', k('u'), true, 'edit:insert'],
    ['Ctrl-C interrupts', k('\u0003', { name: 'c', ctrl: true }), false, 'interrupt'],
    ['Ctrl-Z undoes the last grade', k('\u001a', { name: 'z', ctrl: true }), false, 'undo'],
    ['Ctrl-R swaps a restored draft', k('\u0012', { name: 'r', ctrl: true }), false, 'swap-draft'],
    ['PgDn pages the question', k('', { name: 'pagedown' }), false, 'scroll'],
  ])('%s', (_name, key, blank, expected) => {
    const editor = blank ? emptyEditor() : { lines: ['some text'], row: 0, col: 9 };
    const e = answerKey(key, { editor });
    expect(e ? (e.kind === 'edit' ? `edit:${e.action.kind}` : e.kind) : undefined).toBe(expected);
  });
});
