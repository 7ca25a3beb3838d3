/** The week-before content files: the checklist (stages, items, the actions that verify them) and the guide. Pure: zod only. */
import { z } from 'zod';
import { slug, tagSlug, text } from './schema-base.js';
import { DIFFICULTIES, ITEM_TYPES, ROLES } from './vocab.js';

const filter = z.strictObject({
  bank: z.array(slug).optional(),
  topic: z.array(slug).optional(),
  type: z.array(z.enum(ITEM_TYPES)).optional(),
  role: z.array(z.enum(ROLES)).optional(),
  difficulty: z.array(z.enum(DIFFICULTIES)).optional(),
});
export const ChecklistActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('star-coverage'), min_stories: z.number().int().min(1), themes: z.array(slug).min(1) }),
  z.strictObject({ kind: z.literal('drill'), filter, min_reviews: z.number().int().min(1) }),
  z.strictObject({ kind: z.literal('ask-picked'), min: z.number().int().min(1) }),
  z.strictObject({ kind: z.literal('star-practice'), min_stories: z.number().int().min(1) }),
  z.strictObject({ kind: z.literal('mock'), min_rounds: z.number().int().min(1), round: z.enum(['concept', 'coding', 'design', 'behavioural', 'sql', 'loop']).optional() }),
]);
export const ChecklistFileSchema = z.strictObject({
  stages: z
    .array(
      z.strictObject({
        id: z.string().regex(/^d([+-]\d+|0)$/, 'stage ids look like d-7, d-3, d-1, d0, d+1'),
        title: text,
        offset_days: z.number().int().min(-60).max(30),
        items: z.array(
          z.strictObject({ id: slug, text, detail: text.optional(), optional: z.boolean().optional(), action: ChecklistActionSchema.optional() }),
        ),
      }),
    )
    .min(1),
});

export const GuideFileSchema = z.strictObject({
  sections: z.array(
    z.strictObject({
      id: slug,
      title: text,
      intro: text.optional(),
      entries: z.array(
        z.strictObject({ title: text, text, tags: z.array(tagSlug).default([]), url: z.string().url().optional() }),
      ),
    }),
  ),
});

export type ChecklistFile = z.output<typeof ChecklistFileSchema>;
export type ChecklistAction = z.output<typeof ChecklistActionSchema>;
export type GuideFile = z.output<typeof GuideFileSchema>;
