/**
 * Which candidate queries may run: exactly one SELECT (or WITH … SELECT) statement. Decided by reading
 * the statement's words (never by `stmt.readonly`, which is true for ATTACH), with comments, string
 * literals and quoted identifiers skipped so they can neither hide a statement nor trip a refusal. Pure.
 */

export type GuardResult = { ok: true; sql: string } | { ok: false; message: string };

interface Token {
  kind: 'word' | 'semi' | 'open' | 'other';
  /** Upper-cased for words. */
  text: string;
}

const SHOWN = 'the tables, their columns and the visible rows are shown above the answer box';
const ONLY = 'only a single SELECT (or WITH … SELECT) query runs here';

const REFUSED: Record<string, string> = {
  ATTACH: `ATTACH is refused: the query runs on a fresh in-memory copy of the item's tables and may not open other database files; ${ONLY}.`,
  DETACH: `DETACH is refused: ${ONLY}.`,
  VACUUM: `VACUUM is refused (it can write a database file): ${ONLY}.`,
  PRAGMA: `PRAGMA is refused: ${SHOWN}.`,
  LOAD_EXTENSION: 'load_extension is refused: extensions cannot be loaded here.',
};
const WRITES = ['INSERT', 'UPDATE', 'DELETE', 'CREATE', 'DROP', 'ALTER', 'REPLACE', 'UPSERT', 'REINDEX', 'ANALYZE', 'BEGIN', 'COMMIT', 'ROLLBACK', 'SAVEPOINT', 'RELEASE'];

/** Skip a quoted run starting at i (the quote char at s[i]); returns the index after it. */
function skipQuoted(s: string, i: number, close: string): number {
  let j = i + 1;
  while (j < s.length) {
    if (s[j] === close) {
      // A doubled quote is an escaped quote ('it''s'), except for [brackets].
      if (close !== ']' && s[j + 1] === close) j += 2;
      else return j + 1;
    } else j++;
  }
  return s.length;
}

/** SQLite's tokens, roughly: words, `;`, `(`, and everything else; comments and literals dropped. */
export function sqlTokens(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '-' && s[i + 1] === '-') i = s.indexOf('\n', i) < 0 ? s.length : s.indexOf('\n', i);
    else if (c === '/' && s[i + 1] === '*') i = s.indexOf('*/', i + 2) < 0 ? s.length : s.indexOf('*/', i + 2) + 2;
    else if (c === "'") i = skipQuoted(s, i, "'");
    else if (c === '"' || c === '`') (out.push({ kind: 'other', text: 'identifier' }), (i = skipQuoted(s, i, c)));
    else if (c === '[') (out.push({ kind: 'other', text: 'identifier' }), (i = skipQuoted(s, i, ']')));
    else if (c === ';') (out.push({ kind: 'semi', text: ';' }), i++);
    else if (c === '(') (out.push({ kind: 'open', text: '(' }), i++);
    else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      const m = /^[A-Za-z0-9_$\u0080-\uffff]+/.exec(s.slice(i))![0];
      out.push({ kind: 'word', text: m.toUpperCase() });
      i += m.length;
    } else (out.push({ kind: 'other', text: c }), i++);
  }
  return out;
}

/** A sqlite3 shell command (`.tables`, `.schema t`) at the start of a line, outside comments and strings. */
function dotCommand(s: string): string | null {
  const m = /^\s*\.([A-Za-z]+)/m.exec(s);
  if (!m) return null;
  // Only when nothing but blanks and comments come before it (a `.5` in `SELECT\n.5` is a number).
  const before = s.slice(0, m.index);
  return sqlTokens(before).length === 0 || /;\s*$/.test(before.trim()) ? m[1]! : null;
}

function statements(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'semi') out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out.filter((st) => st.length);
}

/** The first refused word of a statement, with its message. REPLACE( is the string function, not REPLACE INTO. */
function refusedWord(st: Token[]): string | null {
  for (const [k, t] of st.entries()) {
    if (t.kind !== 'word') continue;
    if (REFUSED[t.text]) return REFUSED[t.text]!;
    if (t.text.startsWith('PRAGMA_')) return REFUSED.PRAGMA!;
    if (WRITES.includes(t.text) && !(t.text === 'REPLACE' && st[k + 1]?.kind === 'open')) {
      return `${t.text} is refused: it would change the database, and ${ONLY}.`;
    }
  }
  return null;
}

export function guardQuery(text: string): GuardResult {
  const dot = dotCommand(text);
  if (dot) return { ok: false, message: `.${dot} is a sqlite3 shell command, not SQL: ${SHOWN}.` };
  const sts = statements(sqlTokens(text));
  if (!sts.length) return { ok: false, message: 'The query is empty: write one SELECT statement.' };
  if (sts.length > 1) return { ok: false, message: `Only one statement runs at a time; this has ${sts.length} (separated by ;).` };
  const st = sts[0]!;
  const refused = refusedWord(st);
  if (refused) return { ok: false, message: refused };
  const first = st.find((t) => t.kind !== 'open');
  if (!first || first.kind !== 'word' || !['SELECT', 'WITH', 'VALUES'].includes(first.text)) {
    return { ok: false, message: `${ONLY[0]!.toUpperCase()}${ONLY.slice(1)}; this starts with ${first?.kind === 'word' ? first.text : `"${first?.text ?? ''}"`}.` };
  }
  return { ok: true, sql: text };
}

/** An item's schema (bank content is untrusted too): CREATE TABLE, INDEX or VIEW statements only. */
export function guardSchema(text: string): GuardResult {
  for (const st of statements(sqlTokens(text))) {
    const words = st.filter((t) => t.kind === 'word').map((t) => t.text);
    const what = words[1] === 'UNIQUE' ? words[2] : words[1];
    if (words[0] !== 'CREATE' || !['TABLE', 'INDEX', 'VIEW'].includes(what ?? '')) {
      return { ok: false, message: `the item's schema may hold only CREATE TABLE, INDEX or VIEW statements; found one starting ${words.slice(0, 2).join(' ')}` };
    }
    const bad = words.find((w, i) => i > 0 && (REFUSED[w] || w.startsWith('PRAGMA_') || (WRITES.includes(w) && w !== 'CREATE' && w !== 'REPLACE')));
    if (bad) return { ok: false, message: `the item's schema uses ${bad}, which is refused` };
  }
  return { ok: true, sql: text };
}
