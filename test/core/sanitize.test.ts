import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSafe, sanitize, sanitizeDeep } from '../../src/core/sanitize.js';

const forbidden = (cp: number) =>
  (cp < 0x20 && cp !== 0x0a && cp !== 0x09) || (cp >= 0x7f && cp <= 0x9f) || cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);

describe('sanitize', () => {
  it.each([
    ['plain text', 'plain text'],
    ['keeps\nnew lines\tand tabs', 'keeps\nnew lines\tand tabs'],
    ['\u001b[2J\u001b[31mred\u001b[0m', '[2J[31mred[0m'],
    ['title\u001b]0;pwned\u0007', 'title]0;pwned'],
    ['8-bit CSI \u009b31m', '8-bit CSI 31m'],
    ['bidi \u202eevil\u202c', 'bidi evil'],
    ['crlf\r\nline', 'crlf\nline'],
    ['bare\rcarriage', 'bare\ncarriage'],
    ['del\u007f', 'del'],
    ['café — naïve “quotes”', 'café — naïve “quotes”'],
  ])('%j', (input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('never leaves a forbidden code point (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = sanitize(s);
        for (const ch of out) expect(forbidden(ch.codePointAt(0)!)).toBe(false);
        expect(out.includes('\r')).toBe(false);
        expect(isSafe(out)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent and leaves safe text alone (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = sanitize(s);
        expect(sanitize(once)).toBe(once);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        if (isSafe(s)) expect(sanitize(s)).toBe(s);
      }),
    );
  });

  it('sanitises every string in a nested value', () => {
    expect(sanitizeDeep({ a: ['x\u001b[0m', { b: '\u202e' }], n: 3 })).toEqual({ a: ['x[0m', { b: '' }], n: 3 });
  });
});
