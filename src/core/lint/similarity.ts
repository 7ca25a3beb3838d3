/**
 * Near-duplicate prompts across banks: the Jaccard similarity of the prompts' normalised token sets
 * (rubric.ts tokens(): lower case, no punctuation, stemmed). 0.9 or more fails, 0.8 or more warns.
 */
import { tokens } from '../rubric.js';
import { issue, type LintIssue } from './types.js';

export const DUPLICATE_ERROR = 0.9;
export const DUPLICATE_WARNING = 0.8;

export interface PromptEntry {
  id: string;
  file: string;
  /** Path of the item in its file. */
  path: (string | number)[];
  prompt: string;
  /** Findings are reported only at linted items (a pair with one linted item is reported there). */
  linted: boolean;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const t of small) if (large.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

export const promptSimilarity = (a: string, b: string) => jaccard(new Set(tokens(a)), new Set(tokens(b)));

const baseName = (file: string) => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

export function nearDuplicates(entries: readonly PromptEntry[]): LintIssue[] {
  const sets = entries.map((e) => new Set(tokens(e.prompt)));
  const out: LintIssue[] = [];
  for (let j = 1; j < entries.length; j++) {
    const b = entries[j]!;
    const sb = sets[j]!;
    for (let i = 0; i < j; i++) {
      const a = entries[i]!;
      if (!a.linted && !b.linted) continue;
      const sa = sets[i]!;
      // Jaccard <= min/max of the sizes: skip pairs that cannot reach the warning threshold.
      if (Math.min(sa.size, sb.size) < DUPLICATE_WARNING * Math.max(sa.size, sb.size)) continue;
      const s = jaccard(sa, sb);
      if (s < DUPLICATE_WARNING) continue;
      const [at, other] = b.linted ? [b, a] : [a, b];
      const error = s >= DUPLICATE_ERROR;
      out.push(issue(at.file, [...at.path, 'prompt'], `prompt ${error ? 'duplicates' : 'is close to'} the prompt of "${other.id}" (${baseName(other.file)}): similarity ${s.toFixed(2)}`, error ? 'Drop one item, or make the prompts ask different things.' : 'Check that the two items ask different things; reword one if they do not.', error ? 'error' : 'warning'));
    }
  }
  return out;
}
