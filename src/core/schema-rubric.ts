/** The rubric parts of the bank format (key points, misconceptions, checks) and content/synonyms.yaml. Pure: zod only. */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

export const KeyPointSchema = z.strictObject({
  point: text.describe('What a strong answer says, in one sentence.'),
  evidence: z.array(text).min(2, 'give at least 2 evidence words or phrases').describe(
    'Words or phrases a typed answer is matched against (after lower-casing, stemming, typo tolerance).',
  ),
  weight: z.number().positive().max(5).optional(),
  together: z.array(z.array(text).min(1)).min(2).optional().describe(
    'Groups of phrases: the point counts only when one phrase from every group appears in the same sentence.',
  ),
  value: z.number().optional().describe('A numeric answer: a number within `tolerance` of it, said with the point\'s evidence, covers the point.'),
  tolerance: z.number().min(0).optional().describe('How far from `value` a number may be (default 0).'),
  main: z.boolean().optional().describe('The point whose contradiction turns the suggestion to Again (default: the first).'),
});

export const MisconceptionSchema = z.strictObject({
  claim: text.describe('The wrong claim, as a candidate would make it.'),
  evidence: z.array(text).min(1).describe('Phrases that state the wrong claim (matched when not negated).'),
  together: z.array(z.array(text).min(1)).min(2).optional().describe('Groups that must all appear in one sentence for the claim to fire.'),
  contradicts: z.union([z.number().int().min(0), text]).describe('The key point it contradicts: its index or its text.'),
  correction: text.optional().describe('What is true instead (shown at reveal; default: the contradicted point).'),
});

export const CheckSchema = z
  .strictObject({
    answer: text,
    max: z.number().min(0).max(1).optional().describe('A wrong answer in the topic\'s words must score at most this.'),
    min: z.number().min(0).max(1).optional().describe('A correct paraphrase must score at least this.'),
  })
  .refine((c) => (c.max === undefined) !== (c.min === undefined), 'a check has exactly one of `max` or `min`');

export const SynonymsFileSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      terms: z.array(text).min(2),
      scope: z.enum(['both', 'search']).default('both').describe('search: ambiguous abbreviations that never credit an answer.'),
    }),
  ),
  opposites: z
    .array(z.tuple([text, text]))
    .default([])
    .describe('Pairs the grader reads as contradicting each other when one replaces the other in a key point (increase/decrease).'),
});
export type SynonymsFile = z.output<typeof SynonymsFileSchema>;

export type KeyPoint = z.output<typeof KeyPointSchema>;
export type Misconception = z.output<typeof MisconceptionSchema>;
export type Check = z.output<typeof CheckSchema>;
