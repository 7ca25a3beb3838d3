import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { displayWidth, preciseWidths, visibleLength } from '../../src/format/width.js';

describe('display width on interactive screens', () => {
  it.each([
    'plain ascii', '── 1/10 · ml-bias · concept ──', '██████░░░░', '⏱ 2:22 left', 'naïve café', '日本語のテキスト', '→ ← ↑ ↓',
    'e\u0301 combining', '👍🏽 thumbs', '👨‍👩‍👧 family', '✔ done', '✓ ✗ ✘ ⏱ 0:30', '“quoted” — dash… • bullet', '\u25fd wide square', '한국어', '',
  ])('agrees with string-width on %j (fast path or not)', async (s) => {
    await preciseWidths();
    expect(displayWidth(s)).toBe(stringWidth(s));
    expect(displayWidth(s)).toBe(stringWidth(s)); // again, from the memo
  });

  it('ignores colour codes', async () => {
    await preciseWidths();
    expect(visibleLength('\u001b[1m日本\u001b[0m ok')).toBe(7);
  });
});
