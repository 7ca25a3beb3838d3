/**
 * The JSON export (`prep export`): a complete, versioned copy of the user's data, one array per table
 * in camelCase. `ExportDocSchema` validates an export before `prep import` writes anything. Pure: zod only.
 */
import { z } from 'zod';

/** The export format this prep writes and reads; a newer one is refused before anything is written. */
export const EXPORT_VERSION = 1;

/** The document's arrays, in the order they are written. */
export const TABLE_KEYS = ['cards', 'reviews', 'stories', 'storyTellings', 'storyDraft', 'interviews', 'checklistChecks', 'interviewQuestions', 'answerDrafts', 'mockRounds'] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

const iso = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 time such as 2026-03-01T09:00:00.000Z');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const id = z.string().min(1).max(500);
const text = z.string().max(1_000_000);
const rating = z.enum(['again', 'hard', 'good', 'easy']);
const kind = z.enum(['item', 'story']);
const state = z.enum(['new', 'learning', 'review', 'relearning']);
const num = z.number().finite();
const int = z.number().int();
const json = z.unknown();

const SnapshotCard = z.object({
  id, kind, state, due: iso, stability: num, difficulty: num, scheduledDays: int, learningSteps: int, reps: int, lapses: int, lastReview: iso.nullable(),
});

/** The card before and after a review, checked but kept exactly as written (key order included), so a round trip is byte-for-byte. */
const cardJson = z.custom<Record<string, unknown>>((v) => SnapshotCard.safeParse(v).success, 'expected a card snapshot {id, kind, state, due, stability, ...}');

export const CardRowSchema = z.strictObject({
  id, kind, state, due: iso, stability: num, difficulty: num, scheduledDays: int, learningSteps: int, reps: int, lapses: int,
  lastReview: iso.nullable(), createdAt: iso,
});

export const ReviewRowSchema = z.strictObject({
  id: int.positive(), cardId: id, kind, reviewedAt: iso, studyDay: day, rating,
  seconds: num.nullable(), timeLimit: int.nullable(), timedOut: z.boolean(), typedAnswer: text.nullable(),
  rubricScore: num.nullable(), suggested: rating.nullable().default(null), source: z.string().min(1).max(40), sessionId: z.string().max(200).nullable(),
  cardBefore: cardJson.nullable(), cardAfter: cardJson,
});

export const StoryRowSchema = z.strictObject({
  id, title: text, template: id, themes: z.array(z.string().max(200)), situation: text, task: text, action: text, result: text,
  metricsBefore: text.nullable(), metricsAfter: text.nullable(), reflection: text.nullable(), createdAt: iso, updatedAt: iso,
});

export const TellingRowSchema = z.strictObject({
  id: int.positive(), storyId: id, toldAt: iso, partSeconds: z.record(z.string(), num), totalSeconds: num, completed: z.boolean(),
});

export const DraftRowSchema = z.strictObject({ id: z.literal(1), data: json, updatedAt: iso });

export const InterviewRowSchema = z.strictObject({
  id, company: text, date: z.string().max(40), role: text.nullable(), notes: text.nullable(),
  roles: z.string().max(200).nullable().default(null), createdAt: iso,
});

export const CheckRowSchema = z.strictObject({ interviewId: z.string().max(500), itemId: id, checkedAt: iso });
export const PickedRowSchema = z.strictObject({ interviewId: id, itemId: id, pickedAt: iso });
/** A drill answer typed but not graded (schema 4); exports written before it have none. */
export const AnswerDraftRowSchema = z.strictObject({ itemId: id, text, savedAt: iso });

/** A mock round with its report (schema 6); exports written before it have none. */
export const MockRoundRowSchema = z.strictObject({
  id: int.positive(), kind: z.enum(['concept', 'coding', 'design', 'behavioural', 'sql', 'loop']), startedAt: iso, studyDay: day, minutes: int,
  interviewId: id.nullable(), status: z.enum(['running', 'finished', 'interrupted']), coverage: num.nullable(),
  report: z.custom<Record<string, unknown>>((v) => !!v && typeof v === 'object' && !Array.isArray(v), 'expected the round\'s report (a JSON object)'),
});

export const ExportDocSchema = z.strictObject({
  version: z.literal(EXPORT_VERSION),
  exportedAt: iso,
  prep: z.string().max(100).optional(),
  schema: int.optional(),
  config: text.nullable().default(null),
  cards: z.array(CardRowSchema),
  reviews: z.array(ReviewRowSchema),
  stories: z.array(StoryRowSchema),
  storyTellings: z.array(TellingRowSchema),
  storyDraft: z.array(DraftRowSchema).max(1),
  interviews: z.array(InterviewRowSchema),
  checklistChecks: z.array(CheckRowSchema),
  interviewQuestions: z.array(PickedRowSchema),
  answerDrafts: z.array(AnswerDraftRowSchema).default([]),
  mockRounds: z.array(MockRoundRowSchema).default([]),
});

export type ExportDoc = z.output<typeof ExportDocSchema>;
export type CardRow = ExportDoc['cards'][number];
export type ReviewRow = ExportDoc['reviews'][number];
export type StoryRow = ExportDoc['stories'][number];
export type TellingRow = ExportDoc['storyTellings'][number];
export type DraftRow = ExportDoc['storyDraft'][number];
export type InterviewRow = ExportDoc['interviews'][number];
export type CheckRow = ExportDoc['checklistChecks'][number];
export type PickedRow = ExportDoc['interviewQuestions'][number];
export type AnswerDraftRow = ExportDoc['answerDrafts'][number];
export type MockRoundRow = ExportDoc['mockRounds'][number];

/** Before validating the rest: a document from a newer prep is refused with its version named. */
export function exportVersionOf(value: unknown): { version: number } | { problem: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { problem: 'the file is not a prep export (expected a JSON object)' };
  const v = (value as { version?: unknown }).version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { problem: 'the file is not a prep export (no "version" number)' };
  return { version: v };
}
