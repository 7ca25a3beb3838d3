/** The statement guard: one SELECT/WITH statement; every refusal, with comments and literals that must not fool it. */
import { describe, expect, it } from 'vitest';
import { guardQuery, guardSchema } from '../../src/core/sql-guard.js';

const refused = (q: string) => {
  const r = guardQuery(q);
  return r.ok ? null : r.message;
};

describe('guardQuery', () => {
  it.each([
    'SELECT * FROM t',
    'select a from t;',
    'SELECT a FROM t;   -- done\n',
    'WITH x AS (SELECT 1 AS a) SELECT a FROM x',
    'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5) SELECT n FROM c;',
    '(SELECT 1)',
    "SELECT 'ATTACH; DROP TABLE t; PRAGMA x' AS s",
    'SELECT 1 -- ; DELETE FROM t',
    'SELECT 1 /* ; INSERT INTO t VALUES (1) */',
    'SELECT "delete", [update], `insert` FROM t',
    "SELECT replace(name, 'a', 'b') FROM t",
    "SELECT 'it''s; ATTACH' FROM t",
    'SELECT a\n  FROM t\n WHERE b > .5',
    'VALUES (1, 2)',
  ])('runs %j', (q) => expect(refused(q)).toBeNull());

  it.each<[string, RegExp]>([
    ["ATTACH DATABASE 'x.db' AS x", /ATTACH is refused/],
    ["SELECT 1; ATTACH 'x.db' AS x", /one statement/],
    ['DETACH DATABASE x', /DETACH is refused/],
    ['VACUUM', /VACUUM is refused/],
    ["VACUUM INTO '/tmp/copy.db'", /VACUUM is refused/],
    ['PRAGMA table_info(t)', /PRAGMA is refused: the tables, their columns/],
    ["SELECT * FROM pragma_table_info('t')", /PRAGMA is refused/],
    ['INSERT INTO t VALUES (1)', /INSERT is refused/],
    ['UPDATE t SET a = 1', /UPDATE is refused/],
    ['DELETE FROM t', /DELETE is refused/],
    ['CREATE TABLE u (a)', /CREATE is refused/],
    ['DROP TABLE t', /DROP is refused/],
    ['ALTER TABLE t ADD COLUMN b', /ALTER is refused/],
    ['REPLACE INTO t VALUES (1)', /REPLACE is refused/],
    ['WITH x AS (SELECT 1) DELETE FROM t', /DELETE is refused/],
    ["SELECT load_extension('/tmp/evil.so')", /load_extension is refused/],
    ['.tables', /\.tables is a sqlite3 shell command, not SQL: the tables, their columns and the visible rows are shown/],
    ['  .schema employees', /\.schema is a sqlite3 shell command/],
    ['-- look first\n.tables', /\.tables is a sqlite3 shell command/],
    ['SELECT 1; SELECT 2', /Only one statement runs at a time; this has 2/],
    ['SELECT 1 /* ; */; DROP TABLE t', /one statement runs at a time/],
    ['EXPLAIN SELECT 1', /only a single SELECT|Only a single SELECT/],
    ['   ', /empty/],
    ['-- only a comment', /empty/],
    ['BEGIN; SELECT 1; COMMIT', /one statement/],
  ])('refuses %j', (q, message) => expect(refused(q)).toMatch(message));
});

describe('guardSchema', () => {
  it('takes CREATE TABLE, INDEX and VIEW statements', () => {
    expect(guardSchema('CREATE TABLE t (a INTEGER); CREATE UNIQUE INDEX i ON t(a); CREATE VIEW v AS SELECT a FROM t;').ok).toBe(true);
  });
  it.each(["ATTACH 'x.db' AS x", 'CREATE TABLE t (a); INSERT INTO t VALUES (1)', 'PRAGMA journal_mode = WAL', "CREATE VIEW v AS SELECT load_extension('x')"])('refuses %j', (s) => {
    expect(guardSchema(s).ok).toBe(false);
  });
});
