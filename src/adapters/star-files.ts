/** The STAR templates a content folder ships: their ids, from the file names (no YAML read). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const starTemplateIds = (contentDir: string): string[] => {
  try {
    return readdirSync(join(contentDir, 'star')).filter((n) => n.endsWith('.yaml')).map((n) => n.replace(/\.yaml$/, ''));
  } catch {
    return [];
  }
};
