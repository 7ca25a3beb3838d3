/**
 * Which table holds each array of the JSON export, column by column. This list IS the export's support
 * for a table: a table or column added by a migration without a line here is not exported, and the
 * round-trip test (test/adapters/export-roundtrip.test.ts), which compares every table of the database
 * before and after, fails until it is added.
 */
import type { TableKey } from '../core/export-doc.js';
import { escapeJsonText } from '../core/sanitize.js';

/** `json`: TEXT holding JSON, exported as the parsed value; `bool`: INTEGER 0/1, exported as true/false. */
type Kind = 'json' | 'bool';
export type Column = readonly [db: string, doc: string, kind?: Kind];

export interface TableSpec {
  key: TableKey;
  table: string;
  /** A stable order, so two exports of the same data are the same document. */
  order: string;
  columns: readonly Column[];
}

export const TABLES: readonly TableSpec[] = [
  {
    key: 'cards', table: 'cards', order: 'id',
    columns: [['id', 'id'], ['kind', 'kind'], ['state', 'state'], ['due', 'due'], ['stability', 'stability'], ['difficulty', 'difficulty'],
      ['scheduled_days', 'scheduledDays'], ['learning_steps', 'learningSteps'], ['reps', 'reps'], ['lapses', 'lapses'], ['last_review', 'lastReview'], ['created_at', 'createdAt']],
  },
  {
    key: 'reviews', table: 'reviews', order: 'id',
    columns: [['id', 'id'], ['card_id', 'cardId'], ['kind', 'kind'], ['reviewed_at', 'reviewedAt'], ['study_day', 'studyDay'], ['rating', 'rating'],
      ['seconds', 'seconds'], ['time_limit', 'timeLimit'], ['timed_out', 'timedOut', 'bool'], ['typed_answer', 'typedAnswer'], ['rubric_score', 'rubricScore'],
      ['suggested', 'suggested'], ['source', 'source'], ['session_id', 'sessionId'], ['card_before', 'cardBefore', 'json'], ['card_after', 'cardAfter', 'json']],
  },
  {
    // Stories are listed in the order they were written (rowid), as `prep star list` shows them.
    key: 'stories', table: 'stories', order: 'rowid',
    columns: [['id', 'id'], ['title', 'title'], ['template', 'template'], ['themes', 'themes', 'json'], ['situation', 'situation'], ['task', 'task'],
      ['action', 'action'], ['result', 'result'], ['metrics_before', 'metricsBefore'], ['metrics_after', 'metricsAfter'], ['reflection', 'reflection'],
      ['created_at', 'createdAt'], ['updated_at', 'updatedAt']],
  },
  {
    key: 'storyTellings', table: 'story_tellings', order: 'id',
    columns: [['id', 'id'], ['story_id', 'storyId'], ['told_at', 'toldAt'], ['part_seconds', 'partSeconds', 'json'], ['total_seconds', 'totalSeconds'], ['completed', 'completed', 'bool']],
  },
  { key: 'storyDraft', table: 'story_draft', order: 'id', columns: [['id', 'id'], ['data', 'data', 'json'], ['updated_at', 'updatedAt']] },
  {
    key: 'interviews', table: 'interviews', order: 'id',
    columns: [['id', 'id'], ['company', 'company'], ['date', 'date'], ['role', 'role'], ['notes', 'notes'], ['roles', 'roles'], ['created_at', 'createdAt']],
  },
  { key: 'checklistChecks', table: 'checklist_checks', order: 'interview_id, item_id', columns: [['interview_id', 'interviewId'], ['item_id', 'itemId'], ['checked_at', 'checkedAt']] },
  { key: 'interviewQuestions', table: 'interview_questions', order: 'interview_id, item_id', columns: [['interview_id', 'interviewId'], ['item_id', 'itemId'], ['picked_at', 'pickedAt']] },
  { key: 'answerDrafts', table: 'answer_drafts', order: 'item_id', columns: [['item_id', 'itemId'], ['text', 'text'], ['saved_at', 'savedAt']] },
  {
    key: 'mockRounds', table: 'mock_rounds', order: 'id',
    columns: [['id', 'id'], ['kind', 'kind'], ['started_at', 'startedAt'], ['study_day', 'studyDay'], ['minutes', 'minutes'], ['interview_id', 'interviewId'],
      ['status', 'status'], ['coverage', 'coverage'], ['report', 'report', 'json']],
  },
];

export const tableSpec = (key: TableKey): TableSpec => TABLES.find((t) => t.key === key)!;

export const selectSql = (t: TableSpec) => `SELECT ${t.columns.map(([c]) => c).join(', ')} FROM ${t.table} ORDER BY ${t.order}`;

/**
 * A function from a raw row (values in column order) to the row's JSON text, as `JSON.stringify(toDoc(...))`
 * would write it but without parsing and re-writing the JSON columns (they hold JSON we wrote), which
 * is most of the cost of exporting 100k reviews. DEL, C1 and bidi controls are escaped, as in `--json`.
 */
export function rowSerializer(t: TableSpec): (row: readonly unknown[]) => string {
  const keys = t.columns.map(([, d], i) => `${i ? ',' : '{'}${JSON.stringify(d)}:`);
  const kinds = t.columns.map(([, , k]) => k);
  return (row) => {
    let out = '';
    for (let i = 0; i < keys.length; i++) {
      const v = row[i] ?? null;
      const k = kinds[i];
      let text: string;
      if (v === null) text = 'null';
      else if (k === 'bool') text = v ? 'true' : 'false';
      else if (k === 'json') {
        const raw = v as string;
        const c = raw.charCodeAt(0);
        text = c === 123 || c === 91 ? raw : JSON.stringify(JSON.parse(raw));
      } else text = JSON.stringify(v);
      out += keys[i] + text;
    }
    return escapeJsonText(`${out}}`);
  };
}

/** `INSERT` with named parameters (the doc's keys). */
export const insertSql = (t: TableSpec) => `INSERT INTO ${t.table} (${t.columns.map(([c]) => c).join(', ')}) VALUES (${t.columns.map(([, d]) => `@${d}`).join(', ')})`;

/** A database row as the document writes it. */
export function toDoc(t: TableSpec, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [c, d, kind] of t.columns) {
    const v = row[c] ?? null;
    out[d] = v === null ? null : kind === 'json' ? JSON.parse(v as string) : kind === 'bool' ? v === 1 : v;
  }
  return out;
}

/** A document row as bind parameters for insertSql. */
export function toParams(t: TableSpec, doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [, d, kind] of t.columns) {
    const v = doc[d] ?? null;
    out[d] = v === null ? null : kind === 'json' ? JSON.stringify(v) : kind === 'bool' ? (v ? 1 : 0) : v;
  }
  return out;
}
