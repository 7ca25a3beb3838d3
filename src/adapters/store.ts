/**
 * The SQLite store. Opening refuses (exit 3, file untouched) anything that is not a prep database or
 * was written by a newer prep; migrates forward after a backup; WAL with synchronous=FULL; every write
 * is one BEGIN IMMEDIATE transaction, so a grade is on disk the moment it is given.
 */
import { existsSync, statSync } from 'node:fs';
import { readDbHeader } from './db-header.js';
import { ensureDir } from './ensure-dir.js';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { PrepError } from '../errors.js';
import type { Card, Rating } from '../core/types.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import * as q from './store-queries.js';
import { immediate, pin, pragma, sql } from './sql.js';
import { backupDatabase } from './backup.js';
import { Database, openOptions } from './sqlite.js';

type DB = BetterSqlite3.Database;


const BUSY_TIMEOUT_MS = 5000;

export function sqliteError(e: unknown, file: string): PrepError | undefined {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_BUSY_')) {
    return new PrepError('db-locked', `${file} is locked by another process`, { hint: 'Another prep (or a SQLite tool) holds a write lock; finish it and retry.', cause: e });
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new PrepError('db-refused', `${file} is not a prep database`, { hint: 'Point --db at a prep database or a new path; the file was left untouched.', cause: e });
  }
  if (['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_IOERR', 'SQLITE_PERM'].some((c) => code.startsWith(c))) {
    return new PrepError('cant-write', `cannot write ${file} (${code})`, { hint: 'Check free disk space and permissions, or use --db to pick another file.', cause: e });
  }
  return undefined;
}

/** Refuse a file that is not ours or is from a newer prep; `objects` is asked for only when needed. */
function verdict(file: string, appId: number, version: number, objects: () => number): number {
  if (appId !== APPLICATION_ID && (appId !== 0 || version !== 0 || objects() > 0)) {
    throw new PrepError('db-refused', `${file} is a SQLite database but not a prep database`, { hint: 'Use --db with a new path for prep; the file was left untouched.' });
  }
  if (version > SCHEMA_VERSION) {
    throw new PrepError('db-newer', `${file} was written by a newer prep (schema ${version}; this prep knows ${SCHEMA_VERSION})`, {
      hint: 'This prep is older than the database: update it (in a git checkout: git pull && npm ci; otherwise reinstall prep the way you installed it). The file was left untouched.',
    });
  }
  return version;
}

