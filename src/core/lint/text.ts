/**
 * Text rules for every string in a content file: no placeholder text, no mojibake, and preformatted
 * fields that fit 78 columns. Pure: the caller walks parsed data and gets path-located issues back.
 */
import { issue, type LintIssue } from './types.js';

export const MAX_COLUMNS = 78;

/** Fields printed as they are written (code, diagrams); the 78-column rule applies to these. */
export const PREFORMATTED_FIELDS: ReadonlySet<string> = new Set(['schema', 'starter', 'solution', 'tests', 'hidden_tests', 'snippet', 'fixed', 'diagram']);
/** Code-like fields where `...` may be Python's Ellipsis: only TODO/FIXME/TBD count as placeholders there. */
const CODE_FIELDS: ReadonlySet<string> = new Set([...PREFORMATTED_FIELDS, 'signature']);
/** Ids, enums and references: slugs that cannot hold prose. */
const NOT_TEXT: ReadonlySet<string> = new Set([
  'id', 'type', 'topic', 'canonical', 'roles', 'difficulty', 'framework', 'tags', 'template', 'signals', 'language',
  'requires', 'edge_cases', 'group', 'bank', 'kind', 'themes', 'url', 'role',
]);

const CODE_MARKER = /\b(TODO|FIXME|TBD)\b/;
const PROSE_MARKERS: [RegExp, string][] = [
  [CODE_MARKER, ''],
  [/\blorem ipsum\b/i, 'lorem ipsum'],
  [/\bx{3,}\b/i, 'xxx'],
  [/\.{3,}/, '...'],
  [/<\s*placeholder\s*>/i, '<placeholder>'],
];

/** The placeholder found in a field, if any. `field` decides prose vs code rules; a starter may say TODO. */
export function placeholderIn(text: string, field: string): string | undefined {
  if (field === 'starter') return undefined;
  if (CODE_FIELDS.has(field)) return text.match(CODE_MARKER)?.[1];
  // Inline code (`x[..., 0]`) may use an ellipsis legitimately.
  const prose = text.replace(/`[^`\n]*`/g, '``');
  for (const [re, name] of PROSE_MARKERS) {
    const m = prose.match(re);
    if (m) return name || m[1] || m[0];
  }
  return undefined;
}

/** UTF-8 read as Latin-1/Windows-1252 ("Ã©", "â€™", "Â "), or the replacement character. */
const MOJIBAKE = /Ã[\u0080-\u00BF]|â€|Â[\u00A0-\u00BF ]|\uFFFD/;
export function mojibakeIn(text: string): string | undefined {
  return text.match(MOJIBAKE)?.[0];
}

/** Lines wider than `max` columns (0-based index into text.split('\n'), width in code points). */
export function wideLines(text: string, max = MAX_COLUMNS): { index: number; width: number }[] {
  const out: { index: number; width: number }[] = [];
  text.split('\n').forEach((line, index) => {
    const width = [...line].length;
    if (width > max) out.push({ index, width });
  });
  return out;
}

const show = (s: string) => JSON.stringify(s.length > 20 ? `${s.slice(0, 20)}…` : s);

/**
 * Walk any parsed content value and report placeholders and mojibake in its strings. The field name
 * a string sits under (for list elements: the list's field) picks the rules.
 */
export function scanStrings(file: string, path: (string | number)[], value: unknown, field = ''): LintIssue[] {
  const out: LintIssue[] = [];
  const walk = (v: unknown, at: (string | number)[], name: string) => {
    if (typeof v === 'string') {
      if (NOT_TEXT.has(name)) return;
      const mojibake = mojibakeIn(v);
      if (mojibake) out.push(issue(file, at, `mojibake ${show(mojibake)} in ${name || 'text'}`, 'The text was decoded with the wrong encoding somewhere: retype the character (files are UTF-8).'));
      const ph = placeholderIn(v, name);
      if (ph) out.push(issue(file, at, `placeholder text ${show(ph)} in ${name || 'text'}`, ph === '...' ? 'Finish the sentence; for code, wrap it in backticks.' : 'Replace the placeholder with the real content.'));
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i], name));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...at, k], k);
  };
  walk(value, path, field);
  return out;
}
