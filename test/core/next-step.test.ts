import { describe, expect, it } from 'vitest';
import { nextStep, type NextStepInput } from '../../src/core/next-step.js';

const base: NextStepInput = { due: { items: 0, stories: 0 }, newAvailable: 0, goal: { met: false }, interview: null, deadline: null };
const iv = (daysLeft: number, open: number, overdue = 0) => ({ daysLeft, checklist: { stage: 'd-3', open, overdue } });

describe('nextStep', () => {
  it.each([
    [{ due: { items: 14, stories: 0 } }, '14 due', 'prep review'],
    [{ due: { items: 14, stories: 0 }, interview: iv(2, 1, 2) }, 'checklist: 2 overdue', 'prep checklist'],
    [{ interview: iv(3, 2) }, 'checklist D-3: 2 open', 'prep checklist'],
    [{ interview: iv(20, 2), newAvailable: 3 }, '3 new items to start', 'prep drill'],
    [{ due: { items: 0, stories: 2 } }, '2 STAR stories due', 'prep star practice'],
    [{ deadline: { active: true, today: { newLeft: 5 } }, interview: iv(5, 0) }, 'the plan has 5 more new items for today', 'prep drill'],
    [{ goal: { met: true }, newAvailable: 4 }, 'the goal is met: nothing else is due today', null],
    [{}, 'nothing is due', null],
  ])('%j', (over, text, command) => expect(nextStep({ ...base, ...over } as NextStepInput)).toEqual({ text, command }));
});
