/**
 * `prep due` in SQL: the cards of the data file joined with the bank cache's `items` table, so no card
 * row reaches JavaScript. Dates are compared as the ISO 8601 UTC text the store writes (index-friendly).
 * CJS-safe: the fast path runs the same queries.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { DueCounts } from '../core/due.js';
import { sql } from './sql.js';

type DB = BetterSqlite3.Database;

/** Attach a database file under a schema name once per connection. */
export function attach(db: DB, file: string, name: string): void {
  const list = sql(db, 'PRAGMA database_list').all() as { name: string }[];
  if (!list.some((d) => d.name === name)) sql(db, `ATTACH ? AS ${name}`).run(file);
}

/** Counts for the due report; `data` holds `cards`, `bank` holds `items` (schema names on this connection). */
export function dueCounts(db: DB, schemas: { data: string; bank: string }, now: Date, dayStart: Date): DueCounts {
  const { data, bank } = schemas;
  const p = { now: now.toISOString(), dayStart: dayStart.toISOString() };
  const items = sql(db, `
    SELECT count(*) FILTER (WHERE c.due <= @now) AS dueNow,
           count(*) FILTER (WHERE c.due <= @now AND c.due < @dayStart) AS overdue,
           count(*) FILTER (WHERE c.state IN ('learning', 'relearning')) AS learning,
           min(c.due) FILTER (WHERE c.due > @now) AS next
    FROM ${data}.cards c
    WHERE c.kind = 'item' AND c.state != 'new'
      AND EXISTS (SELECT 1 FROM ${bank}.items i WHERE i.id = c.id AND i.type != 'ask')`).get(p) as { dueNow: number; overdue: number; learning: number; next: string | null };
  const stories = sql(db, `
    SELECT count(*) FILTER (WHERE due <= @now) AS due, min(due) FILTER (WHERE due > @now) AS next
    FROM ${data}.cards WHERE kind = 'story'`).get(p) as { due: number; next: string | null };
  const unseen = sql(db, `
    SELECT count(*) FROM (SELECT DISTINCT id FROM ${bank}.items WHERE type != 'ask') i
    WHERE NOT EXISTS (SELECT 1 FROM ${data}.cards c WHERE c.id = i.id)`).pluck().get() as number;
  const next = [items.next, stories.next].filter((x): x is string => !!x).sort()[0];
  return {
    dueNow: items.dueNow,
    overdue: items.overdue,
    learning: items.learning,
    nextDueAt: next ? new Date(next).toISOString() : null,
    storiesDue: stories.due,
    unseen,
  };
}
