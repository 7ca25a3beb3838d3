/** The drill's state, the events it receives and the effects it asks of the shell. Types only. */
import type { EditorState } from './editor.js';
import type { Grade } from './grader/types.js';
import type { GradeOptions } from './grader/index.js';
import type { KeyPress } from './drill-keys.js';
import type { KeyPoint, Misconception } from './schema.js';
import type { Rating } from './types.js';

export interface Phase {
  id: string;
  title: string;
  seconds: number;
  hint?: string;
}

export interface DrillKeyPoint extends KeyPoint {
  /** Design items: the phase the point belongs to. */
  phase?: string;
}

export interface DrillItem {
  id: string;
  /** Seconds for the whole answer; null when untimed (`--time off`). */
  budget: number | null;
  phases: Phase[];
  keyPoints: DrillKeyPoint[];
  misconceptions?: Misconception[];
  /** The question: its own words are not evidence of a key point. */
  prompt?: string;
  /** A coding item's starter code: the answer box starts with it; submitted unchanged, it counts as answered aloud. */
  starter?: string;
  /** Code reviews: the bugs a typed review is graded on (by line or by the issue's words), as `prep score` does. */
  bugs?: { line: number; issue: string }[];
  /** A typed answer is run: against the tests (coding) or, to come, as a query (SQL). */
  check?: 'tests' | 'query';
  /** Mock rounds: a follow-up asked after the main question (`id` is `<main>#<n>`); its grade is the report's, not the schedule's. */
  followUpOf?: string;
  /** Mock rounds: a pause between rounds of a loop, skipped with Enter. */
  kind?: 'break';
  /** Mock rounds: a title above the question (the round and its place in it). */
  heading?: string;
  /** Behavioural mock questions: the candidate's story, shown as notes for the first `seconds` of the answer, then hidden. */
  notes?: { text: string; seconds: number };
}

/**
 * A mock round: every answer is held, unseen, until the round ends (as in an interview); then the
 * reveals are walked one by one to be graded. A round-level clock ends the round when it runs out.
 */
export interface Round {
  /** What the clock is called on screen: "Round", or "Loop" for a whole on-site. */
  label: string;
  /** Seconds the whole round (or loop) may take. */
  seconds: number;
  /** Monotonic milliseconds the round started, moved on by every pause. */
  startedAt: number;
  /** The answers given, by item index (null: a break, or not reached). */
  held: (Attempt | null)[];
  /** The round is over: its reveals are being graded. */
  reviewing: boolean;
  /** Why the questions ended: all answered, or the round's clock ran out. */
  ended: 'answered' | 'time' | null;
}

export type Stage = 'question' | 'answer' | 'done';

/** A key point as the candidate leaves it: the grader's verdict, or their own tick. */
export type Mark = 'covered' | 'missed' | 'contradicted';

export interface TestResult {
  name: string;
  ok: boolean;
  hidden: boolean;
  error?: string;
}

/** What running a typed answer showed. */
export type CheckOutcome =
  | { kind: 'tests'; tests: TestResult[] }
  /** A SQL answer judged on both data sets; `differences` never show the hidden data's rows. */
  | { kind: 'query'; correct: boolean; visible: boolean; hidden: boolean; error: string | null; differences?: string[] }
  /** A SQL answer tried on the visible data only (before submitting): its first rows, or why none. */
  | TrialOutcome
  | { kind: 'not-run'; reason: string };

export interface TrialOutcome {
  kind: 'trial';
  columns: string[];
  rows: (string | number | null)[][];
  truncated: boolean;
  error: string | null;
}

export interface Attempt {
  /** Tells attempts apart: a check result belongs to the attempt that asked for it. */
  id: number;
  /** Monotonic milliseconds. */
  shownAt: number;
  answeredAt: number | null;
  editor: EditorState;
  mode: 'typed' | 'spoken' | null;
  timedOut: boolean;
  /** The grader's verdict on a typed answer. */
  grade: Grade | null;
  marks: Mark[];
  check: CheckOutcome | null;
  checking: boolean;
  /** SQL: the last run on the visible data while answering, and whether one is under way. */
  trial: TrialOutcome | null;
  trying: boolean;
  /** The box was filled from a draft saved in an earlier session; Ctrl-R swaps it with `other`. */
  restored: { savedAt: string; other: EditorState; draftInBox: boolean } | null;
}

