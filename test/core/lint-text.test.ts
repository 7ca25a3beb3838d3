import { describe, expect, it } from 'vitest';
import { mojibakeIn, placeholderIn, scanStrings, wideLines } from '../../src/core/lint/text.js';

describe('placeholders', () => {
  it.each([
    ['Explain this. TODO', 'prompt', 'TODO'],
    ['TBD later', 'answer', 'TBD'],
    ['FIXME', 'point', 'FIXME'],
    ['Lorem ipsum dolor', 'answer', 'lorem ipsum'],
    ['Call xxx for help', 'answer', 'xxx'],
    ['and so on...', 'answer', '...'],
    ['Fill in <placeholder> here', 'answer', '<placeholder>'],
    ['a todo list app', 'answer', undefined],
    ['Index with `x[..., 0]` in numpy', 'answer', undefined],
    ['def f():\n    ...\n', 'solution', undefined],
    ['x = y  # TODO remove', 'solution', 'TODO'],
    ['# TODO: implement\n', 'starter', undefined],
    ['[a] -> ... -> [b]', 'diagram', undefined],
    ['XXXL shirts', 'answer', undefined],
  ])('%j in %s -> %s', (text, field, expected) => {
    expect(placeholderIn(text, field)).toBe(expected);
  });
});

describe('mojibake', () => {
  it.each([
    ['CafÃ©', 'Ã©'],
    ['donâ€™t', 'â€'],
    ['100Â %', 'Â '],
    ['bad \uFFFD char', '\uFFFD'],
    ['Café naïve “quotes” — fine', undefined],
  ])('%j -> %j', (text, expected) => expect(mojibakeIn(text)).toBe(expected));
});

describe('wide lines', () => {
  it('reports lines over 78 code points with their index', () => {
    expect(wideLines(`ok\n${'x'.repeat(78)}\n${'y'.repeat(79)}\n${'é'.repeat(78)}`)).toEqual([{ index: 2, width: 79 }]);
  });
});

describe('scanStrings', () => {
  it('names the field and skips ids, tags and urls', () => {
    const issues = scanStrings('g.yaml', ['sections', 0], { id: 'xxx', title: 'Resources...', tags: ['todo'], url: 'https://x.test/xxx', entries: [{ text: 'TBD' }] });
    expect(issues.map((i) => `${i.path.join('.')} ${i.message}`)).toEqual(['sections.0.title placeholder text "..." in title', 'sections.0.entries.0.text placeholder text "TBD" in text']);
  });
});
