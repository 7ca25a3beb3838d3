// Benchmark of `prep stats` at 100k reviews: medians of alternating runs of `node -e 0` and
// `prep stats --json` on a temp home seeded with a year of reviews of the shipped banks.
// Usage: node scripts/bench-stats.mjs [runs] [reviews]   (defaults: 30 runs, 100000 reviews)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedYear } from './seed-reviews.mjs';

const runs = Number(process.argv[2] ?? 30);
const reviews = Number(process.argv[3] ?? 100_000);
const home = mkdtempSync(join(tmpdir(), 'prep-bench-stats-'));
const env = { ...process.env, PREP_HOME: home };
const bin = new URL('../bin/prep.js', import.meta.url).pathname;
const time = (args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
};
time([bin, 'due', '--json']); // create the database, warm the bank and config caches
const index = JSON.parse(readFileSync(join(home, 'cache', 'index.json'), 'utf8'));
seedYear(join(home, 'prep.db'), index.items.filter((i) => i.type !== 'ask').map((i) => i.id), { now: new Date().toISOString(), reviews });
time([bin, 'stats', '--json']);
const base = [], stats = [];
for (let i = 0; i < runs; i++) {
  base.push(time(['-e', '0']));
  stats.push(time([bin, 'stats', '--json']));
}
const median = (a) => a.sort((x, y) => x - y)[a.length >> 1];
const b = median(base), s = median(stats);
console.log(JSON.stringify({ runs, reviews, home, nodeMs: +b.toFixed(1), statsMs: +s.toFixed(1), ratio: +(s / b).toFixed(3) }));
