/**
 * The daily goal and the streak: read for the today screen (today.ts), and as the line `prep drill` appends to
 * the session's summary (commands/drill.ts runDrill); the session itself (drill-session.ts) needs no change.
 */
import type { Ctx } from '../context.js';
import { goalProgress, streakOf, type GoalProgress, type Streak } from '../core/stats.js';
import { studyDay } from '../core/studyday.js';
import { dayTotals, studyDays } from '../adapters/stats-queries.js';

/** The daily goal and streak (the today screen, and the line at the end of a drill). */
export async function goalAndStreak(ctx: Ctx): Promise<{ goal: GoalProgress; streak: Streak; studyDay: string }> {
  const [settings, store] = await Promise.all([ctx.settings(), ctx.store()]);
  const day = studyDay(ctx.now(), settings.timeZone, settings.dayCutoffHour);
  const totals = dayTotals(store.db, day);
  return { goal: goalProgress(settings.dailyGoal, totals.reviews, totals.seconds), streak: streakOf(studyDays(store.db), day), studyDay: day };
}

export async function streakLine(ctx: Ctx): Promise<string> {
  const { goal, streak } = await goalAndStreak(ctx);
  const left = goal.target - goal.done;
  const goalText = goal.met ? `Daily goal met (${goal.done} of ${goal.target} ${goal.unit})` : `Daily goal: ${goal.done} of ${goal.target} ${goal.unit} (${left} to go)`;
  const streakText = streak.days ? `streak ${streak.days} day${streak.days === 1 ? '' : 's'}${streak.days === streak.longest && streak.days > 1 ? ' (your longest)' : ''}` : 'no streak yet';
  return `${goalText}; ${streakText}.`;
}
