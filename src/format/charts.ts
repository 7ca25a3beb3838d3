/**
 * Small terminal charts drawn with block characters, so they read the same with NO_COLOR and for
 * colour-blind eyes (height and shade carry the value, never hue). Pure; every chart fits its width.
 */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const COLUMN = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** A horizontal bar of `value / max` over `width` cells, in eighths of a cell. */
export function hbar(value: number, max: number, width: number): string {
  if (!(max > 0) || !(value > 0)) return '';
  const eighths = Math.round((Math.min(value, max) / max) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
}

/** A bar from 0 to 1 with a mark at `target` (e.g. retention against the desired retention). */
export function gauge(value: number, target: number, width: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, value)) * width);
  const mark = Math.min(width - 1, Math.round(target * width));
  return Array.from({ length: width }, (_, i) => (i === mark ? '│' : i < filled ? '█' : '░')).join('');
}

const short = (n: number) => (n >= 10_000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k` : String(Math.round(n * 10) / 10));

/**
 * A column chart: one column per value (`cell` characters wide), `height` rows, the largest value on the
 * axis; `labels` (same length) are shown under the first, middle and last column.
 */
export function columns(values: readonly number[], opts: { height?: number; cell?: number; labels?: readonly string[] } = {}): string {
  const height = opts.height ?? 5;
  const cell = opts.cell ?? 1;
  const max = Math.max(0, ...values);
  const axis = short(max).length;
  const rows: string[] = [];
  for (let r = height - 1; r >= 0; r--) {
    const line = values.map((v) => {
      const level = max > 0 ? Math.round((v / max) * height * 8) - r * 8 : 0;
      const ch = level >= 8 ? COLUMN[8]! : level > 0 ? COLUMN[level]! : r === 0 && v > 0 ? COLUMN[1]! : ' ';
      return ch.repeat(cell);
    }).join('');
    const tick = r === height - 1 ? short(max).padStart(axis) : r === 0 ? '0'.padStart(axis) : ' '.repeat(axis);
    rows.push(`${tick} ┤${line}`.trimEnd());
  }
  const labels = opts.labels ?? [];
  if (labels.length === values.length && values.length) {
    const width = values.length * cell;
    const under = Array<string>(width).fill(' ');
    const put = (i: number, align: 'l' | 'c' | 'r') => {
      const text = labels[i]!;
      const at = align === 'l' ? i * cell : align === 'r' ? (i + 1) * cell - text.length : i * cell - Math.floor(text.length / 2);
      if (at < 0 || at + text.length > width || under.slice(at, at + text.length).some((c) => c !== ' ')) return;
      for (let k = 0; k < text.length; k++) under[at + k] = text[k]!;
    };
    put(0, 'l');
    put(values.length - 1, 'r');
    put(Math.floor(values.length / 2), 'c');
    rows.push(`${' '.repeat(axis + 2)}${under.join('').trimEnd()}`);
  }
  return rows.join('\n');
}

const SHADES = ['·', '░', '▒', '▓', '█'];
/** Month labels without Intl (starting ICU costs ~10 ms of the stats screen's start-up). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A year of study days as a calendar: a column per week (Monday first), a row per weekday, a shade per
 * day by quartile of the busy days (· none). `counts` maps YYYY-MM-DD to reviews; `lastDay` is today.
 */
export function heatmap(counts: ReadonlyMap<string, number>, lastDay: string, weeks = 53): string {
  const DAY = 86_400_000;
  const last = Date.parse(`${lastDay}T00:00:00Z`);
  const weekday = (new Date(last).getUTCDay() + 6) % 7; // Monday 0
  const start = last - (weekday + (weeks - 1) * 7) * DAY;
  const busy = [...counts.values()].filter((n) => n > 0).sort((a, b) => a - b);
  const q = (p: number) => busy[Math.floor(p * (busy.length - 1))] ?? 0;
  const cuts = [q(0.25), q(0.5), q(0.75)];
  const shade = (n: number) => (n <= 0 ? SHADES[0]! : SHADES[1 + cuts.filter((c) => n > c).length]!);
  const names = ['Mon', '   ', 'Wed', '   ', 'Fri', '   ', 'Sun'];
  const months = Array<string>(weeks).fill(' ');
  for (let w = 0; w < weeks; w++) {
    const d = new Date(start + w * 7 * DAY);
    if (d.getUTCDate() <= 7 && w + 3 <= weeks) {
      const label = MONTHS[d.getUTCMonth()]!;
      for (let k = 0; k < 3; k++) months[w + k] = label[k]!;
    }
  }
  const rows = [`    ${months.join('').trimEnd()}`];
  for (let r = 0; r < 7; r++) {
    let line = '';
    for (let w = 0; w < weeks; w++) {
      const t = start + (w * 7 + r) * DAY;
      line += t > last ? ' ' : shade(counts.get(new Date(t).toISOString().slice(0, 10)) ?? 0);
    }
    rows.push(`${names[r]} ${line}`.trimEnd());
  }
  rows.push(`    less ${SHADES.join(' ')} more${busy.length ? `  (█: more than ${cuts[2]} reviews)` : ''}`);
  return rows.join('\n');
}
