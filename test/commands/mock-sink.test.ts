import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportSink } from '../../src/commands/mock-session.js';
import type { MockReport } from '../../src/core/mock-report.js';
import { tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.done());

const report = (answered: number): MockReport => ({
  version: 1, id: null, kind: 'concept', startedAt: '2026-03-01T09:00:00.000Z', minutes: 30, seed: 1, interview: null, roles: [], status: 'finished', ended: null, questions: [],
  summary: { questions: 7, answered, followUps: 0, followUpsAnswered: 0, coverage: null, timedOut: 0, seconds: 0, graded: 0 },
});

describe('a mock round whose data file fills up', () => {
  it('keeps what was saved, writes the rest to a file in the temp folder, and says which', () => {
    const saved: number[] = [];
    let full = false;
    const rounds = { save: (_id: number, r: MockReport) => { if (full) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }); saved.push(r.summary.answered); } };
    const sink = new ReportSink(rounds, 4, t.dir);
    sink.save(report(1), 'running');
    full = true;
    sink.save(report(2), 'running');
    sink.save(report(3), 'finished');
    expect(saved).toEqual([1]);
    expect(sink.failure).toBe('database or disk is full');
    expect(sink.fallback).toMatch(/prep-mock-4-2026-03-01T09-00-00-000Z\.json$/);
    expect(existsSync(sink.fallback!)).toBe(true);
    expect(JSON.parse(readFileSync(sink.fallback!, 'utf8'))).toMatchObject({ id: 4, summary: { answered: 3 } });
  });
});
