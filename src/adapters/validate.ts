/** Turns schema issues into `file:line:col` findings with a hint, using the YAML positions. */
import type { z } from 'zod';
import type { Finding, ParsedYaml } from './yaml-doc.js';

type Issue = z.core.$ZodIssue;

function hintFor(issue: Issue, value: unknown): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}; see content/schema/ for the fields each type takes.`;
    case 'invalid_value':
      return `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_union': {
      const note = (issue as { note?: string }).note;
      if (note?.includes('discriminator')) return 'Set `type:` to one of concept, compare, coding, code_review, design, behavioural, card, ask.';
      return undefined;
    }
    case 'invalid_type':
      if (issue.expected === 'never') return 'Remove the field (a type: card item is graded by you, against its back), or use a type with a rubric such as concept.';
      if (value === undefined) return `Add the field (${typeWords(issue.expected)}).`;
      if (issue.expected === 'string' && typeof value === 'number') return 'Quote the value to make it text.';
      if (issue.expected === 'array') return 'Write a list, e.g. [a, b] or one "- item" per line.';
      return `Write ${typeWords(issue.expected)} here.`;
    case 'too_small':
      return issue.origin === 'array' ? `Add entries: at least ${String(issue.minimum)} needed.` : undefined;
    case 'too_big':
      return issue.origin === 'array' ? `Keep at most ${String(issue.maximum)} entries.` : undefined;
    default:
      return undefined;
  }
}

const TYPE_WORDS: Record<string, string> = { int: 'a whole number', number: 'a number', string: 'text', array: 'a list', object: 'a mapping (key: value lines)', boolean: 'true or false' };
const typeWords = (t: string) => TYPE_WORDS[t] ?? t;
const gotWords = (v: unknown) =>
  v === null ? 'nothing' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : typeof v === 'string' ? 'text' : typeof v === 'number' ? String(v) : String(v);

/** Our words for a schema issue, not the library's ("expected int, received number"). */
function messageFor(issue: Issue, value: unknown): string {
  if (issue.code !== 'invalid_type' || issue.expected === 'never') return issue.message;
  return value === undefined ? `missing (${typeWords(issue.expected)})` : `expected ${typeWords(issue.expected)}, got ${gotWords(value)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

export interface SchemaWords {
  /** The hint for an unknown key (e.g. the valid config keys); default: see content/schema/. */
  unknownKey?: (key: string) => string;
}

export function schemaFindings<T extends z.ZodType>(
  parsed: ParsedYaml,
  schema: T,
  words: SchemaWords = {},
): { data?: z.output<T>; findings: Finding[] } {
  const result = schema.safeParse(parsed.value);
  if (result.success) return { data: result.data, findings: [] };
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    for (const key of keys) {
      const pos = parsed.locate(path, key);
      const where = [...path, ...(key ? [key] : [])].map(String).join('.');
      const value = valueAt(parsed.value, path);
      const message = issue.code === 'unrecognized_keys' ? `${path.length ? `${path.map(String).join('.')}: ` : ''}unknown field "${key}"` : `${where || 'document'}: ${messageFor(issue, value)}`;
      const id = `${pos.line}:${pos.col}:${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const hint = key !== undefined && words.unknownKey ? words.unknownKey(key) : hintFor(issue, value);
      findings.push({ file: parsed.file, ...pos, severity: 'error', message, ...(hint ? { hint } : {}) });
    }
  }
  return { findings };
}
