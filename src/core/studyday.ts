/**
 * Study days: a day starts at a local cutoff hour (default 4 am) in the user's time zone, so a review
 * at 1 am still counts for "yesterday". ts-fsrs counts days by UTC date, so scheduling happens in
 * "study time": the local wall clock minus the cutoff, written as if it were UTC. Then UTC dates of
 * study time are study days, in every zone and across DST changes.
 */
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The host's zone (which honours TZ). Uses Date's local getters: starting ICU for Intl costs ~12 ms. */
export const LOCAL_ZONE = 'local';

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === LOCAL_ZONE) return true;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall-clock time of an instant, as milliseconds of a UTC date with the same fields. */
export function wallClockMs(instant: Date, timeZone: string): number {
  // UTC needs no time-zone data (creating an Intl formatter costs ~15 ms of start-up).
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return instant.getTime();
  if (timeZone === LOCAL_ZONE) {
    const d = instant;
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  }
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second) + (instant.getTime() % 1000 + 1000) % 1000;
}

/** Minutes east of UTC at an instant. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return Math.round((wallClockMs(instant, timeZone) - instant.getTime()) / 60_000);
}

/** Study time: what we hand to ts-fsrs instead of the real instant. */
export function toStudyTime(instant: Date, timeZone: string, cutoffHour: number): Date {
  return new Date(wallClockMs(instant, timeZone) - cutoffHour * HOUR_MS);
}

/** The study day of an instant as a day number (days since 1970-01-01). */
export function studyDayNumber(instant: Date, timeZone: string, cutoffHour: number): number {
  return Math.floor(toStudyTime(instant, timeZone, cutoffHour).getTime() / DAY_MS);
}

export function dayNumberToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isoToDayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The study day of an instant as YYYY-MM-DD. */
export function studyDay(instant: Date, timeZone: string, cutoffHour: number): string {
  return dayNumberToIso(studyDayNumber(instant, timeZone, cutoffHour));
}

/** The local calendar date (no cutoff) as YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant, timeZone)).toISOString().slice(0, 10);
}

/**
 * The real instant at which a local wall-clock time occurs: the earlier one when the clock falls back
 * (the time happens twice), and the moment the clock jumps forward when it falls in a DST gap.
 */
export function fromWallClock(wallMs: number, timeZone: string): Date {
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((d) => offsetMinutes(new Date(wallMs + d), timeZone)));
  const candidates = [...offsets].map((o) => wallMs - o * 60_000).sort((a, b) => a - b);
  const exact = candidates.find((c) => wallClockMs(new Date(c), timeZone) === wallMs);
  if (exact !== undefined) return new Date(exact);
  // In a gap: the first instant whose local time is past the requested one.
  return new Date(candidates.find((c) => wallClockMs(new Date(c), timeZone) > wallMs) ?? candidates[candidates.length - 1]!);
}

/** When a study day begins: the cutoff hour of that local date. */
export function startOfStudyDay(day: number, timeZone: string, cutoffHour: number): Date {
  return fromWallClock(day * DAY_MS + cutoffHour * HOUR_MS, timeZone);
}

/** Midnight at the start of a local calendar day (for the checklist: no cutoff there). */
export function startOfLocalDay(isoDate: string, timeZone: string): Date {
  return fromWallClock(Date.parse(`${isoDate}T00:00:00Z`), timeZone);
}
