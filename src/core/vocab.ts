/** The fixed word lists of the content formats, without zod (schema.ts builds on them), for hot paths. */
export const ROLES = ['ds', 'mle', 'mlops', 'fs'] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const ITEM_TYPES = ['concept', 'compare', 'coding', 'code_review', 'design', 'behavioural', 'card', 'ask', 'sql'] as const;
