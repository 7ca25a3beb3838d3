/** Pure text helpers for terminal output: sanitising, wrapping prose, indenting preformatted blocks. */
import { sanitize } from '../core/sanitize.js';
import { displayWidth, visibleLength } from './width.js';

export { sanitize };

/** Re-wrap prose to a width, keeping blank-line paragraphs and list lines (with a hanging indent). */
export function wrap(text: string, width: number, indent = ''): string {
  const w = Math.max(20, width - indent.length);
  const out: string[] = [];
  sanitize(text).trim().split(/\n\s*\n/).forEach((para, pi) => {
    if (pi) out.push('');
    const lines = para.split('\n');
    const isList = lines.length > 1 && lines.every((l) => /^\s*(?:[-*]|\d+[.)])\s/.test(l));
    for (const chunk of isList ? lines : [lines.map((l) => l.trim()).join(' ')]) {
      const lead = chunk.match(/^\s*(?:[-*]|\d+[.)])\s+/)?.[0] ?? '';
      const hang = ' '.repeat(lead.length);
      let line = lead;
      let empty = true;
      for (const word of chunk.slice(lead.length).split(/\s+/).filter(Boolean)) {
        if (!empty && displayWidth(line) + 1 + displayWidth(word) > w) {
          out.push(indent + line);
          line = hang + word;
        } else line = empty ? line + word : `${line} ${word}`;
        empty = false;
      }
      out.push(indent + line);
    }
  });
  return out.join('\n');
}

export function block(text: string, indent = '  '): string {
  return sanitize(text).replace(/\s+$/, '').split('\n').map((l) => indent + l).join('\n');
}

/** m:ss. Countdowns round up (0:01 until it is really over); durations taken round to nearest. */
export function mmss(totalSeconds: number, how: 'ceil' | 'round' = 'ceil'): string {
  const s = Math.max(0, how === 'ceil' ? Math.ceil(totalSeconds) : Math.round(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export { visibleLength };

export function table(rows: string[][], gap = 2): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(c))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - visibleLength(c) + gap))).join('').trimEnd()).join('\n');
}

/** Rows a (possibly multi-line) string takes on a screen this wide. */
export const rowsOf = (text: string, width: number) =>
  text.split('\n').reduce((n, x) => n + Math.max(1, Math.ceil(visibleLength(x) / Math.max(1, width))), 0);

/** The longest of the variants that fits the width (the last one otherwise). */
export const fitText = (width: number, variants: string[]) => variants.find((t) => visibleLength(t) <= width - 1) ?? variants[variants.length - 1]!;