/** The same verdict from a connection (reads only); returns the schema version. */
const inspect = (db: DB, file: string): number =>
  verdict(file, pragma(db, 'application_id') as number, pragma(db, 'user_version') as number, () => (sql(db, 'SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n);

/**
 * Look before touching. The header bytes refuse a foreign or newer file without opening it; with a
 * `-wal` beside it the header may be stale, so a read-only connection (which creates nothing new
 * then) has the last word. A read-write connection would checkpoint a leftover -wal into a file we
 * then refuse. Returns the schema version (0: new or empty).
 */
function look(file: string, open: () => DB): number {
  if (!existsSync(file) || statSync(file).size === 0) return 0;
  const head = readDbHeader(file);
  if (!head.sqlite) throw new PrepError('db-refused', `${file} is not a prep database (not even SQLite)`, { hint: 'Point --db at a prep database or a new path; the file was left untouched.' });
  if (!existsSync(`${file}-wal`)) verdict(file, head.applicationId, head.userVersion, () => head.objects);
  const ro = open();
  try {
    return inspect(ro, file);
  } finally {
    ro.close();
  }
}

export interface ReviewInput {
  cardBefore: Card | null;
  cardAfter: Card;
  rating: Rating;
  reviewedAt: Date;
  studyDay: string;
  seconds?: number | null;
  timeLimit?: number | null;
  timedOut?: boolean;
  typedAnswer?: string | null;
  rubricScore?: number | null;
  /** The grade the grader suggested (drill, typed or spoken), to compare with the grade given. */
  suggested?: Rating | null;
  source: 'drill' | 'review' | 'grade' | 'practice' | 'mock';
  sessionId?: string | null;
}

export const cardToJson = (c: Card) => JSON.stringify({ ...c, due: c.due.toISOString(), lastReview: c.lastReview?.toISOString() ?? null });
export const cardFromJson = (s: string): Card => {
  const v = JSON.parse(s) as Card & { due: string; lastReview: string | null };
  return { ...v, due: new Date(v.due), lastReview: v.lastReview ? new Date(v.lastReview) : null };
};

export class Store {
  /** Transactions committed by this run: once one is, a failure to print the report loses no data. */
  commits = 0;
  private constructor(readonly db: DB, readonly file: string, /** This open upgraded an older schema, after a backup. */ readonly migrated?: { from: number; backup: string }) {}

  static async open(file: string, opts: { now: Date }): Promise<Store> {
    const options = openOptions(BUSY_TIMEOUT_MS);
    let db: DB | undefined;
    try {
      const version = look(file, () => pin(new Database(file, { ...options, readonly: true, fileMustExist: true })));
      let backup: string | undefined; // where a migration copied the old file
      if (!version && !existsSync(dirname(file))) ensureDir(dirname(file));
      db = pin(new Database(file, options));
      // WAL is a property of the file: set it once. synchronous=FULL must follow it, per connection.
      if (pragma(db, 'journal_mode') !== 'wal') db.exec('PRAGMA journal_mode = WAL');
      db.exec('PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON');
      if (version < SCHEMA_VERSION) {
        if (version > 0) backup = await backupDatabase(db, file, `v${version}`, opts.now);
        const conn = db;
        immediate(conn, () => {
          // Re-read under the write lock: another prep may have created or migrated the file meanwhile.
          const current = inspect(conn, file);
          for (let v = current; v < SCHEMA_VERSION; v++) MIGRATIONS[v]!(conn);
          if (current < SCHEMA_VERSION) conn.exec(`PRAGMA application_id = ${APPLICATION_ID}; PRAGMA user_version = ${SCHEMA_VERSION}`);
        });
      }
      return new Store(db, file, backup ? { from: version, backup } : undefined);
    } catch (e) {
      db?.close();
      if (e instanceof PrepError) throw e;
      throw sqliteError(e, file) ?? e;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Run `fn` in one BEGIN IMMEDIATE transaction, mapping SQLite failures to typed errors. */
  write<T>(fn: () => T): T {
    try {
      const result = immediate(this.db, fn);
      this.commits++;
      return result;
    } catch (e) {
      throw sqliteError(e, this.file) ?? e;
    }
  }

  getCard(id: string): Card | undefined {
    return q.card(this.db, id);
  }

  cards(kind: 'item' | 'story'): Card[] {
    return q.cards(this.db, kind);
  }

  private putCard(c: Card, now: Date): void {
    sql(this.db, 
        `INSERT INTO cards (id, kind, state, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, last_review, created_at)
         VALUES (@id, @kind, @state, @due, @stability, @difficulty, @scheduledDays, @learningSteps, @reps, @lapses, @lastReview, @createdAt)
         ON CONFLICT (id) DO UPDATE SET state = excluded.state, due = excluded.due, stability = excluded.stability,
           difficulty = excluded.difficulty, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps,
           reps = excluded.reps, lapses = excluded.lapses, last_review = excluded.last_review`,
      )
      .run({ ...c, due: c.due.toISOString(), lastReview: c.lastReview?.toISOString() ?? null, createdAt: now.toISOString() });
  }

  /** Record a review and the card it produced, atomically. Returns the review id (for undo). */
  recordReview(r: ReviewInput): number {
    return this.write(() => this.insertReview(r));
  }

  /**
   * Grade a card from its state as stored at this moment: the card is read under the write lock, so two
   * grades at once (a drill and `prep grade` from an editor) never schedule from the same old state.
   */
  review(id: string, make: (current: Card | undefined) => ReviewInput): { reviewId: number; review: ReviewInput } {
    return this.write(() => {
      const review = make(this.getCard(id));
      return { reviewId: this.insertReview(review), review };
    });
  }

  private insertReview(r: ReviewInput): number {
    {
      this.putCard(r.cardAfter, r.reviewedAt);
      const info = sql(this.db, 
          `INSERT INTO reviews (card_id, kind, reviewed_at, study_day, rating, seconds, time_limit, timed_out, typed_answer,
             rubric_score, suggested, source, session_id, card_before, card_after)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          r.cardAfter.id, r.cardAfter.kind, r.reviewedAt.toISOString(), r.studyDay, r.rating,
          r.seconds ?? null, r.timeLimit ?? null, r.timedOut ? 1 : 0, r.typedAnswer ?? null, r.rubricScore ?? null,
          r.suggested ?? null, r.source, r.sessionId ?? null, r.cardBefore && r.cardBefore.state !== 'new' ? cardToJson(r.cardBefore) : null, cardToJson(r.cardAfter),
        );
      return Number(info.lastInsertRowid);
    }
  }

  /** Undo one review: delete it and put the card back as it was (or remove it if it was new). */
  undoReview(reviewId: number): { cardId: string } | undefined {
    return this.write(() => {
      const row = sql(this.db, 'SELECT card_id, card_before FROM reviews WHERE id = ?').get(reviewId) as { card_id: string; card_before: string | null } | undefined;
      if (!row) return undefined;
      sql(this.db, 'DELETE FROM reviews WHERE id = ?').run(reviewId);
      if (row.card_before) this.putCard(cardFromJson(row.card_before), new Date(0));
      else sql(this.db, 'DELETE FROM cards WHERE id = ?').run(row.card_id);
      return { cardId: row.card_id };
    });
  }

  /** The newest review of all (the only one that can be undone without rewriting history). */
  latestReview(): { id: number; cardId: string; kind: string; rating: string; reviewedAt: string; source: string } | undefined {
    return sql(this.db, 'SELECT id, card_id AS cardId, kind, rating, reviewed_at AS reviewedAt, source FROM reviews ORDER BY id DESC LIMIT 1').get() as
      | { id: number; cardId: string; kind: string; rating: string; reviewedAt: string; source: string }
      | undefined;
  }

  /** Stories exist from schema 2 on; until then there are none. */
  storyCount(): number {
    return q.storyCount(this.db);
  }

  /** Distinct items first reviewed on a study day (counts against new-per-day). */
  newStartedOn(studyDay: string, kind: 'item' | 'story' = 'item'): number {
    return q.newStartedOn(this.db, studyDay, kind);
  }

  reviewsOn(studyDay: string, kind: 'item' | 'story' = 'item'): number {
    return q.reviewsOn(this.db, studyDay, kind);
  }

  /** Card ids reviewed at or after an instant (for checklist actions): items, or stories (`story:<id>`). */
  reviewedSince(since: Date, kind: 'item' | 'story' = 'item'): { cardId: string; reviewedAt: Date }[] {
    return (sql(this.db, 'SELECT card_id, reviewed_at FROM reviews WHERE kind = ? AND reviewed_at >= ?').all(kind, since.toISOString()) as { card_id: string; reviewed_at: string }[]).map((r) => ({ cardId: r.card_id, reviewedAt: new Date(r.reviewed_at) }));
  }

  reviewsFor(cardId: string, limit = 20): { reviewedAt: Date; rating: Rating; seconds: number | null; timedOut: boolean; rubricScore: number | null }[] {
    return (sql(this.db, 'SELECT reviewed_at, rating, seconds, timed_out, rubric_score FROM reviews WHERE card_id = ? ORDER BY reviewed_at DESC, id DESC LIMIT ?').all(cardId, limit) as { reviewed_at: string; rating: Rating; seconds: number | null; timed_out: number; rubric_score: number | null }[]).map((r) => ({ reviewedAt: new Date(r.reviewed_at), rating: r.rating, seconds: r.seconds, timedOut: r.timed_out === 1, rubricScore: r.rubric_score }));
  }
}
