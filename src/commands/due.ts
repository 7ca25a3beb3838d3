/** `prep due`: what is due now, from cards and the clock. The hottest scripting path: keep it lean. */
import type { Settings } from '../core/types.js';
import { dueReport, type DueCounts, type DueReport } from '../core/due.js';
import { startOfStudyDay, studyDay, studyDayNumber } from '../core/studyday.js';

/** What `due` needs: the full Ctx provides it (due-deps.ts), and so does the CommonJS fast path (src/fast/due-fast.ts). */
export interface DueDeps {
  now(): Date;
  settings(): Promise<Settings>;
  store(): Promise<{ dueCounts(now: Date, dayStart: Date): DueCounts; storyCount(): number; newStartedOn(day: string): number; reviewsOn(day: string): number }>;
}

export async function due(deps: DueDeps): Promise<DueReport> {
  const [settings, store] = await Promise.all([deps.settings(), deps.store()]);
  const now = deps.now();
  const day = studyDay(now, settings.timeZone, settings.dayCutoffHour);
  const dayStart = startOfStudyDay(studyDayNumber(now, settings.timeZone, settings.dayCutoffHour), settings.timeZone, settings.dayCutoffHour);
  return dueReport({
    now,
    studyDay: day,
    counts: store.dueCounts(now, dayStart),
    storyTotal: store.storyCount(),
    newPerDay: settings.newPerDay,
    newStartedToday: store.newStartedOn(day),
    reviewedToday: store.reviewsOn(day),
  });
}

export function formatDue(r: DueReport, paint: (style: 'bold' | 'dim' | 'green' | 'yellow', s: string) => string, when: (iso: string) => string): string {
  const lines: string[] = [];
  const n = (x: number, word: string) => `${x} ${word}${x === 1 ? '' : 's'}`;
  if (r.dueNow === 0 && r.newAvailable === 0 && r.stories.due === 0) {
    lines.push(paint('green', 'Nothing due.') + (r.nextDueAt ? ` Next review ${when(r.nextDueAt)}.` : ''));
  } else {
    lines.push(`${paint('bold', n(r.dueNow, 'review'))} due now${r.overdue ? paint('yellow', ` (${r.overdue} overdue)`) : ''}, ${n(r.newAvailable, 'new item')} available today.`);
    if (r.learning) lines.push(`${n(r.learning, 'item')} in learning steps.`);
    if (r.stories.total) lines.push(`${r.stories.due} STAR ${r.stories.due === 1 ? 'story' : 'stories'} due for rehearsal (of ${r.stories.total}).`);
    if (r.nextDueAt) lines.push(paint('dim', `Next after that: ${when(r.nextDueAt)}.`));
    const items = r.dueNow ? 'Run `prep review` for the due queue or `prep drill` for a session' : r.newAvailable ? 'Run `prep drill` to start' : '';
    const stories = r.stories.due ? '`prep star practice` rehearses the due stories' : '';
    lines.push(paint('dim', `${[items, stories].filter(Boolean).join('; ')}.`));
  }
  if (r.reviewedToday) lines.push(paint('dim', `Reviewed today (${r.studyDay}): ${r.reviewedToday}.`));
  return lines.join('\n');
}
