/**
 * `prep config` keys and values: kebab-case aliases, reading a value typed on the command line, and
 * describing what a key accepts. Pure; works from the JSON Schema of a setting (generated from zod by
 * the caller), so the words always match the validator.
 */
export interface KeySchema {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  items?: KeySchema;
  description?: string;
}

/** `daily-minutes` -> `daily_minutes`; null when it is no setting. */
export function configKey(given: string, keys: readonly string[]): string | null {
  const k = given.trim().toLowerCase().replace(/-/g, '_');
  return keys.includes(k) ? k : null;
}

/** What a setting accepts, in words: "a whole number from 0 to 23", "one of four, two", "a list of ds, mle". */
export function accepts(s: KeySchema): string {
  if (s.enum) return `one of ${s.enum.map(String).join(', ')}`;
  if (s.type === 'array') return s.items?.enum ? `a list of ${s.items.enum.map(String).join(', ')} (comma-separated)` : 'a list (comma-separated)';
  if (s.type === 'integer' || s.type === 'number') {
    const what = s.type === 'integer' ? 'a whole number' : 'a number';
    const lo = s.minimum ?? s.exclusiveMinimum;
    if (lo !== undefined && s.maximum !== undefined) return `${what} from ${lo}${s.exclusiveMinimum !== undefined ? ' (exclusive)' : ''} to ${s.maximum}`;
    return what;
  }
  return 'text';
}

/** A value typed after `prep config set KEY`: words joined; numbers for numeric keys; lists split on commas. */
export function readValue(words: readonly string[], s: KeySchema): unknown {
  const raw = words.join(' ').trim();
  if (s.type === 'array') {
    const inner = raw.replace(/^\[(.*)\]$/s, '$1');
    return inner.split(',').map((w) => w.trim().replace(/^(['"])(.*)\1$/, '$2')).filter(Boolean);
  }
  if ((s.type === 'integer' || s.type === 'number') && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw)) return Number(raw);
  return raw;
}
