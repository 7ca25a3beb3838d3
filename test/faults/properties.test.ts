/** Properties of the sanitiser (terminal output) and of JSON and YAML escaping (exports), on text rich in controls. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { isSafe, sanitize, toJson } from '../../src/core/sanitize.js';
import { stringifySafe } from '../../src/adapters/yaml-doc.js';

/** Every code unit a terminal may act on, or that reads differently from what it is. */
const forbidden = (c: number) =>
  (c < 0x20 && c !== 0x0a && c !== 0x09) || (c >= 0x7f && c <= 0x9f) || c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

// Random strings seldom hold a bidi override or an 8-bit CSI: mix them in on purpose.
const CONTROLS = ['\u001b', '\u001b[31m', '\u001b]0;t\u0007', '\u009b', '\u0085', '\u007f', '\u202e', '\u2066', '\u061c', '\u200f', '\r', '\r\n', '\n', '\t', '\u0000', '\u2028', '\u2029'];
const hostile = fc.array(fc.oneof(fc.constantFrom(...CONTROLS), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 24 }).map((p) => p.join(''));

describe('sanitize (terminal output)', () => {
  it('is exactly: line ends made \\n, then every forbidden code unit dropped (model)', () => {
    fc.assert(fc.property(hostile, (s) => {
      const model = s.replace(/\r\n?/g, '\n').split('').filter((ch) => !forbidden(ch.charCodeAt(0))).join('');
      expect(sanitize(s)).toBe(model);
    }), { numRuns: 300 });
  });

  it('leaves nothing a terminal acts on, and is idempotent', () => {
    fc.assert(fc.property(hostile, (s) => {
      const out = sanitize(s);
      expect(isSafe(out)).toBe(true);
      expect(sanitize(out)).toBe(out);
    }), { numRuns: 300 });
  });
});

const RAW_IN_JSON = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, hostile, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(hostile, tie('value'), { maxKeys: 4 })),
})).value;

describe('toJson (every --json report and JSON export)', () => {
  it('is valid JSON holding the same data as JSON.stringify, with no raw control, C1, bidi or separator', () => {
    fc.assert(fc.property(jsonish, fc.constantFrom(undefined, 2), (v, indent) => {
      const text = toJson(v, indent);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
      expect(text).not.toMatch(RAW_IN_JSON);
    }), { numRuns: 300 });
  });
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('stringifySafe (star export --format yaml)', () => {
  it('reads back the same strings and leaves no control but newline and tab raw', () => {
    const wellFormed = hostile.filter((s) => !LONE_SURROGATE.test(s)); // YAML text is Unicode: no half characters
    fc.assert(fc.property(fc.record({ title: wellFormed, situation: wellFormed, themes: fc.array(wellFormed, { maxLength: 3 }) }), (story) => {
      const text = stringifySafe({ version: 1, stories: [story] });
      expect(text.replace(/\t/g, ' ')).not.toMatch(RAW_IN_JSON);
      expect(parseYaml(text).stories[0]).toEqual(story);
    }), { numRuns: 300 });
  });
});
