/**
 * Synonyms for search, from content/synonyms.yaml (`groups` of terms; `opposites` are the grader's).
 * Search reads every group, `scope: search` included. The parsed groups are kept in the bank cache
 * with the file's size and mtime, so a search loads no YAML while the file is unchanged.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { SynonymGroup } from '../core/search/query.js';
import { fileStamp, metaGet, metaSet } from './bank-db.js';
import { immediate, sql } from './sql.js';
import { stored } from './search-synonyms-read.js';

type DB = BetterSqlite3.Database;

/** The synonym groups of a content folder (none without a synonyms.yaml); an invalid file is a bank-invalid error. */
export async function searchSynonyms(db: DB, contentDir: string): Promise<SynonymGroup[]> {
  const file = join(contentDir, 'synonyms.yaml');
  const stamp = fileStamp(file);
  if (metaGet(db, 'synonyms') === stamp) return stored(db);
  let groups: { terms: string[]; scope: string }[] = [];
  if (existsSync(file)) {
    const [{ readContentFile }, { SynonymsFileSchema }] = await Promise.all([import('./content-loader.js'), import('../core/schema.js')]);
    groups = (await readContentFile(file, SynonymsFileSchema)).groups;
  }
  try {
    immediate(db, () => {
      sql(db, 'DELETE FROM synonyms').run();
      const add = sql(db, 'INSERT INTO synonyms (grp, term, scope) VALUES (?, ?, ?)');
      groups.forEach((g, i) => g.terms.forEach((t) => add.run(i, t, g.scope)));
      metaSet(db, 'synonyms', stamp);
    });
  } catch {
    // A read-only cache: parse again next time.
  }
  return groups.map((g) => ({ terms: g.terms }));
}
