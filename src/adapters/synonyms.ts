/** content/synonyms.yaml, validated; a content folder without one has no synonyms. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SynonymsFile } from '../core/schema.js';
import { readContentFile } from './content-loader.js';

export async function loadSynonyms(contentDir: string): Promise<SynonymsFile | undefined> {
  const file = join(contentDir, 'synonyms.yaml');
  if (!existsSync(file)) return undefined;
  return readContentFile(file, async () => (await import('../core/schema.js')).SynonymsFileSchema);
}
