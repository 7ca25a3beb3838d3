/**
 * `npm run build` ends here: the bank cache for the shipped banks, written to dist/bank-cache.sqlite,
 * so the first run in a fresh home parses no bank (adapters/bank-db-open.ts copies it into the cache
 * folder). A shipped bank that is invalid fails the build.
 */
import { realpathSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../adapters/content-dir.js';
import { findBankFiles } from '../adapters/bank-files.js';
import { metaSet } from '../adapters/bank-db.js';
import { initBankDb, openDb, PREBUILT } from '../adapters/bank-db-open.js';
import { syncBankDb } from '../adapters/bank-db-sync.js';
import { parseBankFile, topicTitlesOf } from '../adapters/content-loader.js';
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

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) await buildBankCache();