/** A typed answer left ungraded: saved on Ctrl-C or stop (and when an undo steps back over it). */
export interface SavedDraft {
  text: string;
  /** ISO time it was saved in an earlier session; null when saved in this one. */
  savedAt: string | null;
}

export interface Result {
  id: string;
  rating: Rating;
  suggested: Rating;
  seconds: number;
  budget: number | null;
  coverage: number | null;
  timedOut: boolean;
  mode: 'typed' | 'spoken';
  reviewId: number;
  attempt: Attempt;
  /** The item was put back at the end of the session to be seen again. */
  requeued: boolean;
}

export interface DrillUi {
  /** First row shown of the scrolling pane (the question while answering, the reveal after). */
  scroll: number;
  /** Rows the pane shows, and the largest useful scroll: measured by the view, sent back as an event. */
  page: number;
  maxScroll: number;
  /** Keys before this time are held (the clock just ran out, or typing is still going on). */
  graceUntil: number;
  armed: 'u' | 'q' | null;
  notice: string;
}

/** The grade just given, shown on the next screen. */
export interface LastGrade {
  id: string;
  rating: Rating;
  /** Milliseconds until the next review. */
  nextDue: number;
  again: boolean;
  leech: boolean;
}

export interface DrillState {
  items: DrillItem[];
  index: number;
  stage: Stage;
  /** Monotonic milliseconds of the latest event. */
  now: number;
  attempt: Attempt;
  results: Result[];
  quit: boolean;
  /** Stopped by Ctrl-C (exit 130) rather than q q (exit 0). */
  interrupted: boolean;
  screen: { columns: number; rows: number };
  ui: DrillUi;
  grading: 'four' | 'two';
  /** Attempts an undo stepped back over, by item id, with the time they were left. */
  parked: Record<string, { attempt: Attempt; stage: 'question' | 'answer'; at: number }>;
  drafts: Record<string, SavedDraft>;
  last: LastGrade | null;
  /** The item whose grade was just undone. */
  undid: string | null;
  nextAttempt: number;
  /** What the grader is given besides the answer: the banks' vocabulary, the synonyms. */
  grader: GradeOptions;
  /** Every clock stopped (Ctrl-P) since this monotonic time. */
  paused: number | null;
  /** Mock rounds only. */
  round: Round | null;
  /** What this step asks of the shell, in order. */
  effects: readonly Effect[];
}

/** A grade to commit, with everything the review row stores. */
export interface GradeRecord {
  id: string;
  rating: Rating;
  suggested: Rating;
  seconds: number;
  budget: number | null;
  timedOut: boolean;
  answer: string | null;
  coverage: number | null;
}

export type Effect =
  | { kind: 'grade'; review: GradeRecord }
  | { kind: 'undo'; reviewId: number }
  /** Run the typed answer: against the tests, or as a query on both data sets (`trial`: the visible data only). */
  | { kind: 'check'; attempt: number; item: string; code: string; trial?: boolean }
  | { kind: 'save-draft'; id: string; text: string }
  /** Mock rounds: an answer was held (keep the round's progress, so a crash loses nothing). */
  | { kind: 'held'; index: number }
  | { kind: 'clear-draft'; id: string };

export type DrillEvent =
  | { type: 'key'; key: KeyPress; at: number }
  | { type: 'tick'; at: number }
  | { type: 'resize'; columns: number; rows: number }
  | { type: 'measured'; page: number; maxScroll: number }
  /** The shell committed the grade. `again`: it is due within the learn-ahead window, so it comes back at the end. */
  | { type: 'graded'; rating: Rating; reviewId: number; at: number; nextDue: number; again?: boolean; leech?: boolean }
  /** The shell took the last grade back. */
  | { type: 'undone'; at: number }
  | { type: 'checked'; attempt: number; outcome: CheckOutcome };
