/**
 * Writes content/schema/*.schema.json from the zod definitions in core/schema.ts (the same ones the
 * loader validates with). `npm run schema`; test/adapters/schema.test.ts regenerates and diffs.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { z } from 'zod';
import { BankFileSchema, ChecklistFileSchema, ConfigSchema, FrameworksFileSchema, GuideFileSchema, StarTemplateSchema, StorySchema, SynonymsFileSchema, TaxonomySchema } from '../core/schema.js';

export const SCHEMAS = {
  bank: { schema: BankFileSchema, title: 'prep question bank (content/banks/<bank-id>.yaml)' },
  star: { schema: StarTemplateSchema, title: 'prep STAR template (content/star/<template-id>.yaml)' },
  checklist: { schema: ChecklistFileSchema, title: 'prep interview checklist (content/checklist.yaml)' },
  guide: { schema: GuideFileSchema, title: 'prep guide (content/guide.yaml)' },
  frameworks: { schema: FrameworksFileSchema, title: 'prep answer frameworks (content/frameworks.yaml)' },
  taxonomy: { schema: TaxonomySchema, title: 'prep coverage taxonomy (content/taxonomy.yaml)' },
  story: { schema: StorySchema, title: 'a STAR story (prep star import)' },
  config: { schema: ConfigSchema, title: 'prep config.yaml' },
  synonyms: { schema: SynonymsFileSchema, title: 'prep synonyms shared by the grader and search (content/synonyms.yaml)' },
} as const;

export function renderSchema(name: keyof typeof SCHEMAS): string {
  const { schema, title } = SCHEMAS[name];
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `https://prep.dev/schema/${name}.schema.json`, title, ...json }, null, 2)}\n`;
}

export function writeSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return (Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]).map((name) => {
    const file = join(dir, `${name}.schema.json`);
    writeFileSync(file, renderSchema(name));
    return file;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const f of writeSchemas(fileURLToPath(new URL('../../content/schema/', import.meta.url)))) console.log(`wrote ${f}`);
}
