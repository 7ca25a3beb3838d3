/** The shipped content folder, next to dist/ in the package. (ESM only: uses import.meta.) */
import { fileURLToPath } from 'node:url';

export const contentDir = (): string => fileURLToPath(new URL('../../content/', import.meta.url));
