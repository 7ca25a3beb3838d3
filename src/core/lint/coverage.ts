/**
 * The coverage map (CONTENT.md §4): taxonomy topics and named questions against the items of every
 * bank, STAR themes against templates, checklist stages and the number of questions to ask. The map is
 * the `prep bank coverage` report; `coverageIssues` holds the areas listed under `complete:` to it. Pure.
 */
import { ROLES, DIFFICULTIES, type Difficulty, type Role, type Taxonomy } from '../schema.js';
import { issue, type LintIssue } from './types.js';
import type { LintBank } from './references.js';

export const MIN_TOPIC_ITEMS = 2;
export const MIN_ASK_ITEMS = 10;
export const CHECKLIST_STAGES = ['d-7', 'd-3', 'd-1', 'd0'] as const;
export const SPECIAL_AREAS = ['star', 'checklist', 'ask'] as const;

export type TopicStatus = 'covered' | 'thin' | 'missing';
export type QuestionStatus = 'covered' | 'missing' | 'duplicate' | 'misplaced';

export interface CoverageItem {
  id: string;
  bank: string;
  type: string;
  topic?: string | undefined;
  canonical?: string | undefined;
  roles: readonly Role[];
  difficulty: Difficulty;
}

export interface CoverageInput {
  taxonomy: Taxonomy;
  items: readonly CoverageItem[];
  /** Bank ids that have a file. */
  banks: readonly string[];
  /** STAR template ids that have a file (content/star/<id>.yaml). */
  templates: readonly string[];
  /** Stage ids of content/checklist.yaml; null when there is no readable checklist. */
  checklistStages: readonly string[] | null;
}

export interface TopicCoverage {
  id: string;
  bank: string;
  title: string;
  /** From `extra_topics`: shown, but not held to the two-item rule. */
  extra: boolean;
  items: number;
  roles: Record<Role, number>;
  difficulties: Record<Difficulty, number>;
  status: TopicStatus;
}

export interface QuestionCoverage {
  id: string;
  bank: string;
  title: string;
  /** The canonical item, or the first of several. */
  item: string | null;
  items: string[];
  /** Where the canonical items are. */
  foundIn: string[];
  status: QuestionStatus;
}

