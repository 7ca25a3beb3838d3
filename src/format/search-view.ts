/** The text view of a search report: each hit with its type, prompt, and why it matched. Pure. */
import type { SearchReport } from '../commands/search-report.js';
import { FIELD_NAMES } from '../core/search/fields.js';
import type { Paint } from './paint.js';
import { displayWidth } from './width.js';

/** Cut to a display width with an ellipsis. */
function fit(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** A snippet with its matches painted (or in [brackets] without colour), cut to the width. */
export function highlight(snippet: string, highlights: readonly [number, number][], paint: Paint, plain: boolean, width: number): string {
  let out = '';
  let at = 0;
  let shown = 0;
  for (const [s, e] of highlights) {
    const before = fit(snippet.slice(at, s), Math.max(1, width - shown));
    out += before;
    shown += displayWidth(before);
    if (shown >= width) return out;
    const word = snippet.slice(s, e);
    out += plain ? `[${word}]` : paint('yellow', paint('bold', word));
    shown += displayWidth(word) + (plain ? 2 : 0);
    at = e;
  }
  return out + fit(snippet.slice(at), Math.max(1, width - shown));
}

export function formatSearch(r: SearchReport, paint: Paint, columns: number, plain: boolean): string {
  const lines: string[] = [];
  const shown = r.query.length > 60 ? `${r.query.slice(0, 60)}…` : r.query;
  if (r.didYouMean) lines.push(paint('dim', `Did you mean "${r.didYouMean}"? Showing results for that.`));
  if (!r.results.length) {
    lines.push(`No items match "${shown}". Try fewer or different words${r.didYouMean ? '' : ', or check the spelling'}.`);
    return lines.join('\n');
  }
  const idWidth = Math.min(40, Math.max(...r.results.map((h) => h.id.length)));
  const typeWidth = Math.max(...r.results.map((h) => h.type.length));
  for (const h of r.results) {
    const lead = `${h.id.padEnd(idWidth)}  ${h.type.padEnd(typeWidth)}  `;
    lines.push(`${paint('bold', h.id.padEnd(idWidth))}  ${paint('dim', h.type.padEnd(typeWidth))}  ${fit(h.prompt.replace(/\s+/g, ' '), Math.max(20, columns - lead.length))}`);
    const where = h.matched.fields.map((f) => FIELD_NAMES[f]).join(', ');
    const label = `${' '.repeat(Math.min(idWidth + 2, 8))}${where}: `;
    lines.push(paint('dim', label) + highlight(h.matched.snippet, h.matched.highlights, paint, plain, Math.max(20, columns - label.length)));
  }
  return lines.join('\n');
}
