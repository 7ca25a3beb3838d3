// Start-up benchmark: medians of alternating runs of `node -e 0` and `prep due --json`.
// Usage: node scripts/bench-start.mjs [runs]   (uses the real shipped banks and a temp PREP_HOME)
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 30);
const home = mkdtempSync(join(tmpdir(), 'prep-bench-'));
const env = { ...process.env, PREP_HOME: home };
const bin = new URL('../bin/prep.js', import.meta.url).pathname;
const time = (args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
time([bin, 'due', '--json']); // warm the bank cache and create the database
const base = [], due = [];
for (let i = 0; i < runs; i++) {
  base.push(time(['-e', '0']));
  due.push(time([bin, 'due', '--json']));
}
const median = (a) => a.sort((x, y) => x - y)[a.length >> 1];
const b = median(base), d = median(due);
console.log(JSON.stringify({ runs, nodeMs: +b.toFixed(1), dueMs: +d.toFixed(1), ratio: +(d / b).toFixed(3) }));
