import { describe, expect, it } from 'vitest';
import { startDrill, type DrillEvent, type DrillItem } from '../../src/core/drill.js';
import { mockReport, type ReportMeta } from '../../src/core/mock-report.js';
import { ctrl, enter, fold, s, T0, type } from './drill-events.js';

const kp = [
  { point: 'Bias is underfitting.', evidence: ['underfit', 'too simple'] },
  { point: 'Variance is overfitting.', evidence: ['overfit', 'too sensitive'] },
];
const items: DrillItem[] = [
  { id: 'a', budget: 60, phases: [], keyPoints: kp, prompt: 'Bias and variance?', misconceptions: [{ claim: 'Bias is overfitting.', evidence: ['bias means overfitting'], contradicts: 0 }] },
  { id: 'a#1', budget: 20, phases: [], keyPoints: [{ point: 'Penalty', evidence: ['penalty', 'penalise'] }], prompt: 'Regularisation?', followUpOf: 'a' },
  { id: 'b', budget: 60, phases: [], keyPoints: kp, prompt: 'Again?' },
];
const meta: ReportMeta = { kind: 'concept', startedAt: '2026-03-01T09:00:00.000Z', minutes: 10, seed: 1, interview: null, roles: ['ds'], rounds: [{ kind: 'concept', minutes: 10, questions: [{ id: 'a', seconds: 60, followUpSeconds: 20 }, { id: 'b', seconds: 60, followUpSeconds: 0 }] }] };
const start = (seconds = 600) => startDrill({ items, at: T0, screen: { columns: 80, rows: 24 }, round: { seconds } });
const graded = (rating: 'again' | 'good', at: number): DrillEvent => ({ type: 'graded', rating, reviewId: 1, at, nextDue: 1 });

describe('mock round report', () => {
  it('a finished round: answers, coverage, misconceptions, time, follow-ups, both grades', () => {
    const st = fold([
      type('Bias means overfitting, and too sensitive models overfit.', s(5)), ctrl('d', s(30)),
      type('Add a penalty', s(31)), ctrl('d', s(40)),
      enter(s(50)),
      graded('again', s(60)), graded('good', s(61)), graded('good', s(62)),
    ], start());
    const r = mockReport(st, meta, 7);
    expect(r).toMatchObject({ version: 1, id: 7, kind: 'concept', status: 'finished', ended: 'answered' });
    expect(r.questions.map((q) => [q.id, q.round, q.mode, q.grade, q.seconds, q.timedOut])).toEqual([['a', 'concept', 'typed', 'again', 30, false], ['b', 'concept', 'spoken', 'good', 10, false]]);
    expect(r.questions[0]!.coverage).toBe(0.25); // one point covered, one contradicted (halved)
    expect(r.questions[0]!.misconceptions.map((m) => m.claim)).toEqual(['Bias is overfitting.']);
    expect(r.questions[0]!.followUps.map((f) => [f.id, f.answer, f.coverage, f.grade])).toEqual([['a#1', 'Add a penalty', 1, 'good']]);
    expect(r.summary).toEqual({ questions: 2, answered: 2, followUps: 1, followUpsAnswered: 1, coverage: 0.25, timedOut: 0, seconds: 50, graded: 3 });
  });

  it('the round clock ran out: the question in hand timed out, the rest never reached', () => {
    const st = fold([type('too simple underfits', s(5)), ctrl('d', s(10)), { type: 'tick', at: s(31) }], start(30));
    const r = mockReport(st, meta);
    expect(r.ended).toBe('time');
    expect(r.questions[0]!.followUps[0]).toMatchObject({ reached: true, timedOut: true, answer: null, seconds: 20 });
    expect(r.questions[1]).toMatchObject({ reached: false, answer: null, seconds: null, coverage: null, suggested: null });
    expect(r.summary).toMatchObject({ answered: 1, followUpsAnswered: 0, timedOut: 1 });
  });

  it('stopped with Ctrl-C mid-answer: interrupted, the text in the box kept', () => {
    const st = fold([enter(s(2)), type('half of it', s(4)), ctrl('c', s(5))], start());
    const r = mockReport(st, meta);
    expect(r.status).toBe('interrupted');
    expect(r.questions[0]!.followUps[0]).toMatchObject({ answer: 'half of it', reached: true, coverage: null });
    expect(r.questions[1]!.reached).toBe(false);
  });
});
