/**
 * HTML fields (Anki's) to plain text and back. Import never keeps markup or terminal escapes: tags
 * become line breaks or nothing, entities are decoded, escape sequences and control characters are
 * removed. Pure.
 */
import { sanitize } from './sanitize.js';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', times: '×', divide: '÷', middot: '·', deg: '°', copy: '©', reg: '®', trade: '™', minus: '−',
  le: '≤', ge: '≥', ne: '≠', plusmn: '±', micro: 'µ', para: '¶', sect: '§', bull: '•', rarr: '→', larr: '←', harr: '↔',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ', theta: 'θ', Sigma: 'Σ', Delta: 'Δ',
};

function decodeEntity(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const cp = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '';
  }
  return NAMED[body] ?? whole;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;

/** Remove terminal escape sequences whole (sanitize alone would leave their printable tail, e.g. "[31m"). */
export const stripEscapes = (s: string): string => sanitize(s.replace(ANSI, ''));

// Private-use marks for block boundaries while tags are replaced: runs of them become one line break
// (a <div>, a list item) or a blank line (a paragraph), however the HTML nests them.
const LINE = '\uE001';
const PARA = '\uE002';

/** An HTML field as plain text: paragraphs and list items on their own lines, entities decoded, no markup. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/[\uE001\uE002]/g, '')
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\[sound:[^\]]*\]/g, '')
    .replace(/\r\n?|\n/g, ' ')
    .replace(/<img\b[^>]*?\balt\s*=\s*("([^"]*)"|'([^']*)')[^>]*>/gi, (_m, _q, a, b) => ` [image: ${a ?? b}] `)
    .replace(/<img\b[^>]*>/gi, ' [image] ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, `${LINE}- `)
    .replace(/<\/li\s*>/gi, '')
    .replace(/<\/?(p|h[1-6]|blockquote|pre)\b[^>]*>/gi, PARA)
    .replace(/<\/?(div|ul|ol|tr|table)\b[^>]*>|<hr\b[^>]*>/gi, LINE)
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, decodeEntity)
    .replace(/[ \t\n]*[\uE001\uE002][\s\uE001\uE002]*/g, (m) => (m.includes(PARA) ? '\n\n' : '\n'));
  return stripEscapes(text)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text as an HTML field: escaped, line breaks as <br>. */
export const textToHtml = (s: string): string => escapeHtml(sanitize(s).trim()).replace(/\n/g, '<br>');

/**
 * Prose as an HTML field: paragraphs (blank-line separated) kept, the hard wraps of a YAML block joined
 * into one line, list lines kept on their own lines.
 */
export function proseToHtml(s: string): string {
  return sanitize(s)
    .trim()
    .split(/\n\s*\n/)
    .map((para) => {
      const lines = para.split('\n').map((l) => l.trim());
      const list = lines.length > 1 && lines.every((l) => /^(?:[-*]|\d+[.)])\s/.test(l));
      return list ? lines.map(escapeHtml).join('<br>') : escapeHtml(lines.join(' '));
    })
    .join('<br><br>');
}
