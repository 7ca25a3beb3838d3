/**
 * The comment header `prep star edit` writes above the story: instructions, then the last error.
 * Pure. Every header line starts with `# prep:`, so the header is replaced on each re-open rather than
 * stacked, and positions in the error are shifted to the lines of the file the user will see.
 */
export const HEADER_PREFIX = '# prep: ';

/** The text without its leading header lines, and how many there were. */
export function stripHeader(text: string): { body: string; lines: number } {
  const all = text.split('\n');
  let n = 0;
  while (n < all.length && all[n]!.startsWith(HEADER_PREFIX.trimEnd())) n++;
  return { body: all.slice(n).join('\n'), lines: n };
}

/**
 * `body` under a header made of `lines` (each may hold newlines). References `file:LINE:COL` in the
 * header were counted in a file with `oldHeader` header lines; they are moved to the new file's lines.
 */
export function withHeader(lines: readonly string[], body: string, ref: { file: string; oldHeader: number }): string {
  const header = lines.flatMap((l) => l.split('\n')).map((l) => `${HEADER_PREFIX}${l}`);
  const esc = ref.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shift = header.length - ref.oldHeader;
  const moved = header.map((l) => l.replace(new RegExp(`${esc}:(\\d+):(\\d+)`, 'g'), (_m, line: string, col: string) => `${ref.file}:${Math.max(1, Number(line) + shift)}:${col}`));
  return [...moved, body].join('\n');
}
