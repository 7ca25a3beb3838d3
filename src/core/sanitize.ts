/**
 * Banks are user files and may be shared, so every string that reaches a terminal goes through here.
 * We drop C0 controls except \n and \t (this kills ESC, so no CSI/OSC sequence survives), DEL, C1
 * controls (U+0080-U+009F, which include the 8-bit CSI), and the Unicode bidi controls that can make
 * text read differently from what it is ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '');
}

export function isSafe(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const bad = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return !bad && !text.includes('\r');
}

/** Sanitise every string inside a JSON-like value (used before printing whole records). */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return sanitize(value) as T;
  if (Array.isArray(value)) return value.map((v) => sanitizeDeep(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitizeDeep(v);
    return out as T;
  }
  return value;
}

// What JSON.stringify leaves raw but a terminal may act on (or that reads differently from what it is):
// DEL, C1, the bidi controls, and the line/paragraph separators. C0 it escapes itself.
const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON text in which those characters are escaped as \uXXXX: the data is kept exactly (JSON.parse
 * gives the same strings back) while `prep … --json` printed to a terminal cannot drive it. Outside
 * strings JSON.stringify writes only ASCII, so the replacement can only touch string contents.
 */
export function toJson(value: unknown, indent?: number): string {
  return escapeJsonText(JSON.stringify(value, null, indent) ?? 'null');
}

/** The same escaping for JSON text written some other way (the export, row by row). */
export const escapeJsonText = (text: string): string => text.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
