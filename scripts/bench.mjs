// `npm run bench`: start-up and scale benchmark of the built program (run `npm run build` first).
// Generates, in a temp folder and from a fixed seed, a home with 10k items in 50 banks and 100k reviews
// (and a second home with the shipped banks and a year of reviews), then times each command as a whole
// process in pairs with a bare `node -e 0`: A B A B … It prints each command's median wall time, the
// median of the paired ratios, and the peak RSS (from /usr/bin/time when it exists).
// Usage: node scripts/bench.mjs [--runs N] [--items N] [--reviews N] [--keep]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const RUNS = arg('runs', 7);
const ITEMS = arg('items', 10_000);
const REVIEWS = arg('reviews', 100_000);
const BANKS = 50;
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'prep.js');
const require = createRequire(import.meta.url);
if (!existsSync(join(root, 'dist', 'main.js'))) throw new Error('not built: run `npm run build` first');

// A seeded generator (mulberry32), so every run builds the same home.
let seed = 20260301;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

function progress(label, done, total) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `${label.padEnd(22)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round((done / total) * 100)}%`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
  else if (done === total) process.stderr.write(`${line}\n`);
}

// Words and topics from the shipped content, so the generated text reads like the real banks.
const shipped = join(root, 'content', 'banks');
const text = readdirSync(shipped).map((f) => readFileSync(join(shipped, f), 'utf8')).join('\n');
const words = [...new Set(text.toLowerCase().match(/\b[a-z]{3,12}\b/g))].filter((w) => !['true', 'false', 'null'].includes(w)).sort();
const topics = [...readFileSync(join(root, 'content', 'taxonomy.yaml'), 'utf8').split(/^questions:/m)[0].matchAll(/\{id: ([a-z0-9-]+), bank:/g)].map((m) => m[1]);
const sentence = (n) => Array.from({ length: n }, () => pick(words)).join(' ');

function generateBanks(dir) {
  mkdirSync(dir, { recursive: true });
  const per = Math.ceil(ITEMS / BANKS);
  for (let b = 0; b < BANKS; b++) {
    const bank = `gen${String(b).padStart(2, '0')}`;
    const lines = [`title: Generated bank ${b}`, 'items:'];
    for (let i = 0; i < per && b * per + i < ITEMS; i++) {
      lines.push(
        `  - id: ${bank}-item-${i}`,
        '    type: concept',
        `    topic: ${pick(topics)}`,
        `    roles: [${pick(['ds', 'mle', 'mlops', 'fs'])}]`,
        `    difficulty: ${pick(['easy', 'medium', 'hard'])}`,
        `    tags: [${pick(words)}, ${pick(words)}]`,
        `    prompt: "Explain ${sentence(8)} number ${b * per + i}?"`,
        `    answer: "${sentence(70)}"`,
        '    key_points:',
        ...[0, 1, 2].flatMap(() => [`      - point: "${sentence(10)}"`, `        evidence: [${pick(words)}, ${pick(words)}]`]),
        '    follow_ups:',
        `      - prompt: "${sentence(8)}?"`,
      );
    }
    writeFileSync(join(dir, `${bank}.yaml`), `${lines.join('\n')}\n`);
    progress('generating banks', b + 1, BANKS);
  }
}

/** A database at the current schema with `reviews` reviews over the year before `now`, spread over `ids`. */
async function generateDb(file, ids, reviews, now) {
  const { Store } = await import(join(root, 'dist', 'adapters', 'store.js'));
  (await Store.open(file, { now })).close();
  const Database = require('better-sqlite3');
  const db = new Database(file);
  const year = 365 * 86_400_000;
  const card = db.prepare(`INSERT OR REPLACE INTO cards (id, kind, state, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, last_review, created_at)
    VALUES (?, 'item', ?, ?, ?, 5, ?, 0, ?, 0, ?, ?)`);
  const review = db.prepare(`INSERT INTO reviews (card_id, kind, reviewed_at, study_day, rating, seconds, time_limit, timed_out, typed_answer, rubric_score, source, session_id, card_before, card_after)
    VALUES (?, 'item', ?, ?, ?, ?, 150, 0, NULL, ?, 'drill', NULL, NULL, '{}')`);
  const reviewed = ids.slice(0, Math.min(ids.length, Math.ceil(reviews / 12)));
  const chunk = 5000;
  for (let done = 0; done < reviews; done += chunk) {
    db.transaction(() => {
      for (let k = done; k < Math.min(reviews, done + chunk); k++) {
        const at = new Date(now.getTime() - rand() * year);
        review.run(pick(reviewed), at.toISOString(), at.toISOString().slice(0, 10), pick(['again', 'hard', 'good', 'good', 'easy']), Math.round(rand() * 150), rand());
      }
    })();
    progress('generating reviews', Math.min(reviews, done + chunk), reviews);
  }
  db.transaction(() => {
    for (const id of reviewed) {
      const due = new Date(now.getTime() + (rand() - 0.3) * 30 * 86_400_000);
      card.run(id, pick(['review', 'review', 'review', 'learning', 'relearning']), due.toISOString(), rand() * 50, Math.round(rand() * 30), 3, new Date(now.getTime() - 86_400_000).toISOString(), new Date(now.getTime() - year).toISOString());
    }
  })();
  db.close();
}

const hasTime = existsSync('/usr/bin/time');
/** One timed run: wall milliseconds and peak RSS in MiB (null without /usr/bin/time). */
function run(cmd, env, before) {
  before?.();
  const [file, ...args] = hasTime ? ['/usr/bin/time', '-f', '%M', ...cmd] : cmd;
  const t = process.hrtime.bigint();
  const r = spawnSync(file, args, { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = hasTime ? Number(r.stderr.trim().split('\n').pop()) / 1024 : null;
  return { ms, rss, status: r.status };
}

/** The first drill frame in a pseudo-terminal: from spawn to the countdown on screen. */
async function firstFrame(env) {
  const pty = require('node-pty');
  const t = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    let out = '';
    const p = pty.spawn(process.execPath, [bin, 'drill'], { name: 'xterm-256color', cols: 100, rows: 40, env: { ...env, TERM: 'xterm-256color' } });
    const timer = setTimeout(() => { p.kill(); reject(new Error(`no drill frame: ${out.slice(-300)}`)); }, 30_000);
    p.onData((d) => {
      out += d;
      if (/left of \d/.test(out.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, ''))) {
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        clearTimeout(timer);
        p.kill();
        resolve({ ms, rss: null, status: 0 });
      }
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function measure(name, env, cmd, opts = {}) {
  const base = ['node', '-e', '0'];
  const pairs = [];
  for (let i = -1; i < RUNS; i++) {
    const a = cmd === 'drill' ? await firstFrame(env) : run(cmd, env, opts.before);
    const b = run(base, env);
    if (a.status !== 0 && a.status !== 1) throw new Error(`${name} exited ${a.status}`);
    if (i >= 0) pairs.push({ a, b });
  }
  const row = {
    command: name,
    ms: median(pairs.map((p) => p.a.ms)),
    ratio: median(pairs.map((p) => p.a.ms / p.b.ms)),
    rss: pairs[0].a.rss === null ? null : median(pairs.map((p) => p.a.rss)),
    rssRatio: pairs[0].a.rss === null ? null : median(pairs.map((p) => p.a.rss / p.b.rss)),
    node: median(pairs.map((p) => p.b.ms)),
  };
  process.stderr.write(`measured ${name}\n`);
  return row;
}

const work = mkdtempSync(join(tmpdir(), 'prep-bench-'));
const now = new Date('2026-03-01T09:00:00Z');
try {
  const banks = join(work, 'banks');
  generateBanks(banks);
  const big = { ...process.env, PREP_HOME: join(work, 'big'), PREP_BANK_DIRS: banks, PREP_NOW: now.toISOString(), TZ: 'UTC', NO_COLOR: '1' };
  const small = { ...process.env, PREP_HOME: join(work, 'small'), PREP_NOW: now.toISOString(), TZ: 'UTC', NO_COLOR: '1' };
  mkdirSync(big.PREP_HOME);
  mkdirSync(small.PREP_HOME);
  const bankIds = readdirSync(banks).flatMap((f) => [...readFileSync(join(banks, f), 'utf8').matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1]));
  const shippedIds = [...text.matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1]).filter((id) => !id.startsWith('ask-'));
  await generateDb(join(big.PREP_HOME, 'prep.db'), bankIds, REVIEWS, now);
  await generateDb(join(small.PREP_HOME, 'prep.db'), shippedIds, 5000, now);
  const p = (...a) => ['node', bin, ...a];
  const coldCache = () => rmSync(join(big.PREP_HOME, 'cache'), { recursive: true, force: true });
  const rows = [];
  rows.push(await measure(`first run, fresh cache (${ITEMS} items)`, big, p('due', '--json'), { before: coldCache }));
  rows.push(await measure('due --json (shipped banks, a year)', small, p('due', '--json')));
  rows.push(await measure('due --json', big, p('due', '--json')));
  rows.push(await measure('search (a pasted question)', big, p('search', 'How would you handle imbalanced classes when training a classifier?')));
  rows.push(await measure('search --json (typo)', big, p('search', '--json', 'bias varience tradeoff')));
  rows.push(await measure('bank lint (all banks)', big, p('bank', 'lint')));
  rows.push(await measure('drill: first frame (shipped banks)', small, 'drill'));
  rows.push(await measure('drill: first frame', big, 'drill'));
  const head = `${ITEMS} items in ${BANKS} banks (+ shipped), ${REVIEWS} reviews; ${RUNS} paired runs each; node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
  const lines = [head, '', '| command | median | ratio to `node -e 0` (paired median) | peak RSS | RSS ratio |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.command} | ${Math.round(r.ms)} ms | ${r.ratio.toFixed(2)}x | ${r.rss === null ? '–' : `${r.rss.toFixed(0)} MiB`} | ${r.rssRatio === null ? '–' : `${r.rssRatio.toFixed(2)}x`} |`);
  lines.push('', `\`node -e 0\`: ${Math.round(median(rows.map((r) => r.node)))} ms median.`);
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  if (process.argv.includes('--keep')) process.stderr.write(`kept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
