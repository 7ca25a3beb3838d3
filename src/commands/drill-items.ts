/** Turning loaded items into drill items: time budget, phases and key points per type. */
import { join } from 'node:path';
import type { Ctx } from '../context.js';
import type { DrillItem, DrillKeyPoint, Phase } from '../core/drill.js';
import type { Framework, StarTemplate } from '../core/schema.js';
import type { LoadedItem } from '../core/types.js';
import { readContentFile } from '../adapters/content-loader.js';
import { starTemplateIds } from '../adapters/star-files.js';
import { itemsVocabulary } from '../core/rubric.js';
import { keyPointsOf } from '../core/grader/item.js';
import type { GradeOptions } from '../core/grader/index.js';

const DEFAULT_FRAMEWORK: Record<LoadedItem['type'], string | null> = {
  concept: 'concept', compare: 'compare', coding: 'coding', code_review: 'review', design: 'design', behavioural: 'star', card: 'card', ask: null, sql: 'sql',
};

export interface DrillContent {
  frameworks: Map<string, Framework>;
  templates: Map<string, StarTemplate>;
}

/** The frameworks, and the STAR templates of `items` (all templates without it: parsing all costs a first frame ~60 ms). */
export async function loadDrillContent(ctx: Ctx, items?: readonly LoadedItem[]): Promise<DrillContent> {
  // The schemas load only when a file is not in the build's content cache (an edited or user file).
  const schemas = () => import('../core/schema.js');
  const fw = await readContentFile(join(ctx.contentDir, 'frameworks.yaml'), async () => (await schemas()).FrameworksFileSchema);
  const templates = new Map<string, StarTemplate>();
  const wanted = items ? new Set(items.flatMap((i) => (i.type === 'behavioural' ? [i.template] : []))) : null;
  for (const id of starTemplateIds(ctx.contentDir)) {
    if (wanted && !wanted.has(id)) continue;
    templates.set(id, await readContentFile(join(ctx.contentDir, 'star', `${id}.yaml`), async () => (await schemas()).StarTemplateSchema));
  }
  return { frameworks: new Map(fw.frameworks.map((f) => [f.id, f])), templates };
}

/** `auto` with `full`: design rounds get the long (three-times) on-site budget. */
export type TimeOption = { kind: 'auto'; full?: boolean } | { kind: 'off' } | { kind: 'fixed'; seconds: number };

export const FULL_DESIGN_FACTOR = 3;

export function phasesFor(item: LoadedItem, content: DrillContent): Phase[] {
  if (item.type === 'behavioural') {
    const t = content.templates.get(item.template);
    if (t) {
      return (['situation', 'task', 'action', 'result'] as const).map((p) => ({ id: p, title: p[0]!.toUpperCase() + p.slice(1), seconds: t.parts[p].seconds, hint: t.parts[p].guide }));
    }
  }
  const fwId = item.framework ?? DEFAULT_FRAMEWORK[item.type];
  const fw = fwId ? content.frameworks.get(fwId) : undefined;
  return fw ? fw.phases.map((p) => ({ id: p.id, title: p.title, seconds: p.seconds, ...(p.hint ? { hint: p.hint } : {}) })) : [];
}

/** What a drill ticks: the grader's key points (design: every phase's), or a code review's bugs, as `prep score` grades them. */
export function keyPointsFor(item: LoadedItem): DrillKeyPoint[] {
  // A query is judged by running it, not by its words: its key points are shown at the reveal.
  if (item.type === 'sql') return [];
  if (item.type === 'code_review') return item.bugs.map((b) => ({ point: `Line ${b.line}: ${b.issue}`, evidence: [] }));
  return keyPointsOf(item);
}

export function toDrillItem(item: LoadedItem, content: DrillContent, time: TimeOption, timeScale: number): DrillItem {
  const phases = phasesFor(item, content);
  const base = item.time_limit ?? phases.reduce((a, p) => a + p.seconds, 0);
  const natural = time.kind === 'auto' && time.full && item.type === 'design' ? base * FULL_DESIGN_FACTOR : base;
  const budget = time.kind === 'off' ? null : time.kind === 'fixed' ? time.seconds : Math.max(5, Math.round((natural || 150) * timeScale));
  return {
    id: item.id, budget, phases, keyPoints: keyPointsFor(item), prompt: item.prompt,
    ...(item.misconceptions?.length ? { misconceptions: item.misconceptions } : {}),
    ...(item.type === 'coding' ? { starter: item.starter, check: 'tests' as const } : {}),
    ...(item.type === 'sql' ? { check: 'query' as const } : {}),
    ...(item.type === 'code_review' ? { bugs: item.bugs.map((b) => ({ line: b.line, issue: b.issue })) } : {}),
  };
}

/** Every word of the banks (stemmed): a typed word that is one of them was meant, not a typo of another. */
export function bankVocabulary(items: readonly LoadedItem[]): Set<string> {
  return itemsVocabulary(items);
}

/**
 * Grader options whose vocabulary is built on first use (the first typed answer graded), not before the
 * drill's first frame (read from the bank cache, where each bank's words were stemmed when it was cached).
 */
export function lazyGraderOptions(words: () => Set<string>, synonyms?: GradeOptions['synonyms']): GradeOptions {
  let known: Set<string> | undefined;
  const opts = { ...(synonyms ? { synonyms } : {}) } as GradeOptions;
  Object.defineProperty(opts, 'known', { enumerable: true, get: () => (known ??= words()) });
  return opts;
}