export interface CoverageReport {
  version: 1;
  complete: string[];
  topics: TopicCoverage[];
  questions: QuestionCoverage[];
  themes: { id: string; template: string | null; status: 'covered' | 'missing' }[];
  ask: { items: number; needed: number; status: 'covered' | 'thin' };
  checklist: { stages: string[]; missing: string[]; status: 'covered' | 'missing' };
  totals: {
    topics: Record<TopicStatus, number>;
    questions: Record<QuestionStatus, number>;
    themes: { covered: number; missing: number };
  };
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function buildCoverage(input: CoverageInput): CoverageReport {
  const { taxonomy } = input;
  const byTopic = new Map<string, CoverageItem[]>();
  const byQuestion = new Map<string, CoverageItem[]>();
  for (const it of input.items) {
    if (it.topic) byTopic.set(it.topic, [...(byTopic.get(it.topic) ?? []), it]);
    if (it.canonical) byQuestion.set(it.canonical, [...(byQuestion.get(it.canonical) ?? []), it]);
  }
  const topic = (t: { id: string; bank: string; title: string }, extra: boolean): TopicCoverage => {
    const mine = byTopic.get(t.id) ?? [];
    const roles = zeros(ROLES);
    const difficulties = zeros(DIFFICULTIES);
    for (const it of mine) {
      for (const r of it.roles) roles[r]++;
      difficulties[it.difficulty]++;
    }
    const status: TopicStatus = mine.length >= MIN_TOPIC_ITEMS ? 'covered' : mine.length ? 'thin' : 'missing';
    return { id: t.id, bank: t.bank, title: t.title, extra, items: mine.length, roles, difficulties, status };
  };
  const topics = [...taxonomy.topics.map((t) => topic(t, false)), ...(taxonomy.extra_topics ?? []).map((t) => topic(t, true))];
  const questions = taxonomy.questions.map((q): QuestionCoverage => {
    const mine = byQuestion.get(q.id) ?? [];
    const foundIn = [...new Set(mine.map((m) => m.bank))];
    const status: QuestionStatus = !mine.length ? 'missing' : mine.length > 1 ? 'duplicate' : mine[0]!.bank !== q.bank ? 'misplaced' : 'covered';
    return { id: q.id, bank: q.bank, title: q.title, item: mine[0]?.id ?? null, items: mine.map((m) => m.id), foundIn, status };
  });
  const templates = new Set(input.templates);
  const themes = taxonomy.star_themes.map((t) => ({ id: t.id, template: templates.has(t.id) ? t.id : null, status: templates.has(t.id) ? ('covered' as const) : ('missing' as const) }));
  const askItems = input.items.filter((i) => i.type === 'ask').length;
  const stages = [...(input.checklistStages ?? [])];
  const missingStages = CHECKLIST_STAGES.filter((s) => !stages.includes(s));
  const count = <S extends string>(keys: readonly S[], list: readonly { status: S }[]) => {
    const out = zeros(keys);
    for (const x of list) out[x.status]++;
    return out;
  };
  return {
    version: 1,
    complete: [...(taxonomy.complete ?? [])],
    topics,
    questions,
    themes,
    ask: { items: askItems, needed: MIN_ASK_ITEMS, status: askItems >= MIN_ASK_ITEMS ? 'covered' : 'thin' },
    checklist: { stages, missing: [...missingStages], status: missingStages.length ? 'missing' : 'covered' },
    totals: {
      topics: count(['covered', 'thin', 'missing'], topics.filter((t) => !t.extra)),
      questions: count(['covered', 'missing', 'duplicate', 'misplaced'], questions),
      themes: count(['covered', 'missing'], themes),
    },
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Gaps in the areas under `complete:`, at their lines in taxonomy.yaml (paths into that file):
 * `topics[i]`, `questions[i]`, `star_themes[i]`, `complete[i]`. Checklist stages point into the checklist.
 */
export function coverageIssues(report: CoverageReport, input: CoverageInput, files: { taxonomy: string; checklist: string }): LintIssue[] {
  const out: LintIssue[] = [];
  const tax = files.taxonomy;
  const knownBanks = new Set([...input.banks, ...input.taxonomy.topics.map((t) => t.bank), ...input.taxonomy.questions.map((q) => q.bank)]);
  const complete = input.taxonomy.complete ?? [];
  complete.forEach((area, ci) => {
    if (area === 'star') {
      report.themes.forEach((t, i) => {
        if (t.status === 'missing') out.push(issue(tax, ['star_themes', i], `STAR theme "${t.id}" has no template`, `Add content/star/${t.id}.yaml (id: ${t.id}); "star" is listed under complete.`));
      });
    } else if (area === 'checklist') {
      if (!input.checklistStages) out.push(issue(tax, ['complete', ci], 'content/checklist.yaml is missing or invalid', 'Add the checklist with stages d-7, d-3, d-1 and d0; "checklist" is listed under complete.'));
      else if (report.checklist.missing.length) out.push(issue(files.checklist, ['stages'], `checklist has no stage ${report.checklist.missing.join(', ')}`, `Stages needed: ${CHECKLIST_STAGES.join(', ')}.`));
    } else if (area === 'ask') {
      if (report.ask.status !== 'covered') out.push(issue(tax, ['complete', ci], `${plural(report.ask.items, 'question')} to ask; at least ${MIN_ASK_ITEMS} needed`, 'Add type: ask items to content/banks/ask.yaml; "ask" is listed under complete.'));
    } else if (/^rubrics-/.test(area)) {
      // held to its rule by lint/rubric-checks.ts
    } else if (!knownBanks.has(area)) {
      out.push(issue(tax, ['complete', ci], `unknown area "${area}" under complete`, `Use a bank id or one of: ${SPECIAL_AREAS.join(', ')}.`));
    } else {
      if (!input.banks.includes(area)) out.push(issue(tax, ['complete', ci], `bank "${area}" is listed under complete but has no file`, `Add content/banks/${area}.yaml, or remove "${area}" from complete.`));
      report.topics.forEach((t, i) => {
        if (t.extra || t.bank !== area || t.status === 'covered') return;
        out.push(issue(tax, ['topics', i], `topic "${t.id}" has ${plural(t.items, 'item')} with it as primary topic; at least ${MIN_TOPIC_ITEMS} needed`, `Add items with topic: ${t.id} (bank "${area}" is listed under complete).`));
      });
      report.questions.forEach((q, i) => {
        if (q.bank !== area || q.status === 'covered') return;
        const msg =
          q.status === 'missing' ? `named question "${q.id}" has no item with canonical: ${q.id}`
          : q.status === 'duplicate' ? `named question "${q.id}" has ${q.items.length} canonical items (${q.items.join(', ')}); exactly one needed`
          : `named question "${q.id}" is answered by "${q.item}" in bank ${q.foundIn.join(', ')}, not in bank ${q.bank}`;
        const hint = q.status === 'missing' ? `Mark the one item of bank ${q.bank} that answers it with canonical: ${q.id}.` : q.status === 'duplicate' ? 'Keep canonical: on one item only.' : `Move the item to content/banks/${q.bank}.yaml (keeping its id), or mark an item there instead.`;
        out.push(issue(tax, ['questions', i], msg, hint));
      });
    }
  });
  return out;
}

/** A named question claimed by two or more items is an error at every claim after the first, wherever it is. */
export function duplicateCanonicals(banks: readonly LintBank[], reportIn: ReadonlySet<string>): LintIssue[] {
  const claims = new Map<string, { id: string; file: string; index: number }[]>();
  for (const b of banks) {
    b.data.items.forEach((it, index) => {
      if (it.canonical) claims.set(it.canonical, [...(claims.get(it.canonical) ?? []), { id: it.id, file: b.file, index }]);
    });
  }
  const out: LintIssue[] = [];
  for (const [q, list] of claims) {
    if (list.length < 2) continue;
    let at = list.slice(1).filter((c) => reportIn.has(c.file));
    if (!at.length && reportIn.has(list[0]!.file)) at = [list[0]!];
    for (const c of at) {
      const others = list.filter((o) => o !== c).map((o) => `"${o.id}"`).join(', ');
      out.push(issue(c.file, ['items', c.index, 'canonical'], `canonical: ${q} is also on ${others}`, 'A named question has exactly one canonical item: remove canonical: from the others.'));
    }
  }
  return out;
}
