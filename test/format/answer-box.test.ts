import { describe, expect, it } from 'vitest';
import { answerBox } from '../../src/format/answer-box.js';
import { plain } from '../../src/format/paint.js';
import { approxWidth, preciseWidths, visibleLength } from '../../src/format/width.js';
import type { EditorState } from '../../src/core/editor.js';

// eslint-disable-next-line no-control-regex
const bare = (rows: string[]) => rows.map((r) => r.replace(/\u001b\[\d+m/g, ''));
const ed = (text: string, row = 0, col = text.split('\n')[row]!.length): EditorState => ({ lines: text.split('\n'), row, col });

describe('the answer box', () => {
  it('soft-wraps a long line at a space, every row with the margin, within the width', () => {
    const rows = bare(answerBox(ed('alpha beta gamma delta epsilon zeta eta theta'), 23, 10, plain));
    expect(rows).toEqual(['│ alpha beta gamma ', '│ delta epsilon zeta ', '│ eta theta ']);
    for (const r of rows) expect(visibleLength(r)).toBeLessThanOrEqual(23);
  });

  it('counts wide characters as two columns', async () => {
    await preciseWidths();
    const rows = bare(answerBox(ed('日本語日本語日本語日本語'), 13, 10, plain)); // 10 columns inside the margin
    expect(rows.slice(0, 3)).toEqual(['│ 日本語日本', '│ 語日本語日', '│ 本語 ']);
    for (const r of rows) expect(visibleLength(r)).toBeLessThanOrEqual(13);
  });

  it('draws the cursor in reverse video even without colour', () => {
    const [row] = answerBox(ed('abc', 0, 1), 40, 5, plain);
    expect(row).toBe('│ a\u001b[7mb\u001b[27mc');
  });

  it('shows a window around the cursor and says how many rows are above', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    const rows = bare(answerBox(ed(text, 29), 40, 6, plain));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toBe('│ … 25 rows above');
    expect(rows[5]).toBe('│ line 29 ');
  });

  it('with the cursor near the top, notes what is below instead', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    const rows = bare(answerBox(ed(text, 0, 0), 40, 5, plain));
    expect(rows[0]).toBe('│ line 0');
    expect(rows[4]).toBe('│ … 26 more below');
  });
});

describe('approximate widths (one-shot output)', () => {
  it.each([
    ['abc', 3],
    ['日本', 4],
    ['e\u0301', 1],
    ['🚀', 2],
    ['a\u200db', 2],
  ])('%j is %i columns', (s, w) => expect(approxWidth(s)).toBe(w));
});
