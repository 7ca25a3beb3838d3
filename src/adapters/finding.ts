/** A positioned problem in a content file, and how it prints. Kept apart from yaml-doc so hot paths need not load yaml. */
import { sanitize } from '../core/sanitize.js';

export interface Finding {
  file: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** Messages and hints quote bank text (keys, ids, values): strip terminal controls before anything prints them. */
export const safeFinding = (f: Finding): Finding => ({
  ...f,
  file: sanitize(f.file),
  message: sanitize(f.message),
  ...(f.hint !== undefined ? { hint: sanitize(f.hint) } : {}),
});

export const formatFinding = (raw: Finding) => {
  const f = safeFinding(raw);
  return `${f.file}:${f.line}:${f.col}: ${f.severity === 'warning' ? 'warning: ' : ''}${f.message}${f.hint ? `\n  hint: ${f.hint}` : ''}`;
};
