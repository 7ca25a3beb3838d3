// Checks every `type: sql` item of a bank until the engine's linter runs them:
// builds the visible and the hidden data set in a fresh in-memory SQLite database each,
// runs the solution and every `checks` query, and holds each check to "equal on the
// visible data, different on the hidden data". Also checks the item's shape (rows per
// table, columns per row, 78-column fields, answer length, key points, follow-ups).
// Usage: node scripts/check-sql-items.mjs [content/banks/sql.yaml]   (exit 1 on any failure)
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { parse } from 'yaml';

const file = process.argv[2] ?? new URL('../content/banks/sql.yaml', import.meta.url).pathname;
const bank = parse(readFileSync(file, 'utf8'));
const TOPICS = ['sql-joins', 'sql-aggregation', 'sql-windows', 'sql-ctes', 'sql-dates', 'sql-product-metrics'];

function build(schema, data) {
  const db = new Database(':memory:');
  db.exec(schema);
  const problems = [];
  for (const [table, rows] of Object.entries(data ?? {})) {
    const cols = db.prepare(`PRAGMA table_info("${table}")`).all();
    if (cols.length === 0) { problems.push(`table ${table} not in schema`); continue; }
    const ins = db.prepare(`INSERT INTO "${table}" VALUES (${cols.map(() => '?').join(', ')})`);
    for (const row of rows ?? []) {
      if (!Array.isArray(row) || row.length !== cols.length) {
        problems.push(`${table}: row ${JSON.stringify(row)} has not ${cols.length} columns`);
        continue;
      }
      ins.run(...row.map((v) => (typeof v === 'boolean' ? Number(v) : v)));
    }
  }
  return { db, problems };
}

function run(db, sql) {
  try {
    const stmt = db.prepare(sql);
    return { rows: stmt.raw(true).all(), cols: stmt.columns().length };
  } catch (e) {
    return { error: e.message };
  }
}

function sameValue(a, b, tol) {
  if (a === null || b === null) return a === b;
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return a === b;
}
const sameRow = (r, s, tol) => r.length === s.length && r.every((v, i) => sameValue(v, s[i], tol));

function sameResult(x, y, ordered, tol) {
  if (x.error || y.error) return false;
  if (x.cols !== y.cols || x.rows.length !== y.rows.length) return false;
  if (ordered) return x.rows.every((r, i) => sameRow(r, y.rows[i], tol));
  const left = [...y.rows];
  for (const r of x.rows) {
    const k = left.findIndex((s) => sameRow(r, s, tol));
    if (k < 0) return false;
    left.splice(k, 1);
  }
  return true;
}

const words = (s) => String(s ?? '').trim().split(/\s+/).filter(Boolean).length;
const wide = (s) => String(s ?? '').split('\n').some((l) => l.length > 78);

function shape(item) {
  const p = [];
  if (item.type !== 'sql') p.push('type is not sql');
  if (!String(item.id).startsWith('sql-')) p.push('id not prefixed sql-');
  if (!TOPICS.includes(item.topic)) p.push(`unknown topic ${item.topic}`);
  if ((String(item.prompt).match(/SQLite/g) ?? []).length !== 1) p.push('prompt must name SQLite once');
  const n = words(item.answer);
  if (n < 60 || n > 140) p.push(`answer has ${n} words (60-140)`);
  const kp = item.key_points ?? [];
  if (kp.length < 2 || kp.length > 4) p.push(`${kp.length} key points (2-4)`);
  const ans = String(item.answer ?? '').toLowerCase();
  for (const k of kp) {
    if ((k.evidence ?? []).length < 2) p.push(`key point "${k.point}" has < 2 evidence phrases`);
    if (!(k.evidence ?? []).some((e) => ans.includes(String(e).toLowerCase()))) {
      p.push(`no evidence phrase of "${k.point}" in the answer`);
    }
  }
  if (item.difficulty !== 'easy' && (item.follow_ups ?? []).length === 0) p.push('no follow_ups');
  if (!(item.checks ?? []).length) p.push('no checks');
  if (typeof item.order_matters !== 'boolean') p.push('order_matters missing');
  for (const f of ['schema', 'solution']) if (wide(item[f])) p.push(`${f} wider than 78 columns`);
  for (const c of item.checks ?? []) if (wide(c.query)) p.push('a check query is wider than 78 columns');
  for (const [t, rows] of Object.entries(item.data ?? {})) {
    if (rows.length < 5 || rows.length > 30) p.push(`visible ${t} has ${rows.length} rows (5-30)`);
  }
  for (const [t, rows] of Object.entries(item.hidden_data ?? {})) {
    if (rows.length > 200) p.push(`hidden ${t} has ${rows.length} rows (<= 200)`);
  }
  return p;
}

function checkItem(item) {
  const problems = shape(item);
  const tol = item.float_tolerance ?? 1e-9;
  const vis = build(item.schema, item.data);
  const hid = build(item.schema, item.hidden_data);
  problems.push(...vis.problems.map((m) => `visible: ${m}`), ...hid.problems.map((m) => `hidden: ${m}`));
  const solV = run(vis.db, item.solution);
  const solH = run(hid.db, item.solution);
  if (solV.error) problems.push(`solution fails on visible data: ${solV.error}`);
  if (solH.error) problems.push(`solution fails on hidden data: ${solH.error}`);
  if (!solV.error && solV.rows.length === 0) problems.push('solution returns no rows on visible data');
  if (!solH.error && solH.rows.length === 0) problems.push('solution returns no rows on hidden data');
  const checks = (item.checks ?? []).map((c, i) => {
    const v = run(vis.db, c.query);
    const h = run(hid.db, c.query);
    const passV = sameResult(v, solV, item.order_matters, tol);
    const failH = !sameResult(h, solH, item.order_matters, tol);
    if (!passV) problems.push(`check ${i + 1} does not pass the visible data${v.error ? `: ${v.error}` : ''}`);
    if (!failH) problems.push(`check ${i + 1} passes the hidden data too`);
    return passV && failH;
  });
  vis.db.close();
  hid.db.close();
  return { problems, checks: checks.length, rowsV: solV.rows?.length, rowsH: solH.rows?.length };
}

const items = bank.items ?? [];
const ids = new Set();
let bad = 0;
const byTopic = {};
const byDiff = {};
for (const item of items) {
  const r = checkItem(item);
  if (ids.has(item.id)) r.problems.push('duplicate id');
  ids.add(item.id);
  byTopic[item.topic] = (byTopic[item.topic] ?? 0) + 1;
  byDiff[item.difficulty] = (byDiff[item.difficulty] ?? 0) + 1;
  const tag = r.problems.length ? 'FAIL' : 'ok  ';
  console.log(`${tag} ${item.id} (${r.checks} check(s); solution rows ${r.rowsV}/${r.rowsH})`);
  for (const m of r.problems) console.log(`       - ${m}`);
  if (r.problems.length) bad++;
}
console.log(`\n${items.length} items, ${items.length - bad} ok, ${bad} failing`);
console.log('per topic:', JSON.stringify(byTopic));
console.log('per difficulty:', JSON.stringify(byDiff));
process.exitCode = bad ? 1 : 0;
