/** The small field types every content schema shares. Pure: zod only. */
import { z } from 'zod';

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "ml-bias-variance"');
export const tagSlug = z.string().regex(/^[a-z0-9][a-z0-9+.-]*$/, 'tags are lowercase slugs');
export const text = z.string().trim().min(1, 'must not be empty');
