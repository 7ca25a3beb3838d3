/**
 * Forward-only schema migrations, indexed by the `PRAGMA user_version` they produce. Each runs inside
 * one IMMEDIATE transaction; before migrating an existing database the store copies it with db.backup().
 */
import type { Database } from 'better-sqlite3';

/** 'prep' in ASCII: marks a SQLite file as ours. */
export const APPLICATION_ID = 0x70726570;

export const MIGRATIONS: ReadonlyArray<(db: Database) => void> = [
  // 1: cards and reviews
  (db) => {
    db.exec(`
      CREATE TABLE cards (
        id             TEXT PRIMARY KEY,          -- item id, or 'story:<story id>'
        kind           TEXT NOT NULL CHECK (kind IN ('item', 'story')),
        state          TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
        due            TEXT NOT NULL,             -- ISO 8601 UTC
        stability      REAL NOT NULL,
        difficulty     REAL NOT NULL,
        scheduled_days INTEGER NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps           INTEGER NOT NULL,
        lapses         INTEGER NOT NULL,
        last_review    TEXT,
        created_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cards_due ON cards (kind, due);
      CREATE TABLE reviews (
        id            INTEGER PRIMARY KEY,
        card_id       TEXT NOT NULL,
        kind          TEXT NOT NULL CHECK (kind IN ('item', 'story')),
        reviewed_at   TEXT NOT NULL,              -- ISO 8601 UTC
        study_day     TEXT NOT NULL,              -- YYYY-MM-DD in the user's zone, after the day cutoff
        rating        TEXT NOT NULL CHECK (rating IN ('again', 'hard', 'good', 'easy')),
        seconds       REAL,
        time_limit    INTEGER,
        timed_out     INTEGER NOT NULL DEFAULT 0,
        typed_answer  TEXT,
        rubric_score  REAL,                       -- 0..1 share of key points covered
        source        TEXT NOT NULL,              -- drill | review | grade | practice
        session_id    TEXT,
        card_before   TEXT,                       -- JSON of the card before (NULL if it was new)
        card_after    TEXT NOT NULL               -- JSON of the card after
      ) STRICT;
      CREATE INDEX reviews_card ON reviews (card_id, reviewed_at);
      CREATE INDEX reviews_day ON reviews (study_day);
    `);
  },
  // 2: STAR stories (+ the draft being written and timed tellings), interviews, checklist ticks, picked questions
  (db) => {
    db.exec(`
      CREATE TABLE stories (
        id             TEXT PRIMARY KEY,
        title          TEXT NOT NULL,
        template       TEXT NOT NULL,
        themes         TEXT NOT NULL DEFAULT '[]',  -- JSON array of STAR theme (template) ids
        situation      TEXT NOT NULL DEFAULT '',
        task           TEXT NOT NULL DEFAULT '',
        action         TEXT NOT NULL DEFAULT '',
        result         TEXT NOT NULL DEFAULT '',
        metrics_before TEXT,
        metrics_after  TEXT,
        reflection     TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE TABLE story_draft (
        id         INTEGER PRIMARY KEY CHECK (id = 1),  -- one draft at a time
        data       TEXT NOT NULL,                        -- JSON: the story so far and the field being typed
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE story_tellings (
        id            INTEGER PRIMARY KEY,
        story_id      TEXT NOT NULL,
        told_at       TEXT NOT NULL,
        part_seconds  TEXT NOT NULL,                    -- JSON {situation, task, action, result}
        total_seconds REAL NOT NULL,
        completed     INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE interviews (
        id         TEXT PRIMARY KEY,
        company    TEXT NOT NULL,
        date       TEXT NOT NULL,                       -- YYYY-MM-DD, local
        role       TEXT,
        notes      TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE checklist_checks (
        interview_id TEXT NOT NULL,                     -- '' for the generic list
        item_id      TEXT NOT NULL,
        checked_at   TEXT NOT NULL,
        PRIMARY KEY (interview_id, item_id)
      ) STRICT;
      CREATE TABLE interview_questions (
        interview_id TEXT NOT NULL,
        item_id      TEXT NOT NULL,                     -- an ask item id
        picked_at    TEXT NOT NULL,
        PRIMARY KEY (interview_id, item_id)
      ) STRICT;
    `);
  },
  // 3: the grader's suggested grade on each review, so statistics can compare suggestion and grade
  (db) => {
    db.exec(`ALTER TABLE reviews ADD COLUMN suggested TEXT CHECK (suggested IN ('again', 'hard', 'good', 'easy'));`);
  },
  // 4: a drill answer typed but not graded (Ctrl-C, stop, or an undo that stepped back over it), offered next time
  (db) => {
    db.exec(`
      CREATE TABLE answer_drafts (
        item_id  TEXT PRIMARY KEY,
        text     TEXT NOT NULL,
        saved_at TEXT NOT NULL                           -- ISO 8601 UTC
      ) STRICT;
    `);
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
