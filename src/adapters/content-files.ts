/** Loaders for the non-bank content files: taxonomy, STAR templates, checklist, guide, frameworks. */
import { join } from 'node:path';
import { ChecklistFileSchema, FrameworksFileSchema, GuideFileSchema, StarTemplateSchema, TaxonomySchema, type StarTemplate } from '../core/schema.js';
import { readContentFile } from './content-loader.js';
import { starTemplateIds } from './star-files.js';

export const loadTaxonomy = (contentDir: string) => readContentFile(join(contentDir, 'taxonomy.yaml'), TaxonomySchema);
export const loadChecklist = (contentDir: string) => readContentFile(join(contentDir, 'checklist.yaml'), ChecklistFileSchema);
export const loadGuide = (contentDir: string) => readContentFile(join(contentDir, 'guide.yaml'), GuideFileSchema);
export const loadFrameworks = (contentDir: string) => readContentFile(join(contentDir, 'frameworks.yaml'), FrameworksFileSchema);

/** STAR templates in taxonomy order (the checklist's five themes first), then any others by name. */
export async function loadTemplates(contentDir: string): Promise<Map<string, StarTemplate>> {
  const ids = starTemplateIds(contentDir).sort();
  let order: string[] = [];
  try {
    order = (await loadTaxonomy(contentDir)).star_themes.map((t) => t.id);
  } catch {
    // no taxonomy (a user's own content folder): file order
  }
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const out = new Map<string, StarTemplate>();
  for (const id of ids.sort((a, b) => rank(a) - rank(b))) out.set(id, await readContentFile(join(contentDir, 'star', `${id}.yaml`), StarTemplateSchema));
  return out;
}
