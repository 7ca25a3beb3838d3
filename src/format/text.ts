/** Pure text helpers for terminal output: sanitising, wrapping prose, indenting preformatted blocks. */
import { sanitize } from '../core/sanitize.js';
import { displayWidth, visibleLength, wrapAnsi } from './width.js';

export { sanitize };

/**
 * Re-wrap prose to a width on word boundaries, keeping blank-line paragraphs and list lines (with a
 * hanging indent). A word longer than the line is broken (a line never runs past the width).
 */
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
      fill(chunk.slice(lead.length).trim(), w - lead.length).forEach((l, i) => out.push(indent + (i ? hang : lead) + l));
    }
  });
  return out.join('\n');
}

/** Words of one paragraph in lines of at most `width` columns: wrap-ansi when loaded, else greedy by words. */
function fill(words: string, width: number): string[] {
  if (wrapAnsi) return wrapAnsi(words, Math.max(1, width), { hard: true, trim: true }).split('\n');
  const out: string[] = [];
  let line = '';
  for (let word of words.split(/\s+/).filter(Boolean)) {
    for (; displayWidth(word) > width; word = word.slice(width)) {
      if (line) out.push(line);
      line = '';
      out.push(word.slice(0, width));
    }
    if (!word) continue;
    if (line && displayWidth(line) + 1 + displayWidth(word) > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  return out;
}

/** Lines as typed (an answer, code), each wrapped on word boundaries; indentation is kept. */
export function wrapLines(text: string, width: number, indent = ''): string[] {
  return sanitize(text).replace(/\s+$/, '').split('\n').flatMap((l) => {
    const lead = l.match(/^ */)![0];
    if (!l.trim()) return [indent];
    return fill(l.slice(lead.length), Math.max(10, width - indent.length - lead.length)).map((x) => indent + lead + x);
  });
}

/** Text already coloured (and sanitised), wrapped on word boundaries keeping its colours (one row until wrap-ansi is loaded). */
export function wrapPainted(text: string, width: number): string[] {
  return wrapAnsi ? wrapAnsi(text, Math.max(1, width), { hard: true, trim: true }).split('\n') : [text];
}

/** The first `width` columns of a line that may carry colour codes. */
export function clip(line: string, width: number): string {
  if (visibleLength(line) <= width) return line;
  if (wrapAnsi) return wrapAnsi(line, Math.max(1, width), { hard: true, trim: false, wordWrap: false }).split('\n')[0]!;
  let out = '';
  for (const ch of line.replace(/\u001b\[[0-9;]*m/g, '')) {
    if (displayWidth(out + ch) > width) break;
    out += ch;
  }
  return out;
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
