/**
 * Content and config files are UTF-8. Read the bytes and decode strictly, so a Latin-1 byte or a
 * UTF-16 file is a finding at its line and column instead of a replacement character or a
 * baffling schema error ("expected object, received string").
 */
import { readFileSync } from 'node:fs';
import type { Finding } from './finding.js';

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

export const readUtf8 = (file: string) => decodeUtf8(file, readFileSync(file));
