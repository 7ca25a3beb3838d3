/**
 * The one definition of the content formats. The loader validates with these schemas and
 * `npm run schema` writes content/schema/*.schema.json from them (a test regenerates and diffs).
 * Pure: zod only.
 */
import { z } from 'zod';
import { CheckSchema, KeyPointSchema, MisconceptionSchema } from './schema-rubric.js';
import { SQL_FIELDS } from './schema-sql.js';
export { SqlCheckSchema } from './schema-sql.js';

export * from './schema-rubric.js';

import { DIFFICULTIES, ITEM_TYPES, ROLES } from './vocab.js';
export { DIFFICULTIES, ITEM_TYPES, ROLES };
export const DESIGN_PHASES = ['requirements', 'architecture', 'data-flow', 'monitoring', 'scaling'] as const;
export const ASK_GROUPS = ['technical', 'team', 'role', 'mlops-maturity'] as const;

import { slug, tagSlug, text } from './schema-base.js';
export * from './schema-week.js';

export const FollowUpSchema = z.strictObject({
  prompt: text,
  answer: text.optional().describe('What a strong candidate says; shown after a mock round.'),
  key_points: z.array(KeyPointSchema).optional().describe('Score a typed follow-up answer in mock rounds; needs `answer`, which must earn them.'),
});

const common = {
  id: slug.describe('<bank>-<readable-slug>; unique across all banks; never reused or renamed'),
  topic: slug.optional().describe('Primary topic: an id from taxonomy.yaml topics or extra_topics.'),
  canonical: slug.optional().describe('Only on the one item that answers a named question.'),
  roles: z.array(z.enum(ROLES)).min(1).describe('Roles the item is for.'),
  difficulty: z.enum(DIFFICULTIES),
  framework: slug.optional().describe('An id in content/frameworks.yaml; sets the time budget.'),
  time_limit: z.number().int().min(10).max(7200).optional().describe('Seconds; overrides the framework total.'),
  tags: z.array(tagSlug).default([]),
  prompt: text,
  follow_ups: z.array(FollowUpSchema).optional(),
  pitfalls: z.array(text).optional(),
  key_points: z.array(KeyPointSchema).optional(),
  misconceptions: z.array(MisconceptionSchema).optional().describe('Wrong claims candidates make; a match marks the point contradicted.'),
  checks: z.array(CheckSchema).optional().describe('Rubric self-tests run by `prep bank lint --strict`.'),
};

const TestsField = z.string().describe('Python source with test_* functions using plain assert.');

export const ConceptItemSchema = z.strictObject({
  ...common,
  type: z.literal('concept'),
  topic: slug,
  answer: text,
  key_points: z.array(KeyPointSchema).min(3).max(6),
});
export const CompareItemSchema = ConceptItemSchema.extend({ type: z.literal('compare') });

export const CodingItemSchema = z.strictObject({
  ...common,
  type: z.literal('coding'),
  topic: slug,
  answer: text,
  language: z.literal('python').default('python'),
  signature: text,
  starter: text,
  solution: text,
  tests: TestsField,
  hidden_tests: TestsField.optional(),
  edge_cases: z.array(z.string().regex(/^test_\w+$/)).min(2),
  requires: z.array(z.string().regex(/^[A-Za-z_][\w.]*$/)).default([]),
  complexity: text.optional(),
});

