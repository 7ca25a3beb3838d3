/**
 * Many findings of one kind (an alias bomb, 50 copies of an item, no python3) drown the rest: the text
 * view shows the first few of each kind and then one "… and N more" line. A kind is the severity and
 * message with quoted names and numbers blanked, so "duplicates the prompt of "a-1"" and "… "a-2"" are one kind.
 */
export const PER_KIND = 5;

interface Capped {
  message: string;
  severity: 'error' | 'warning';
}

export const kindOf = (f: Capped) => `${f.severity}\0${f.message.replace(/"[^"]*"/g, '""').replace(/\d+(?:\.\d+)?/g, '#').replace(/\*[\w-]+/g, '*')}`;

/** The list in its order without exact repeats (same file, position, message and hint). */
export function uniqueFindings<T>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = JSON.stringify(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The list in its order, the (perKind+1)th and later of a kind replaced by one summary after the last shown. */
export function capByKind<T extends Capped>(unique: readonly T[], perKind = PER_KIND): (T | { more: number; like: T })[] {
  const total = new Map<string, number>();
  for (const f of unique) total.set(kindOf(f), (total.get(kindOf(f)) ?? 0) + 1);
  const shown = new Map<string, number>();
  const out: (T | { more: number; like: T })[] = [];
  for (const f of unique) {
    const k = kindOf(f);
    const n = (shown.get(k) ?? 0) + 1;
    shown.set(k, n);
    if (n <= perKind) out.push(f);
    if (n === perKind && total.get(k)! > perKind) out.push({ more: total.get(k)! - perKind, like: f });
  }
  return out;
}
