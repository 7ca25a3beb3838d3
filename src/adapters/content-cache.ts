/**
 * The shipped content files (frameworks, synonyms, STAR templates, taxonomy, checklist, guide), parsed and
 * validated at `npm run build` into dist/content-cache.json. A file whose text is unchanged is read from
 * there: the YAML parser's first call alone costs ~100 ms, which the drill's first frame cannot afford.
 * Keyed by the text's hash and the file's kind, so an edited or user-supplied file is parsed as usual.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_CACHE = fileURLToPath(new URL('../content-cache.json', import.meta.url));

let table: Record<string, unknown> | null | undefined;

/** The cache key of a content file's text: its kind (a STAR template, or the file name) and its hash. */
export function contentKey(file: string, text: string): string {
  const kind = basename(dirname(file)) === 'star' ? 'star' : basename(file);
  return `${kind}:${createHash('sha1').update(text).digest('hex')}`;
}

/** The parsed file, when the build saw the same text; undefined otherwise (or without a cache). */
export function cachedContent(file: string, text: string): unknown {
  if (table === undefined) {
    try {
      table = JSON.parse(readFileSync(CONTENT_CACHE, 'utf8')) as Record<string, unknown>;
    } catch {
      table = null;
    }
  }
  return table ? table[contentKey(file, text)] : undefined;
}

/** For the build: forget what was read, so files are parsed afresh. */
export function forgetContentCache(): void {
  table = null;
}
