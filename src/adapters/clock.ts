/**
 * The clock. With PREP_NOW (an ISO time) the program starts at that instant and then runs at real
 * speed, so tests get fixed dates while countdowns still tick.
 */
import { PrepError } from '../errors.js';
import type { Env } from './paths.js';

export type Clock = () => Date;

export function makeClock(env: Env, realNow: () => number = Date.now, monotonic: () => number = () => performance.now()): Clock {
  const fake = env.PREP_NOW;
  if (!fake) return () => new Date(realNow());
  const start = Date.parse(fake);
  if (Number.isNaN(start)) {
    throw new PrepError('usage', `PREP_NOW is not a date: ${JSON.stringify(fake)}`, {
      hint: 'Use an ISO time such as PREP_NOW=2026-03-01T09:00:00Z, or unset it.',
    });
  }
  // It runs on from PREP_NOW by the monotonic clock: a system clock stepped meanwhile does not move it.
  const t0 = monotonic();
  return () => new Date(start + (monotonic() - t0));
}
