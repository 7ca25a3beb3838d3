// Seeds a prep database with a year of synthetic reviews, for the stats benchmark and the stats test.
// Usage: node scripts/seed-reviews.mjs DB_FILE REVIEWS [NOW_ISO]   (the database must exist: run any
// prep command on it first; item ids are read from the index cache beside it, or pass them in code).
// Times are UTC with the study-day cutoff at 4 am (PREP time_zone UTC, day_cutoff 4).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const DAY = 86_400_000;

/** A small deterministic PRNG (mulberry32), the program's own (run `npm run build` first). */
const { seeded: rng } = await import('../dist/core/random.js');

const studyDay = (ms) => new Date(ms - 4 * 3_600_000).toISOString().slice(0, 10);

/**
 * Insert `reviews` reviews of `ids` spread over the 365 days before `now` (plus a few of a removed item
 * and of a story), with the cards they leave behind. Returns nothing; read the database to check.
 */
export function seedYear(file, ids, { now, reviews, seed = 1 }) {
  const Database = require('better-sqlite3');
  const db = new Database(file);
  const rand = rng(seed);
  const end = Date.parse(now);
  const times = Array.from({ length: reviews }, () => end - Math.floor(rand() * 365 * DAY)).sort((a, b) => a - b);
  const cards = new Map();
  const pool = [...ids, 'gone-removed-item'];
  const ins = db.prepare(`INSERT INTO reviews (card_id, kind, reviewed_at, study_day, rating, seconds, time_limit, timed_out, rubric_score, suggested, source, card_before, card_after)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const ratings = ['again', 'hard', 'good', 'easy'];
  const pick = () => { const x = rand(); return x < 0.12 ? 'again' : x < 0.27 ? 'hard' : x < 0.87 ? 'good' : 'easy'; };
  db.exec('BEGIN');
  for (const t of times) {
    const story = rand() < 0.02;
    const id = story ? 'story:seeded' : pool[Math.floor(Math.pow(rand(), 1.3) * pool.length)];
    const before = cards.get(id) ?? null;
    const rating = pick();
    const lapsed = rating === 'again' && before && before.state === 'review';
    const scheduledDays = rating === 'again' ? 0 : Math.min(365, Math.max(1, Math.round((before?.scheduledDays || 1) * (rating === 'hard' ? 1.2 : rating === 'good' ? 2.3 : 3.5))));
    const after = {
      id, kind: story ? 'story' : 'item', state: rating === 'again' ? (before ? 'relearning' : 'learning') : 'review',
      due: new Date(t + (rating === 'again' ? 10 * 60_000 : scheduledDays * DAY)).toISOString(),
      stability: Math.max(0.5, scheduledDays * 1.1), difficulty: 5, scheduledDays, learningSteps: 0,
      reps: (before?.reps ?? 0) + 1, lapses: (before?.lapses ?? 0) + (lapsed ? 1 : 0), lastReview: new Date(t).toISOString(),
    };
    const seconds = Math.round((15 + rand() * 240) * 10) / 10;
    const limit = rand() < 0.1 ? null : 150;
    const suggested = rand() < 0.6 ? ratings[Math.floor(rand() * 4)] : null;
    ins.run(id, after.kind, new Date(t).toISOString(), studyDay(t), rating, seconds, limit, limit !== null && seconds >= limit && rand() < 0.5 ? 1 : 0,
      rand(), suggested, 'drill', before ? JSON.stringify(before) : null, JSON.stringify(after));
    cards.set(id, after);
  }
  const card = db.prepare(`INSERT OR REPLACE INTO cards (id, kind, state, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, last_review, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const c of cards.values()) card.run(c.id, c.kind, c.state, c.due, c.stability, c.difficulty, c.scheduledDays, c.learningSteps, c.reps, c.lapses, c.lastReview, c.lastReview);
  db.exec('COMMIT');
  db.close();
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [file, n, now = new Date().toISOString()] = process.argv.slice(2);
  if (!file || !n) {
    console.error('usage: node scripts/seed-reviews.mjs DB_FILE REVIEWS [NOW_ISO]');
    process.exit(2);
  }
  const index = JSON.parse(readFileSync(join(dirname(file), 'cache', 'index.json'), 'utf8'));
  const ids = index.items.filter((i) => i.type !== 'ask').map((i) => i.id);
  seedYear(file, ids, { now, reviews: Number(n) });
  console.log(`seeded ${n} reviews of ${ids.length} items into ${file}`);
}
