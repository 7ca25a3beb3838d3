/**
 * Forward-only schema migrations, indexed by the `PRAGMA user_version` they produce. Each runs inside
 * one IMMEDIATE transaction; before migrating an existing database the store copies it with db.backup().
 */
import type { Database } from 'better-sqlite3';

/**
 * A review of a mature card (in review with an interval of 21 days or more before it), and one done before
 * the card was due (study ahead, cram, --id), for a row of `reviews` (`NEW.`/`OLD.` in triggers).
 */
export const matureSql = (row = '') => `(${row}card_before->>'state' = 'review' AND ${row}card_before->>'scheduledDays' >= 21)`;
export const earlySql = (row = '') => `(${row}card_before->>'due' > ${row}reviewed_at)`;

/** 0/1 for one reviews row (a new card has no card_before: NULL becomes 0). */
const mature = (row: string) => `coalesce(${matureSql(row)}, 0)`;
const matureAgain = (row: string) => `coalesce(${matureSql(row)} AND ${row}rating = 'again', 0)`;
const early = (row: string) => `coalesce(${earlySql(row)}, 0)`;

/** The per-day sums review_days keeps for one reviews row, in column order. */
const dayValues = (row: string) => `${row}kind, ${row}study_day, 1, coalesce(${row}seconds, 0), ${row}seconds IS NOT NULL, ${mature(row)}, ${matureAgain(row)}, ${early(row)}, ${row}timed_out`;
const DAY_COLUMNS = 'kind, study_day, reviews, seconds, timed, mature, mature_again, early, timeouts';
const addDay = (row: string) => `INSERT INTO review_days (${DAY_COLUMNS}) VALUES (${dayValues(row)})
  ON CONFLICT (kind, study_day) DO UPDATE SET reviews = reviews + 1, seconds = seconds + excluded.seconds, timed = timed + excluded.timed, mature = mature + excluded.mature,
    mature_again = mature_again + excluded.mature_again, early = early + excluded.early, timeouts = timeouts + excluded.timeouts;`;
const removeDay = (row: string) => `UPDATE review_days SET reviews = reviews - 1, seconds = seconds - coalesce(${row}seconds, 0), timed = timed - (${row}seconds IS NOT NULL),
    mature = mature - ${mature(row)}, mature_again = mature_again - ${matureAgain(row)}, early = early - ${early(row)}, timeouts = timeouts - ${row}timed_out
  WHERE kind = ${row}kind AND study_day = ${row}study_day;
  DELETE FROM review_days WHERE kind = ${row}kind AND study_day = ${row}study_day AND reviews <= 0;`;

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
        source        TEXT NOT NULL,              -- drill | review | grade | practice | mock
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
  // 5: an interview's roles set with --roles (comma list; NULL: read from its role text); review_days, the
  // per-study-day sums of reviews kept by triggers (so a year of statistics reads 365 rows, not 100k), and
  // covering indexes for the sums over a range (time against budget, suggested against given), for the
  // checklist's "reviewed since" (a full scan at 100k reviews before), and of first sights (the plan's times)
  (db) => {
    db.exec(`
      ALTER TABLE interviews ADD COLUMN roles TEXT;
      CREATE TABLE review_days (
        kind         TEXT NOT NULL,
        study_day    TEXT NOT NULL,
        reviews      INTEGER NOT NULL,
        seconds      REAL NOT NULL,
        timed        INTEGER NOT NULL,   -- reviews with a time (seconds not NULL)
        mature       INTEGER NOT NULL,   -- reviews of mature cards (interval 21+ days before the review)
        mature_again INTEGER NOT NULL,   -- of those, graded Again
        early        INTEGER NOT NULL,   -- reviews done before the card was due
        timeouts     INTEGER NOT NULL,
        PRIMARY KEY (kind, study_day)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO review_days (${DAY_COLUMNS})
        SELECT kind, study_day, count(*), total(seconds), count(seconds), sum(${mature('')}), sum(${matureAgain('')}), sum(${early('')}), sum(timed_out)
        FROM reviews GROUP BY kind, study_day;
      CREATE TRIGGER review_days_insert AFTER INSERT ON reviews BEGIN ${addDay('NEW.')} END;
      CREATE TRIGGER review_days_delete AFTER DELETE ON reviews BEGIN ${removeDay('OLD.')} END;
      CREATE TRIGGER review_days_update AFTER UPDATE ON reviews BEGIN ${removeDay('OLD.')} ${addDay('NEW.')} END;
      CREATE INDEX reviews_range ON reviews (kind, study_day, card_id, rating, suggested, seconds, time_limit, timed_out);
      CREATE INDEX reviews_at ON reviews (kind, reviewed_at, card_id);
      CREATE INDEX reviews_first ON reviews (kind, study_day, card_id, seconds) WHERE card_before IS NULL;
    `);
  },
  // 6: mock rounds: the report of each (saved as answers are given, so a crash or a full disk keeps what was said)
  (db) => {
    db.exec(`
      CREATE TABLE mock_rounds (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL,                     -- concept | coding | design | behavioural | sql | loop
        started_at   TEXT NOT NULL,                     -- ISO 8601 UTC
        study_day    TEXT NOT NULL,
        minutes      INTEGER NOT NULL,
        interview_id TEXT,
        status       TEXT NOT NULL CHECK (status IN ('running', 'finished', 'interrupted')),
        coverage     REAL,                              -- mean coverage of the answered questions
        report       TEXT NOT NULL                      -- JSON: the \`prep mock show --json\` document
      ) STRICT;
      CREATE INDEX mock_rounds_started ON mock_rounds (started_at);
    `);
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
