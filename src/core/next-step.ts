/** The one next step on the today screen, from its data. Pure; first match wins. */
export interface NextStep {
  text: string;
  /** The command to run, or null when there is nothing to do. */
  command: string | null;
}

export interface NextStepInput {
  due: { items: number; stories: number };
  newAvailable: number;
  goal: { met: boolean };
  interview: { daysLeft: number; checklist: { stage: string | null; open: number; overdue: number } } | null;
  deadline: { active: boolean; today: { newLeft: number } | null } | null;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
const stageName = (id: string | null) => (id ?? 'checklist').toUpperCase().replace(/^D([+-])/, 'D$1');

export function nextStep(t: NextStepInput): NextStep {
  const c = t.interview?.checklist;
  if (c && c.overdue > 0) return { text: `checklist: ${c.overdue} overdue`, command: 'prep checklist' };
  if (t.due.items > 0) return { text: `${t.due.items} due`, command: 'prep review' };
  if (c && c.open > 0 && t.interview!.daysLeft <= 7) return { text: `checklist ${stageName(c.stage)}: ${c.open} open`, command: 'prep checklist' };
  if (t.due.stories > 0) return { text: `${t.due.stories} STAR ${t.due.stories === 1 ? 'story' : 'stories'} due`, command: 'prep star practice' };
  if (t.deadline?.active && (t.deadline.today?.newLeft ?? 0) > 0) return { text: `the plan has ${plural(t.deadline.today!.newLeft, 'more new item')} for today`, command: 'prep drill' };
  if (t.newAvailable > 0 && !t.goal.met) return { text: `${plural(t.newAvailable, 'new item')} to start`, command: 'prep drill' };
  return { text: t.goal.met ? 'the goal is met: nothing else is due today' : 'nothing is due', command: null };
}
