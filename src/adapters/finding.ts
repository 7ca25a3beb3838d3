/** A positioned problem in a content file, and how it prints. Kept apart from yaml-doc so hot paths need not load yaml. */
export interface Finding {
  file: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

export const formatFinding = (f: Finding) =>
  `${f.file}:${f.line}:${f.col}: ${f.severity === 'warning' ? 'warning: ' : ''}${f.message}${f.hint ? `\n  hint: ${f.hint}` : ''}`;
