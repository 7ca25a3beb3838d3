/** The synonym groups the bank cache holds (CJS-safe: the search fast path reads them too). */
import type BetterSqlite3 from 'better-sqlite3';
import type { SynonymGroup } from '../core/search/query.js';
import { sql } from './sql.js';

export function stored(db: BetterSqlite3.Database, schema = 'main'): SynonymGroup[] {
  const groups = new Map<number, string[]>();
  for (const r of sql(db, `SELECT grp, term FROM ${schema}.synonyms ORDER BY grp, rowid`).all() as { grp: number; term: string }[]) {
    groups.set(r.grp, [...(groups.get(r.grp) ?? []), r.term]);
  }
  return [...groups.values()].map((terms) => ({ terms }));
}
