/**
 * Re-importing stories without duplicating them, and counting stories that are really different.
 * Pure: the command passes the stories it has and the ones it read.
 */
import { STAR_PARTS, toSlug, type Story } from './star.js';

export type ImportVerdict = 'added' | 'updated' | 'unchanged';

/** Lower case, spaces collapsed, Unicode normalised: "Churn  Model rescue " equals "churn model rescue". */
const norm = (s: string | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

const body = (s: Story) => STAR_PARTS.map((p) => norm(s[p])).join('\u0000');

/** The same story, field for field (themes as a set; whitespace at the ends ignored). */
export function sameStory(a: Story, b: Story): boolean {
  const themes = (s: Story) => [...new Set(s.themes)].sort().join(',');
  const text = (s: Story) => [s.title, s.template, ...STAR_PARTS.map((p) => s[p]), s.metrics?.before, s.metrics?.after, s.reflection].map((x) => (x ?? '').trim());
  return themes(a) === themes(b) && text(a).every((x, i) => x === text(b)[i]);
}

/**
 * Where each incoming story goes. With an `id` it is that story. Without one, a story whose title
 * matches (case and spacing aside), or whose id is the slug the title would get, is updated rather
 * than copied; only a new title gets a new id, its slug.
 */
export function planImport(existing: readonly Story[], incoming: readonly Story[]): { story: Story; verdict: ImportVerdict }[] {
  const byId = new Map(existing.map((s) => [s.id, s]));
  return incoming.map((s) => {
    let id = s.id;
    if (!id) {
      const base = toSlug(s.title, 'story');
      const match = [...byId.values()].find((e) => norm(e.title) === norm(s.title)) ?? byId.get(base);
      id = match ? match.id : base;
    }
    const story = { ...s, id };
    const old = byId.get(id);
    byId.set(id, story);
    return { story, verdict: !old ? 'added' : sameStory(old, story) ? 'unchanged' : 'updated' };
  });
}

/**
 * Stories that are really different: a story counts only when neither its title nor its
 * situation-task-action-result text repeats one counted before. Five copies of a story are one.
 */
export function distinctStories<S extends Story>(stories: readonly S[]): S[] {
  const titles = new Set<string>();
  const bodies = new Set<string>();
  return stories.filter((s) => {
    const [t, b] = [norm(s.title), body(s)];
    if (titles.has(t) || bodies.has(b)) return false;
    titles.add(t);
    bodies.add(b);
    return true;
  });
}
