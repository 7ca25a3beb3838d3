import { describe, expect, it } from 'vitest';
import { edit, editorText, editorWith, emptyEditor, type EditAction, type EditorState } from '../../src/core/editor.js';

const apply = (actions: EditAction[], start: EditorState = emptyEditor()) => actions.reduce(edit, start);
const ins = (text: string): EditAction => ({ kind: 'insert', text });

describe('editor', () => {
  it('starts from a starter with the cursor at its end', () => {
    expect(editorWith('def f(x):\n\tpass\n\n')).toEqual({ lines: ['def f(x):', '    pass'], row: 1, col: 8 });
  });

  it.each<[string, EditAction[], string, [number, number]]>([
    ['types', [ins('abc')], 'abc', [0, 3]],
    ['breaks lines', [ins('ab'), { kind: 'newline' }, ins('c')], 'ab\nc', [1, 1]],
    ['backspace joins lines', [ins('ab'), { kind: 'newline' }, { kind: 'backspace' }], 'ab', [0, 2]],
    ['backspace at the very start does nothing', [{ kind: 'backspace' }], '', [0, 0]],
    ['inserts in the middle', [ins('ac'), { kind: 'move', dir: 'left' }, ins('b')], 'abc', [0, 2]],
    ['pastes several lines', [ins('one\r\ntwo\nthree')], 'one\ntwo\nthree', [2, 5]],
    ['up keeps the column when it can', [ins('abcdef'), { kind: 'newline' }, ins('xy'), { kind: 'move', dir: 'up' }], 'abcdef\nxy', [0, 2]],
    ['down clamps to the line end', [ins('abcdef'), { kind: 'newline' }, ins('x'), { kind: 'move', dir: 'up' }, { kind: 'move', dir: 'end' }, { kind: 'move', dir: 'down' }], 'abcdef\nx', [1, 1]],
    ['delete joins the next line', [ins('a'), { kind: 'newline' }, ins('b'), { kind: 'move', dir: 'up' }, { kind: 'move', dir: 'end' }, { kind: 'delete' }], 'ab', [0, 1]],
    ['Ctrl-U clears to the line start', [ins('hello world'), { kind: 'killLine' }], '', [0, 0]],
    ['Ctrl-W deletes a word', [ins('hello world'), { kind: 'deleteWord' }], 'hello ', [0, 6]],
    ['left wraps to the previous line', [ins('a'), { kind: 'newline' }, { kind: 'move', dir: 'left' }], 'a\n', [0, 1]],
    ['tabs become spaces', [ins('\tx')], '    x', [0, 5]],
    ['backspace removes a whole emoji', [ins('🚀🎉'), { kind: 'backspace' }], '🚀', [0, 2]],
    ['left steps over an emoji, not into it', [ins('a🎉b'), { kind: 'move', dir: 'left' }, { kind: 'move', dir: 'left' }, ins('x')], 'ax🎉b', [0, 2]],
    ['delete removes a flag (two code points) at once', [ins('🇫🇷!'), { kind: 'move', dir: 'home' }, { kind: 'delete' }], '!', [0, 0]],
    ['an accented letter typed as two code points is one step', [ins('e\u0301x'), { kind: 'move', dir: 'left' }, { kind: 'move', dir: 'left' }], 'e\u0301x', [0, 0]],
    ['up never lands inside an emoji', [ins('🚀🚀🚀'), { kind: 'newline' }, ins('abc'), { kind: 'move', dir: 'up' }], '🚀🚀🚀\nabc', [0, 2]],
    ['in code, a new line keeps the indentation', [ins('    x = 1'), { kind: 'newline', indent: true }, ins('y')], '    x = 1\n    y', [1, 5]],
    ['in code, one level more after a colon', [ins('    if x:'), { kind: 'newline', indent: true }, ins('y')], '    if x:\n        y', [1, 9]],
    ['a plain new line does not indent', [ins('    if x:'), { kind: 'newline' }, ins('y')], '    if x:\ny', [1, 1]],
    ['control and bidi characters are dropped on insert', [ins('a\u202Eb\u001b[31mc')], 'ab[31mc', [0, 7]],
  ])('%s', (_n, actions, text, [row, col]) => {
    const e = apply(actions);
    expect(editorText(e)).toBe(text);
    expect([e.row, e.col]).toEqual([row, col]);
  });
});
