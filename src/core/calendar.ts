/** Calendar dates (YYYY-MM-DD, local days): validation and day arithmetic. Pure. */
import { PrepError } from '../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date, or NaN for anything but a real YYYY-MM-DD date. */
function tryDayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return NaN;
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  const ms = new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) || isoFromDay(ms / DAY_MS) !== iso ? NaN : ms / DAY_MS;
}

/** Days since 1970-01-01 of a calendar date; throws on anything but a real YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  const n = tryDayNumber(iso);
  if (Number.isNaN(n)) throw new PrepError('invalid-input', `"${iso}" is not a calendar date.`, { hint: 'Write dates as YYYY-MM-DD, e.g. 2026-03-14.' });
  return n;
}

export function isoFromDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

export const isCalendarDate = (iso: string): boolean => !Number.isNaN(tryDayNumber(iso));

/** Years an interview date may fall in: anything else is a typo (0026 for 2026). */
export const INTERVIEW_YEARS = { min: 1970, max: 2100 } as const;

/** Why a date cannot be an interview date, or undefined when it can. */
export function interviewDateProblem(iso: string): string | undefined {
  if (!isCalendarDate(iso)) return `"${iso}" is not a calendar date YYYY-MM-DD`;
  const year = Number(iso.slice(0, 4));
  if (year < INTERVIEW_YEARS.min || year > INTERVIEW_YEARS.max) return `the year ${iso.slice(0, 4)} is out of range (${INTERVIEW_YEARS.min}-${INTERVIEW_YEARS.max})`;
  return undefined;
}

/** Calendar days from one date to another, or null when either is not a date (a bad stored row). */
export function daysOrNull(fromIso: string, toIso: string): number | null {
  const n = tryDayNumber(toIso) - tryDayNumber(fromIso);
  return Number.isNaN(n) ? null : n;
}

/** Calendar days from one date to another (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumber(toIso) - dayNumber(fromIso);
}

/** The date `offsetDays` calendar days from the interview date (negative: before it). */
export function stageStart(interviewDate: string, offsetDays: number): string {
  return isoFromDay(dayNumber(interviewDate) + offsetDays);
}
