/**
 * Content and config files are UTF-8. Read the bytes and decode strictly, so a Latin-1 byte or a
 * UTF-16 file is a finding at its line and column instead of a replacement character or a
 * baffling schema error ("expected object, received string").
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Finding } from './finding.js';
import { errnoOf, errnoWords } from './os-errors.js';

/** The most any content, config or story file may hold. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** A file that could not be read: the errno code (or TOO_LARGE) and the words for it. */
export class ReadFailure extends Error {
  constructor(readonly file: string, readonly code: string, readonly words: string, readonly hint: string) {
    super(`${file} ${words}`);
  }
}

const hintFor = (code: string) =>
  code === 'TOO_LARGE' ? 'Split it into several smaller files.'
    : code === 'EACCES' || code === 'EPERM' ? 'Check its permissions (`ls -l` it; `chmod u+r` it if it is yours).'
      : code === 'EISDIR' ? 'Give the path of a file; move the folder away if it stands where a file should be.'
        : 'Give a regular file.';

/**
 * Read a whole file, but never more than `max` bytes: the size is checked while reading, so
 * /dev/zero, /dev/full, a 3 GiB file or /proc/self/mem stop at the cap (or at their first error)
 * instead of growing without end. Throws a ReadFailure with the reason in words.
 */
export function readCapped(file: string, max = MAX_FILE_BYTES): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (st.isFile() && st.size > max) throw Object.assign(new Error('TOO_LARGE'), { code: 'TOO_LARGE' });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 16, max + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > max) throw Object.assign(new Error('TOO_LARGE'), { code: 'TOO_LARGE' });
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    const code = errnoOf(e);
    throw new ReadFailure(file, code, code === 'TOO_LARGE' ? `is larger than ${MB(max)}` : errnoWords(code), hintFor(code));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const HINT = 'Re-save the file as UTF-8 (in most editors: "Save with encoding" or "File encoding: UTF-8").';

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!n) return i;
    for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n;
  }
  return 0;
}

export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { finding: Finding } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { finding: { file, line: 1, col: 1, severity: 'error', message: 'not UTF-8 text: the file is UTF-16 (it starts with a UTF-16 byte-order mark)', hint: HINT } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstBadByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lastNl = before.lastIndexOf('\n');
    const line = before.split('\n').length;
    const col = [...before.slice(lastNl + 1)].length + 1;
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return { finding: { file, line, col, severity: 'error', message: `not UTF-8 text: byte 0x${byte} (perhaps Latin-1 or Windows-1252)`, hint: HINT } };
  }
}

/** A content or config file as text, or one finding saying why it cannot be read (`unreadable` set). */
export function readUtf8(file: string): { text: string } | { finding: Finding; unreadable?: true } {
  try {
    return decodeUtf8(file, readCapped(file));
  } catch (e) {
    if (!(e instanceof ReadFailure)) throw e;
    return { finding: { file, line: 1, col: 1, severity: 'error', message: e.words, hint: e.hint }, unreadable: true };
  }
}
