/** Colour through chalk, switched off entirely unless the context allows it (chalk 5 ignores NO_COLOR). */

export type Style = 'bold' | 'dim' | 'green' | 'yellow' | 'red' | 'cyan' | 'magenta' | 'underline' | 'inverse';
export type Paint = (style: Style, s: string) => string;

export const plain: Paint = (_style, s) => s;

/** `fancy`: the context allows colour (a terminal, no --json, no NO_COLOR). */
export async function painter(ctx: { readonly fancy: boolean }): Promise<Paint> {
  if (!ctx.fancy) return plain;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return (style, s) => c[style](s);
}

/** "Tue 3 Mar, 14:05" in the user's zone; the year too when it is not this year's. */
export function localStamp(t: Date, now: Date, timeZone: string): string {
  const zone = timeZone === 'local' ? {} : { timeZone };
  const year = (d: Date) => new Intl.DateTimeFormat('en-GB', { ...zone, year: 'numeric' }).format(d);
  const sameYear = year(t) === year(now);
  return new Intl.DateTimeFormat('en-GB', { ...zone, weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t);
}

/** "in 3h (Tue 14:05)", "2d ago (Sun 09:00)" in the user's time zone. */
export function relativeTime(iso: string, now: Date, timeZone: string): string {
  const t = new Date(iso);
  const diff = t.getTime() - now.getTime();
  const abs = Math.abs(diff);
  const span = abs < 60_000 ? 'now' : abs < 3_600_000 ? `${Math.round(abs / 60_000)}m` : abs < 86_400_000 ? `${Math.round(abs / 3_600_000)}h` : `${Math.round(abs / 86_400_000)}d`;
  const stamp = localStamp(t, now, timeZone);
  if (span === 'now') return diff > 0 ? `in under a minute (${stamp})` : `now (${stamp})`;
  return diff >= 0 ? `in ${span} (${stamp})` : `${span} ago (${stamp})`;
}
