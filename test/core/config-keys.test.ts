import { describe, expect, it } from 'vitest';
import { accepts, configKey, readValue } from '../../src/core/config-keys.js';

describe('prep config keys and values', () => {
  it.each([['daily-minutes', 'daily_minutes'], ['DAILY_MINUTES', 'daily_minutes'], ['daily minutes', null], ['nope', null]])('%s -> %s', (k, v) => expect(configKey(k, ['daily_minutes'])).toBe(v));
  it.each([
    [{ type: 'integer', minimum: 0, maximum: 23 }, 'a whole number from 0 to 23'],
    [{ type: 'number', exclusiveMinimum: 0, maximum: 100 }, 'a number from 0 (exclusive) to 100'],
    [{ enum: ['four', 'two'] }, 'one of four, two'],
    [{ type: 'array', items: { enum: ['ds', 'mle'] } }, 'a list of ds, mle (comma-separated)'],
    [{ type: 'string' }, 'text'],
  ])('%j accepts %s', (s, words) => expect(accepts(s)).toBe(words));
  it.each([
    [['45'], { type: 'integer' }, 45],
    [['0.85'], { type: 'number' }, 0.85],
    [['4x'], { type: 'integer' }, '4x'],
    [['mle,', 'mlops'], { type: 'array' }, ['mle', 'mlops']],
    [['[ds, "fs"]'], { type: 'array' }, ['ds', 'fs']],
    [['[]'], { type: 'array' }, []],
    [['Europe/London'], { type: 'string' }, 'Europe/London'],
  ])('%j (%j) -> %j', (words, s, v) => expect(readValue(words, s)).toEqual(v));
});
