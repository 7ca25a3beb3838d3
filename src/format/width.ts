/**
 * Display width of text in a terminal cell grid. Interactive screens call `preciseWidths()` first and
 * get string-width (grapheme clusters, emoji sequences, East Asian width) and wrap-ansi for wrapping;
 * one-shot output keeps a cheap
 * approximation so `prep show` and friends do not pay string-width's ~50 ms start-up. ESM live binding:
 * importers see the precise function once it is loaded.
 */
const ASCII = /^[\x20-\x7e]*$/;
/**
 * One cell each, for certain: printable Latin, punctuation, arrows, box drawing, block elements (bars,
 * rules) and the symbols our screens print (the stopwatch, check marks). string-width's first call
 * compiles its emoji tables (~100 ms), so a screen of only these never pays for it.
 */
const NARROW = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u23f1\u2500-\u259f\u2713-\u2718]*$/;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Code points, with combining marks and zero-width characters at 0 and wide ones at 2. */
export function approxWidth(s: string): number {
  if (ASCII.test(s)) return s.length;
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || /[\p{M}\p{Cf}]/u.test(ch) || cp === 0xfe0f) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

export let displayWidth: (s: string) => number = approxWidth;

export interface WrapOptions {
  hard?: boolean;
  trim?: boolean;
  wordWrap?: boolean;
}
/** wrap-ansi once an interactive screen has loaded it (word wrapping by display width, colour-safe). */
export let wrapAnsi: ((text: string, columns: number, options?: WrapOptions) => string) | null = null;

/** string-width and wrap-ansi, for screens that redraw: both cost ~50 ms to load, so one-shot output skips them. */
export async function preciseWidths(): Promise<void> {
  const [{ default: stringWidth }, { default: wrap }] = await Promise.all([import('string-width'), import('wrap-ansi')]);
  // A redraw measures the same strings every second: remember the costly ones (bounded).
  const seen = new Map<string, number>();
  displayWidth = (s) => {
    if (NARROW.test(s)) return s.length;
    let w = seen.get(s);
    if (w === undefined) {
      if (seen.size > 4096) seen.clear();
      seen.set(s, (w = stringWidth(s)));
    }
    return w;
  };
  wrapAnsi = wrap;
}

/** Width of a string that may carry colour codes. */
export const visibleLength = (s: string) => displayWidth(s.replace(SGR, ''));
