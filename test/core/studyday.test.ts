import { describe, expect, it } from 'vitest';
import { localDate, offsetMinutes, startOfStudyDay, studyDay, studyDayNumber, isoToDayNumber } from '../../src/core/studyday.js';

describe('study days with a 4 am cutoff', () => {
  it.each([
    // instant (UTC), zone, expected study day
    ['2026-03-01T18:00:00Z', 'Asia/Tokyo', '2026-03-01'], // 03:00 Tokyo on the 2nd: still the 1st
    ['2026-03-01T19:00:00Z', 'Asia/Tokyo', '2026-03-02'], // 04:00 Tokyo on the 2nd
    ['2026-03-01T11:59:00Z', 'America/Los_Angeles', '2026-02-28'], // 03:59 LA
    ['2026-03-01T12:00:00Z', 'America/Los_Angeles', '2026-03-01'], // 04:00 LA
    ['2026-03-02T07:30:00Z', 'America/Los_Angeles', '2026-03-01'], // 23:30 LA
    ['2026-03-01T03:59:59Z', 'UTC', '2026-02-28'],
    ['2026-03-01T04:00:00Z', 'UTC', '2026-03-01'],
  ])('%s in %s is study day %s', (iso, zone, day) => {
    expect(studyDay(new Date(iso), zone, 4)).toBe(day);
  });

  it('follows the DST change in Los Angeles (8 March 2026: clocks jump 2:00 -> 3:00)', () => {
    expect(offsetMinutes(new Date('2026-03-08T09:00:00Z'), 'America/Los_Angeles')).toBe(-480);
    expect(offsetMinutes(new Date('2026-03-08T11:00:00Z'), 'America/Los_Angeles')).toBe(-420);
    // Day starts at 4 am local on both sides of the change.
    expect(startOfStudyDay(isoToDayNumber('2026-03-07'), 'America/Los_Angeles', 4).toISOString()).toBe('2026-03-07T12:00:00.000Z');
    expect(startOfStudyDay(isoToDayNumber('2026-03-08'), 'America/Los_Angeles', 4).toISOString()).toBe('2026-03-08T11:00:00.000Z');
    expect(startOfStudyDay(isoToDayNumber('2026-11-01'), 'America/Los_Angeles', 4).toISOString()).toBe('2026-11-01T12:00:00.000Z');
    // 23 hours after the start of 7 March is still 7 March's study day; 24 hours after is the 8th.
    expect(studyDay(new Date('2026-03-08T10:59:00Z'), 'America/Los_Angeles', 4)).toBe('2026-03-07');
    expect(studyDay(new Date('2026-03-08T11:00:00Z'), 'America/Los_Angeles', 4)).toBe('2026-03-08');
  });

  it('handles a cutoff inside the DST gap (2 am on the day clocks jump)', () => {
    const start = startOfStudyDay(isoToDayNumber('2026-03-08'), 'America/Los_Angeles', 2);
    expect(studyDayNumber(start, 'America/Los_Angeles', 2)).toBe(isoToDayNumber('2026-03-08'));
  });

  it('local calendar dates have no cutoff', () => {
    expect(localDate(new Date('2026-03-01T16:00:00Z'), 'Asia/Tokyo')).toBe('2026-03-02');
    expect(localDate(new Date('2026-03-01T16:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-01');
  });
});
