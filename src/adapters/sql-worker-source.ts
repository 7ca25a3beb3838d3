/**
 * The SQL worker: a Node child process that builds a fresh in-memory SQLite database from an item's
 * schema and rows for every query, runs the query and sends back the first rows. Embedded as a string
 * (run with `node -e`) so it is found from dist/ as well as from src/ under the tests; better-sqlite3's
 * path comes in as an argument. The parent kills it at the time limit (better-sqlite3 has no interrupt).
 */
export const WORKER = String.raw`
'use strict';
const Database = require(process.argv[1]);
const cell = (v) => (typeof v === 'bigint' ? Number(v) : Buffer.isBuffer(v) ? "x'" + v.toString('hex') + "'" : v);
const param = (v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
function build(job) {
  const db = new Database(':memory:');
  // Sorts and temporary b-trees stay in memory (no temp file), and memory is capped.
  db.pragma('temp_store = MEMORY');
  db.pragma('hard_heap_limit = ' + job.heapBytes);
  db.exec(job.schema);
  for (const [table, rows] of Object.entries(job.data)) {
    const cols = db.prepare('SELECT count(*) AS n FROM pragma_table_info(?)').get(table).n;
    if (!cols) throw Object.assign(new Error('data names table ' + table + ', which the schema does not create'), { setup: true });
    const insert = db.prepare('INSERT INTO "' + table.replace(/"/g, '""') + '" VALUES (' + Array(cols).fill('?').join(', ') + ')');
    rows.forEach((r, i) => {
      if (r.length !== cols) throw Object.assign(new Error(table + ' has ' + cols + ' columns; its row ' + (i + 1) + ' has ' + r.length + (r.length === 1 ? ' value' : ' values')), { setup: true });
      insert.run(r.map(param));
    });
  }
  return db;
}
function run(job) {
  let db;
  try {
    db = build(job);
  } catch (e) {
    return { id: job.id, setup: String(e && e.message || e) };
  }
  try {
    const stmt = db.prepare(job.query);
    if (!stmt.reader) return { id: job.id, error: 'the statement returns no rows' };
    const columns = stmt.columns().map((c) => c.name);
    const rows = [];
    let truncated = false;
    for (const r of stmt.raw(true).iterate()) {
      if (rows.length >= job.rowLimit) { truncated = true; break; }
      rows.push(r.map(cell));
    }
    return { id: job.id, columns, rows, truncated };
  } catch (e) {
    return { id: job.id, error: String(e && e.message || e) };
  } finally {
    db.close();
  }
}
process.on('message', (job) => process.send(run(job)));
// Once the parent disconnects, nothing is left to wait for and the worker ends by itself.
`;
