/**
 * The interview checklist: stages relative to the interview date, which stage is current, which items
 * are due or overdue. Pure: dates arrive as local calendar dates (YYYY-MM-DD) that the caller took
 * from the clock adapter; action states (drills done, stories written) are computed by the caller.
 */
import { dayNumber, daysBetween, daysOrNull, isCalendarDate, isoFromDay } from './calendar.js';
import type { ChecklistAction, ChecklistFile, Role } from './schema.js';
import { toSlug, uniqueSlug } from './star.js';

export interface Interview {
  id: string;
  company: string;
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  role?: string;
  notes?: string;
  /** Roles set with `--roles` (else read from `role`: core/roles.ts). */
  roles?: Role[];
}

export { daysBetween, daysOrNull, INTERVIEW_YEARS, interviewDateProblem, isCalendarDate, stageStart } from './calendar.js';

/** "Acme Corp" -> "acme-corp", then "acme-corp-2"... when taken; "interview" when nothing is left. */
export function interviewSlug(company: string, taken: ReadonlySet<string>): string {
  return uniqueSlug(toSlug(company, 'interview'), taken);
}

const byDate = (a: Interview, b: Interview) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/**
 * An interview by its exact id, else by company name (case-insensitive) when only one matches.
 * Unknown: the candidates are those whose id or company contains the reference, else all of them.
 */
export function resolveInterview(
  ref: string,
  interviews: Interview[],
): Interview | { error: 'unknown' | 'ambiguous'; candidates: Interview[] } {
  const byId = interviews.find((i) => i.id === ref);
  if (byId) return byId;
  const wanted = ref.trim().toLowerCase();
  const named = interviews.filter((i) => i.company.trim().toLowerCase() === wanted);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) return { error: 'ambiguous', candidates: [...named].sort(byDate) };
  const near = wanted ? interviews.filter((i) => i.id.includes(wanted) || i.company.toLowerCase().includes(wanted)) : [];
  return { error: 'unknown', candidates: [...(near.length > 0 ? near : interviews)].sort(byDate) };
}

/** The earliest interview on or after today; null when none is left. */
export function nextInterview(interviews: Interview[], today: string): Interview | null {
  return [...interviews].filter((i) => isCalendarDate(i.date) && i.date >= today).sort(byDate)[0] ?? null;
}

/** After the interview, its checklist stays the default (for the d+1 follow-ups) this many days. */
export const FOLLOW_UP_DAYS = 7;

/**
 * The interview the checklist is about when none is named: the next one (today included), else the
 * most recent one held within the last FOLLOW_UP_DAYS days, whose follow-ups are still current.
 */
export function defaultInterview(interviews: Interview[], today: string): Interview | null {
  const next = nextInterview(interviews, today);
  if (next) return next;
  const recent = interviews.filter((i) => {
    const d = daysOrNull(i.date, today);
    return d !== null && d >= 1 && d <= FOLLOW_UP_DAYS;
  });
  return recent.sort(byDate).at(-1) ?? null;
}

/** Other interviews in the coming week (today included), for a line naming them under the chosen one. */
export function alsoThisWeek(interviews: Interview[], chosen: Interview | null, today: string): { id: string; company: string; date: string; daysLeft: number }[] {
  return [...interviews].sort(byDate).flatMap((i) => {
    const d = daysOrNull(today, i.date);
    return i.id !== chosen?.id && d !== null && d >= 0 && d <= 7 ? [{ id: i.id, company: i.company, date: i.date, daysLeft: d }] : [];
  });
}

export type StageStatus = 'upcoming' | 'current' | 'past';

/** Whether an item's action is satisfied (e.g. "5 of 5 reviews"), computed by the caller. */
export interface ActionState {
  done: boolean;
  detail: string;
}

export interface ChecklistItemReport {
  id: string;
  text: string;
  detail?: string;
  /** For items with an action: the action's verdict; otherwise: ticked. */
  done: boolean;
  /** Its stage is past and it is not done (never for optional items, nor before a past interview). */
  overdue: boolean;
  /** Its stage has started, it is not done, and the interview it prepares for is not over. */
  dueNow: boolean;
  /** Ticked by hand; with an action, done may still be false ("ticked but not verified"). */
  checked: boolean;
  action?: ChecklistAction;
  actionDetail?: string;
}

export interface ChecklistStageReport {
  id: string;
  title: string;
  status: StageStatus;
  /** YYYY-MM-DD; null without an interview. */
  starts: string | null;
  items: ChecklistItemReport[];
}

export interface ChecklistReport {
  version: 1;
  interview: { id: string; company: string; date: string; daysLeft: number; role?: string } | null;
  today: string;
  stages: ChecklistStageReport[];
  /** Other interviews in the coming week: `prep checklist --interview ID` shows theirs. */
  also: { id: string; company: string; date: string; daysLeft: number }[];
}

/**
 * Stages in offset order. A stage is current from its start until the next (later) stage starts; the
 * last stage is current on its start day only, or, when it comes after the interview (d+1), until
 * FOLLOW_UP_DAYS after it. Past stages with items not done are overdue, except optional items and,
 * once the interview is over, the stages up to the day itself: only the follow-ups matter then.
 * Without an interview every stage is current and nothing is overdue: a generic list.
 */
export function buildChecklist(input: {
  checklist: ChecklistFile;
  interview: Interview | null;
  today: string;
  checked: ReadonlySet<string>;
  actions: ReadonlyMap<string, ActionState>;
  /** Every interview, to name the others of the coming week. */
  interviews?: Interview[];
}): ChecklistReport {
  const { checklist, interview, today, checked, actions } = input;
  const todayN = dayNumber(today);
  const stages = [...checklist.stages].sort((a, b) => a.offset_days - b.offset_days);

  return {
    version: 1,
    interview: interview
      ? {
          id: interview.id,
          company: interview.company,
          date: interview.date,
          daysLeft: daysBetween(today, interview.date),
          ...(interview.role !== undefined ? { role: interview.role } : {}),
        }
      : null,
    today,
    also: alsoThisWeek(input.interviews ?? [], interview, today),
    stages: stages.map((stage) => {
      let status: StageStatus = 'current';
      let starts: string | null = null;
      let lapsed = false;
      if (interview) {
        const interviewN = dayNumber(interview.date);
        const startN = interviewN + stage.offset_days;
        const later = stages.find((s) => s.offset_days > stage.offset_days);
        const endN = later ? interviewN + later.offset_days : stage.offset_days > 0 ? interviewN + FOLLOW_UP_DAYS + 1 : startN + 1;
        starts = isoFromDay(startN);
        status = todayN < startN ? 'upcoming' : todayN < endN ? 'current' : 'past';
        lapsed = todayN > interviewN && stage.offset_days <= 0;
      }
      return {
        id: stage.id,
        title: stage.title,
        status,
        starts,
        items: stage.items.map((item) => {
          const ticked = checked.has(item.id);
          const state = item.action ? actions.get(item.id) : undefined;
          // An action decides on its own; without a computed state, fall back to the tick.
          const done = state ? state.done : ticked;
          return {
            id: item.id,
            text: item.text,
            ...(item.detail !== undefined ? { detail: item.detail } : {}),
            done,
            overdue: status === 'past' && !done && !lapsed && !item.optional,
            dueNow: status !== 'upcoming' && !done && !lapsed,
            checked: ticked,
            ...(item.action ? { action: item.action } : {}),
            ...(state ? { actionDetail: state.detail } : {}),
          };
        }),
      };
    }),
  };
}
