/**
 * `npm run build` ends here: the bank cache for the shipped banks, written to dist/bank-cache.sqlite,
 * so the first run in a fresh home parses no bank (adapters/bank-db-open.ts copies it into the cache
 * folder). A shipped bank that is invalid fails the build.
 */
import { readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../adapters/content-dir.js';
import { findBankFiles } from '../adapters/bank-files.js';
import { metaSet } from '../adapters/bank-db.js';
import { initBankDb, openDb, PREBUILT } from '../adapters/bank-db-open.js';
import { syncBankDb } from '../adapters/bank-db-sync.js';
import { parseBankFile, readContentFile, topicTitlesOf } from '../adapters/content-loader.js';
import { CONTENT_CACHE, contentKey, forgetContentCache } from '../adapters/content-cache.js';
import { ChecklistFileSchema, FrameworksFileSchema, GuideFileSchema, StarTemplateSchema, TaxonomySchema } from '../core/schema.js';
import { SynonymsFileSchema } from '../core/schema-rubric.js';
import { searchSynonyms } from '../adapters/search-synonyms.js';

export async function buildBankCache(out = PREBUILT): Promise<void> {
  const shipped = realpathSync(contentDir());
  const tmp = `${out}.${process.pid}.tmp`;
  rmSync(tmp, { force: true });
  const db = openDb(tmp);
  initBankDb(db);
  metaSet(db, 'content_dir', shipped);
  const sources = findBankFiles([], join(shipped, 'banks'));
  const findings = await syncBankDb(db, sources, { parse: parseBankFile, topicTitles: () => topicTitlesOf(shipped), taxonomyFile: join(shipped, 'taxonomy.yaml') });
  if (findings.length) throw new Error(`the shipped banks are invalid:\n${findings.map((f) => `${f.file}:${f.line}:${f.col}: ${f.message}`).join('\n')}`);
  await searchSynonyms(db, shipped);
  db.exec('VACUUM');
  db.close();
  renameSync(tmp, out);
}

/** dist/content-cache.json: every shipped content file but the banks, parsed and validated (see adapters/content-cache.ts). */
export async function buildContentCache(out = CONTENT_CACHE): Promise<void> {
  rmSync(out, { force: true });
  forgetContentCache();
  const dir = realpathSync(contentDir());
  const files: [string, Parameters<typeof readContentFile>[1]][] = [
    ['taxonomy.yaml', TaxonomySchema], ['checklist.yaml', ChecklistFileSchema], ['guide.yaml', GuideFileSchema],
    ['frameworks.yaml', FrameworksFileSchema], ['synonyms.yaml', SynonymsFileSchema],
    ...readdirSync(join(dir, 'star')).filter((f) => f.endsWith('.yaml')).map((f) => [join('star', f), StarTemplateSchema] as [string, typeof StarTemplateSchema]),
  ];
  const table: Record<string, unknown> = {};
  for (const [name, schema] of files) {
    const file = join(dir, name);
    table[contentKey(file, readFileSync(file, 'utf8'))] = await readContentFile(file, schema);
  }
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(table));
  renameSync(tmp, out);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  await buildContentCache();
  await buildBankCache();
}