export const BugSchema = z.strictObject({ line: z.number().int().min(1), issue: text, fix: text });
export const CodeReviewItemSchema = z.strictObject({
  ...common,
  type: z.literal('code_review'),
  topic: slug,
  answer: text,
  language: z.string().regex(/^[a-z0-9+#-]+$/),
  snippet: text,
  bugs: z.array(BugSchema).min(1),
  fixed: text.optional(),
  tests: TestsField.optional(),
  requires: z.array(z.string()).default([]),
});

const PhaseSchema = z.strictObject({ key_points: z.array(KeyPointSchema).min(2) });
export const DesignItemSchema = z.strictObject({
  ...common,
  type: z.literal('design'),
  answer: text,
  requirements: z.array(text).min(1),
  phases: z.partialRecord(z.enum(DESIGN_PHASES), PhaseSchema),
  tradeoffs: z.array(text).min(3),
  diagram: text.optional(),
});

export const BehaviouralItemSchema = z.strictObject({
  ...common,
  type: z.literal('behavioural'),
  template: slug.describe('A STAR template id (content/star/<id>.yaml).'),
  answer: text.optional(),
  key_points: z.array(KeyPointSchema).min(3).max(6),
  signals: z.array(tagSlug).default([]),
});

export const AskItemSchema = z.strictObject({
  ...common,
  type: z.literal('ask'),
  group: z.enum(ASK_GROUPS),
  why: text,
  answer: text.optional(),
});

/** SQL rounds: the query is run on the item's tables (fields in schema-sql.ts). */
export const SqlItemSchema = z.strictObject({ ...common, ...SQL_FIELDS });

/** A front-and-back card (by hand or from Anki), self-graded: rubric fields are refused, but stay in the type (never set). */
const notOnCards = (f: string) => z.never({ error: `cards are self-graded: ${f} is not used on type: card` }).optional();
export const CardItemSchema = z.strictObject({
  ...common, key_points: notOnCards('key_points'), misconceptions: notOnCards('misconceptions'), checks: notOnCards('checks'),
  type: z.literal('card'), prompt: text.describe('The front of the card.'), answer: text.describe('The back of the card.'),
});

export const ItemSchema = z.discriminatedUnion('type', [
  ConceptItemSchema,
  CompareItemSchema,
  CodingItemSchema,
  CodeReviewItemSchema,
  DesignItemSchema,
  BehaviouralItemSchema,
  CardItemSchema,
  AskItemSchema,
  SqlItemSchema,
]);

export const BankFileSchema = z.strictObject({
  bank: slug.optional().describe('If present, must equal the file stem.'),
  title: text,
  description: text.optional(),
  items: z.array(ItemSchema),
});

export const FrameworksFileSchema = z.strictObject({
  frameworks: z.array(
    z.strictObject({
      id: slug,
      title: text,
      phases: z
        .array(z.strictObject({ id: slug, title: text, seconds: z.number().int().positive(), hint: text.optional() }))
        .min(1),
    }),
  ),
});

const part = z.strictObject({ guide: text, seconds: z.number().int().positive() });
export const StarTemplateSchema = z.strictObject({
  id: slug,
  title: text,
  signals: z.array(tagSlug).default([]),
  parts: z.strictObject({ situation: part, task: part, action: part, result: part }),
  metrics_prompt: text,
  reflection_prompt: text,
  pitfalls: z.array(text).min(1),
  sample: z.strictObject({ persona: text, situation: text, task: text, action: text, result: text }),
});

const topicRef = z.strictObject({ id: slug, bank: slug, title: text });
export const TaxonomySchema = z.strictObject({
  topics: z.array(topicRef),
  questions: z.array(topicRef),
  star_themes: z.array(z.strictObject({ id: slug, checklist: z.boolean().optional() })),
  extra_topics: z.array(topicRef).nullable().default([]),
  complete: z.array(slug).nullable().default([]),
});

export const StorySchema = z.strictObject({
  id: slug.optional(),
  title: text,
  template: slug,
  themes: z.array(slug).default([]),
  situation: z.string().default(''),
  task: z.string().default(''),
  action: z.string().default(''),
  result: z.string().default(''),
  metrics: z.strictObject({ before: z.string().optional(), after: z.string().optional() }).optional(),
  reflection: z.string().optional(),
});

export const ConfigSchema = z.strictObject({
  desired_retention: z.number().min(0.7).max(0.99).default(0.9),
  new_per_day: z.number().int().min(0).max(1000).default(10),
  maximum_interval: z.number().int().min(1).max(36500).default(365),
  day_cutoff: z.number().int().min(0).max(23).default(4).describe('Hour of the local day when a new study day starts.'),
  time_zone: z.string().optional().describe('IANA zone such as Europe/London; default: the system zone.'),
  grading: z.enum(['four', 'two']).default('four'),
  leech_threshold: z.number().int().min(1).max(100).default(8),
  bank_dirs: z.array(z.string()).default([]),
  time_scale: z.number().positive().max(100).default(1).describe('Multiplies drill time budgets (0.5 = half time).'),
  learn_ahead_minutes: z.number().int().min(0).max(1440).default(20).describe('An item graded Again that is due again within this many minutes comes back at the end of the same drill (0: never).'),
  roles: z.array(z.enum(ROLES)).default([]).describe('The roles you are preparing for: the default --role of prep drill (empty: every role).'),
  daily_minutes: z.number().int().min(5).max(720).default(60).describe('Minutes a day you can study: prep plan fits the work to the interview date within it.'),
  daily_goal: z.number().int().min(1).max(1000).default(20).describe('The daily goal, in daily_goal_unit (reviews or minutes), shown on the today screen.'),
  daily_goal_unit: z.enum(['reviews', 'minutes']).default('reviews').describe('What daily_goal counts: reviews, or minutes of review time.'),
});

export type Item = z.output<typeof ItemSchema>;
export type ItemType = Item['type'];


export type BankFile = z.output<typeof BankFileSchema>;
export type FrameworksFile = z.output<typeof FrameworksFileSchema>;
export type Framework = FrameworksFile['frameworks'][number];
export type StarTemplate = z.output<typeof StarTemplateSchema>;
export type Taxonomy = z.output<typeof TaxonomySchema>;
export type StoryInput = z.output<typeof StorySchema>;
export type ConfigFile = z.output<typeof ConfigSchema>;
export type Role = (typeof ROLES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
