/**
 * Anki's text format, both ways. Writing: a tab-separated file with the file headers Anki 2.1.55+ reads
 * (`#separator:tab`, `#html:true`, `#columns:`, `#tags column:`, `#guid column:`), one note per line.
 * Reading: what Anki's "Notes in Plain Text" export and hand-made files hold: header lines, `#` comment
 * lines, fields quoted with "…" (inner quotes doubled) when they hold the separator, a quote or a line
 * break; the separator named by the header or guessed from the first line. Pure.
 */

export interface AnkiNote {
  /** Anki's guid column (we write the item id). */
  guid?: string;
  front: string;
  back: string;
  tags: string[];
}

export interface ParsedDeck {
  html: boolean;
  notes: (AnkiNote & { line: number })[];
  /** Lines that could not be read as a note, with why. */
  skipped: { line: number; reason: string }[];
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

/** One field, quoted when it has to be (the separator, a quote, a line break, or a leading #). */
export const ankiField = (s: string): string => (/[\t"\n\r]|^#/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function writeDeck(notes: readonly AnkiNote[]): string {
  const head = ['#separator:tab', '#html:true', '#notetype:Basic', '#guid column:1', '#tags column:4', '#columns:guid\tFront\tBack\tTags'];
  const rows = notes.map((n) => [n.guid ?? '', n.front, n.back, n.tags.join(' ')].map(ankiField).join('\t'));
  return `${[...head, ...rows].join('\n')}\n`;
}

interface Header {
  separator?: string;
  html?: boolean;
  columns?: string[];
  tagsColumn?: number;
  guidColumn?: number;
  meta: Set<number>;
  globalTags: string[];
}

function readHeader(lines: string[]): { header: Header; start: number } {
  const header: Header = { meta: new Set(), globalTags: [] };
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === 0 && line.startsWith('tags:')) header.globalTags = line.slice(5).split(/\s+/).filter(Boolean);
    else if (!line.startsWith('#')) break;
    const m = /^#([^:]+):(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.trim().toLowerCase();
    const value = m[2]!;
    const n = Number.parseInt(value.trim(), 10);
    if (key === 'separator') header.separator = SEPARATORS[value.trim().toLowerCase()] ?? (value.length === 1 ? value : undefined);
    else if (key === 'html') header.html = value.trim().toLowerCase() === 'true';
    else if (key === 'tags') header.globalTags = value.split(/\s+/).filter(Boolean);
    else if (key === 'columns') header.columns = value.split(header.separator ?? '\t').map((c) => c.trim());
    else if (key.endsWith(' column') && n > 0) {
      header.meta.add(n);
      if (key === 'tags column') header.tagsColumn = n;
      if (key === 'guid column') header.guidColumn = n;
    }
  }
  return { header, start: i };
}

/** Split records: quoted fields may hold the separator, doubled quotes and line breaks; `#` starts a comment line. */
function records(text: string, sep: string, firstLine: number): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = firstLine;
  let startLine = line;
  let atStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) out.push({ line: startLine, fields });
    fields = [];
    field = '';
    atStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (atStart) {
      if (ch === '#') {
        while (i < text.length && text[i] !== '\n') i++;
        line++;
        continue;
      }
      startLine = line;
      atStart = false;
    }
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) (fields.push(field), (field = ''));
    else if (ch === '\n') {
      endRecord();
      line++;
    } else field += ch;
  }
  if (!atStart) endRecord();
  return out;
}

/** Guess like Anki does when no header names it: the first separator that occurs in the first note. */
const guessSeparator = (first: string): string => ['\t', '|', ';', ',', ':'].find((s) => first.includes(s)) ?? '\t';

export function parseDeck(text: string): ParsedDeck {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const { header, start } = readHeader(lines);
  const sep = header.separator ?? guessSeparator(lines[start] ?? '');
  const body = lines.slice(start).join('\n');
  const rows = records(body, sep, start + 1);
  const html = header.html ?? rows.some((r) => r.fields.some((f) => /<[a-z/][^>]*>|&[a-z]+;/i.test(f)));
  const labels = header.columns?.map((c) => c.toLowerCase());
  const notes: ParsedDeck['notes'] = [];
  const skipped: ParsedDeck['skipped'] = [];
  for (const r of rows) {
    const content = r.fields.map((f, i) => ({ f, col: i + 1 })).filter((x) => !header.meta.has(x.col));
    const named = (name: string) => (labels ? content.find((x) => labels[x.col - 1] === name) : undefined);
    const frontCol = named('front') ?? content[0];
    const backCol = named('back') ?? content.find((x) => x !== frontCol);
    if (!frontCol) {
      skipped.push({ line: r.line, reason: 'no fields' });
      continue;
    }
    const extra = content.filter((x) => x !== frontCol && x !== backCol && x.f.trim()).map((x) => x.f);
    const tags = header.tagsColumn ? (r.fields[header.tagsColumn - 1] ?? '').split(/\s+/).filter(Boolean) : [];
    const guid = header.guidColumn ? r.fields[header.guidColumn - 1] : undefined;
    notes.push({ line: r.line, front: frontCol.f, back: extra.length ? [backCol?.f ?? '', ...extra].filter((s) => s.trim()).join(html ? '<br><br>' : '\n\n') : (backCol?.f ?? ''), tags: [...header.globalTags, ...tags], ...(guid ? { guid } : {}) });
  }
  return { html, notes, skipped };
}
