/**
 * The one place where an interview's free-text role ("Senior ML Engineer") becomes our roles (ds, mle,
 * mlops, fs), and where a topic's priority for a set of roles is defined. README "Roles of an interview"
 * documents this table; change both together.
 */
import { ROLES } from './vocab.js';
import type { ItemIndexEntry, Role } from './types.js';

/**
 * Phrases per role, matched as whole words in the lower-cased role text (hyphens and spaces are the
 * same: "full-stack" = "full stack"). Several roles may match ("ML engineer / MLOps" gives mle and mlops).
 */
export const ROLE_PHRASES: Readonly<Record<Role, readonly string[]>> = {
  ds: ['data scientist', 'data science', 'ds', 'applied scientist', 'research scientist', 'data analyst', 'analytics', 'statistician'],
  mle: ['ml engineer', 'machine learning engineer', 'mle', 'ml engineering', 'machine learning engineering', 'deep learning engineer', 'computer vision engineer', 'nlp engineer'],
  mlops: ['mlops', 'ml ops', 'ml platform', 'machine learning platform', 'ml infrastructure', 'ml infra', 'ai platform', 'ai infrastructure', 'ml reliability'],
  fs: ['full stack', 'fullstack', 'ai engineer', 'ai engineering', 'frontend', 'front end', 'llm engineer', 'ai application', 'product engineer'],
};

const norm = (s: string) => ` ${s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** The roles a free-text role names, in ROLES order, with the phrases that matched. */
export function rolesFromText(text: string): { roles: Role[]; matched: string[] } {
  const t = norm(text);
  const matched: string[] = [];
  const roles = ROLES.filter((r) => {
    const hit = ROLE_PHRASES[r].find((p) => t.includes(norm(p)));
    if (hit) matched.push(hit);
    return !!hit;
  });
  return { roles, matched };
}

/** Where an interview's roles came from: set with --roles, read from its role text, or all (nothing matched). */
export type RolesFrom = 'set' | 'role-text' | 'unmatched' | 'no-role';

export interface InterviewRoles {
  roles: Role[];
  from: RolesFrom;
  /** For the screen: `mle, mlops (from "ML Engineer / MLOps")`. */
  note: string;
}

/** The roles an interview is about: `--roles` wins; else its role text; when nothing matches, every role (and we say so). */
export function interviewRoles(iv: { role?: string; roles?: Role[] }): InterviewRoles {
  if (iv.roles?.length) return { roles: [...iv.roles], from: 'set', note: `${iv.roles.join(', ')} (set with --roles)` };
  if (!iv.role?.trim()) return { roles: [...ROLES], from: 'no-role', note: 'all roles (no role given; `prep interview edit ID --roles ds,mle` narrows them)' };
  const { roles } = rolesFromText(iv.role);
  if (!roles.length) return { roles: [...ROLES], from: 'unmatched', note: `all roles ("${iv.role.trim()}" names none of ds, mle, mlops, fs; \`prep interview edit ID --roles\` sets them)` };
  return { roles, from: 'role-text', note: `${roles.join(', ')} (from "${iv.role.trim()}")` };
}

/** `--roles ds,mle` (or `all`); throws nothing, returns the bad words for the caller to report. */
export function parseRoleList(value: string): { roles: Role[]; bad: string[] } {
  const words = value.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
  if (words.length === 1 && words[0] === 'all') return { roles: [...ROLES], bad: [] };
  const bad = words.filter((w) => !(ROLES as readonly string[]).includes(w));
  return { roles: ROLES.filter((r) => words.includes(r)), bad: words.length ? bad : ['(empty)'] };
}

/** An item matters for an interview when it is for one of its roles. */
export const relevantTo = (roles: readonly Role[]) => (item: Pick<ItemIndexEntry, 'roles'>) => item.roles.some((r) => roles.includes(r));

/**
 * A topic's priority for roles: the share of the topic's items that are for one of them (1: every item
 * is, the topic is core to the role; 0.2: one item in five, peripheral). The plan drops the lowest first.
 */
export function topicPriority(items: readonly Pick<ItemIndexEntry, 'topic' | 'roles'>[], roles: readonly Role[]): Map<string, number> {
  const count = new Map<string, [number, number]>();
  const rel = relevantTo(roles);
  for (const it of items) {
    const key = it.topic ?? '(no topic)';
    const c = count.get(key) ?? [0, 0];
    c[0] += rel(it) ? 1 : 0;
    c[1] += 1;
    count.set(key, c);
  }
  return new Map([...count].map(([k, [r, n]]) => [k, n ? r / n : 0]));
}
