/** A lint finding before it has a position: a file and a path into its YAML; the adapter resolves line:col. */
export interface LintIssue {
  file: string;
  path: (string | number)[];
  /** Point at this mapping key under `path` rather than at the value. */
  key?: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

export const issue = (file: string, path: (string | number)[], message: string, hint?: string, severity: 'error' | 'warning' = 'error'): LintIssue => ({
  file, path, message, severity, ...(hint ? { hint } : {}),
});

/** `target.push(...items)` without the spread: a spread of ~100k items overflows the call stack. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const x of items) target.push(x);
  return target;
}
