/**
 * STAR stories: a linter that coaches (timing, "we" vs "I", numbers, jargon), theme coverage, slugs
 * and a Markdown export. Pure: the command loads templates and stories and prints what we return.
 */
import type { StarTemplate } from './schema.js';

export type StarPart = 'situation' | 'task' | 'action' | 'result';
export const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];

export interface Story {
  id: string;
  title: string;
  template: string;
  themes: string[];
  situation: string;
  task: string;
  action: string;
  result: string;
  metrics?: { before?: string; after?: string };
  reflection?: string;
}

export interface StarFinding {
  part: StarPart | 'reflection' | 'metrics' | 'themes' | 'story';
  severity: 'warning' | 'info';
  code: string;
  message: string;
  fix: string;
}

export const SPEAKING_WPM = 150;
/** A part with fewer words than this is treated as missing. */
export const MIN_PART_WORDS = 5;
/** A part (or the whole story) may run this much over its target before we say so. */
export const TOO_LONG_FACTOR = 1.5;
/** A story under this share of its target is "too thin". */
export const TOO_SHORT_FACTOR = 0.5;
/** The template whose Action is also checked for jargon: explaining to a lay audience is the point. */
export const PLAIN_WORDS_TEMPLATE = 'explaining-to-non-technical';

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Seconds it takes to say the text aloud at `wpm` words a minute, rounded to the second. */
export function spokenSeconds(text: string, wpm = SPEAKING_WPM): number {
  return Math.round((wordCount(text) * 60) / wpm);
}

/** 108 -> "1:48". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const label = (part: string) => part.charAt(0).toUpperCase() + part.slice(1);

/** A number, a percentage, "3x", or a word that quantifies a change. */
const QUANTITY =
  /\d|%|\b(?:twice|half|halved|double|doubled|triple|tripled|quadrupled|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|percent|per cent)\b/i;

const WE = new Set(['we', 'our', 'ours', 'us', 'ourselves']);
const I = new Set(['i', 'my', 'mine', 'me', 'myself']);

/** Counts of first-person plural and singular words ("we'd" counts as "we"; "US" in capitals is the country). */
export function pronounCounts(text: string): { we: number; i: number } {
  let we = 0;
  let i = 0;
  for (const raw of text.replace(/’/g, "'").split(/[^A-Za-z']+/)) {
    if (!raw || raw === 'US') continue;
    const word = raw.toLowerCase().split("'")[0]!;
    if (WE.has(word)) we++;
    else if (I.has(word)) i++;
  }
  return { we, i };
}

/**
 * Words a non-technical listener would not follow. Each pattern matches case-insensitively on word
 * boundaries, plurals included; we report the words as the story spells them.
 */
const JARGON: readonly RegExp[] = [
  /hyper-?parameters?/, /gradients?(?: descent| boosting)?/, /embeddings?/, /logits?/, /auc/, /roc(?: curves?)?/,
  /f1(?:[- ]score)?/, /back-?prop(?:agation)?/, /kubernetes/, /k8s/, /micro-?services?/,
  /(?:latency )?p(?:50|90|95|99|999)(?: latency)?/, /shap(?: values?)?/, /transformers?/, /regulari[sz]ation/,
  /over-?fit(?:ting|ted|s)?/, /under-?fit(?:ting|ted|s)?/, /cross-?validation/, /softmax/, /epochs?/,
  /learning rates?/, /loss functions?/, /cross-?entropy/, /tensors?/, /vectori[sz](?:ed|ation)/, /xgboost/,
  /lightgbm/, /lstms?/, /rnns?/, /llms?/, /bert/, /fine-?tun(?:e|ed|ing)/, /vector (?:database|db|store)s?/,
  /feature stores?/, /etl/, /ci\/cd/, /shard(?:s|ing|ed)?/, /kafka/, /rmse/, /pca/, /t-?sne/, /k-?means/,
  /p-?values?/, /heteroscedasticity/, /multicollinearity/, /quanti[sz]ation/, /ndcg/,
  /RAG/, /DAGs?/, // acronyms whose lower case is an ordinary word ("a rag") match in capitals only
].map((p) => new RegExp(`(?<![\\w-])(?:${p.source})(?![\\w-])`, p.source.toLowerCase() === p.source ? 'gi' : 'g'));

/** Jargon in a text, as written, in order of appearance, without repeats. */
export function findJargon(text: string): string[] {
  const hits: { at: number; word: string }[] = [];
  for (const re of JARGON) for (const m of text.matchAll(re)) hits.push({ at: m.index, word: m[0] });
  hits.sort((a, b) => a.at - b.at || b.word.length - a.word.length);
  const seen = new Set<string>();
  const out: string[] = [];
  let end = -1;
  for (const h of hits) {
    const key = h.word.toLowerCase();
    if (h.at < end || seen.has(key)) continue; // inside a longer match ("latency p99" covers "p99")
    seen.add(key);
    out.push(h.word);
    end = h.at + h.word.length;
  }
  return out;
}

export function lintStory(story: Story, template: StarTemplate | undefined): StarFinding[] {
  const out: StarFinding[] = [];
  const add = (severity: StarFinding['severity']) => (part: StarFinding['part'], code: string, message: string, fix: string) =>
    out.push({ part, severity, code, message, fix });
  const [warn, info] = [add('warning'), add('info')];

  if (!template) {
    warn('story', 'unknown-template', `Template "${story.template}" does not exist, so timing was not checked.`, 'Set `template` to a STAR template id: the file names in content/star/, such as technical-challenge.');
  }
  const jargonParts = new Set<StarPart>(['situation', 'result']);
  if (story.template === PLAIN_WORDS_TEMPLATE) jargonParts.add('action');

  for (const part of STAR_PARTS) {
    const text = story[part].trim();
    const words = wordCount(text);
    const guide = template?.parts[part].guide;
    const answer = guide ? ` Answer: ${guide}` : '';
    if (words < MIN_PART_WORDS) {
      warn(part, 'missing-part', words === 0 ? `${label(part)} is empty.` : `${label(part)} has only ${words} word${words === 1 ? '' : 's'}.`, `Write a sentence or two for the ${part}.${answer}`);
    }
    const target = template?.parts[part].seconds;
    const spoken = spokenSeconds(text);
    if (target !== undefined && spoken > target * TOO_LONG_FACTOR) {
      warn(part, 'too-long', `${label(part)} runs about ${clock(spoken)} aloud; the target is ${clock(target)}.`, `Cut the ${part} to about ${Math.round((target * SPEAKING_WPM) / 60)} words: keep what the interviewer needs and drop the rest.`);
    }
    if (part === 'action') {
      const { we, i } = pronounCounts(text);
      if (we > i && we >= 2) {
        warn('action', 'we-not-i', `Action says "we/our/us" ${we} times and "I/my/me" ${i} time${i === 1 ? '' : 's'}.`, 'Say what you did yourself: "I profiled the job", not "we looked into it". Credit the team once, then own your part.');
      }
    }
    if (part === 'result' && text && !QUANTITY.test(text)) {
      warn('result', 'result-no-number', 'Result has no number.', 'Give a before and after: a percentage, a time saved, a cost, users affected ("error fell from 12% to 7%").');
    }
    if (jargonParts.has(part)) {
      const jargon = findJargon(text);
      if (jargon.length > 0) {
        warn(part, 'jargon', `${label(part)} uses jargon a non-technical listener may not follow: ${jargon.join(', ')}.`, 'Say what it means in plain words (e.g. "how well the model ranks customers" instead of "AUC"), or leave it out.');
      }
    }
  }

  if (!story.reflection?.trim()) {
    warn('reflection', 'no-reflection', 'There is no reflection.', `Add a sentence on what you learned or would do differently.${template ? ` ${template.reflection_prompt}` : ''}`);
  }
  if (!story.metrics?.before?.trim() && !story.metrics?.after?.trim()) {
    info('metrics', 'no-metrics', 'No before-and-after metrics.', `Add \`metrics: {before: ..., after: ...}\`.${template ? ` ${template.metrics_prompt}` : ''}`);
  }

  if (template) {
    const target = STAR_PARTS.reduce((s, p) => s + template.parts[p].seconds, 0);
    const spoken = spokenSeconds([...STAR_PARTS.map((p) => story[p]), story.reflection ?? ''].join(' '));
    if (spoken > target * TOO_LONG_FACTOR) {
      warn('story', 'total-length', `The story tells in about ${clock(spoken)}; aim for ${clock(target)}.`, 'Trim the situation and task to a sentence or two each and keep the action as the longest part.');
    } else if (spoken < target * TOO_SHORT_FACTOR) {
      info('story', 'total-length', `The story is too thin: about ${clock(spoken)} against a target of ${clock(target)}.`, 'Add the steps you took and the numbers that changed.');
    }
  }
  return out;
}

export interface ThemeCoverage {
  id: string;
  checklist: boolean;
  hasTemplate: boolean;
  /** Ids of the stories serving the theme, in input order. */
  stories: string[];
  status: 'covered' | 'missing';
}

/** Which themes have a story. A story serves its template and every theme it lists. */
export function storyCoverage(
  stories: Story[],
  themes: { id: string; checklist?: boolean }[],
  templateIds: ReadonlySet<string>,
): { version: 1; themes: ThemeCoverage[] } {
  const ordered = [...themes.filter((t) => t.checklist), ...themes.filter((t) => !t.checklist)];
  return {
    version: 1,
    themes: ordered.map((t) => {
      const serving = stories.filter((s) => s.template === t.id || s.themes.includes(t.id)).map((s) => s.id);
      return {
        id: t.id,
        checklist: t.checklist ?? false,
        hasTemplate: templateIds.has(t.id),
        stories: [...new Set(serving)],
        status: serving.length > 0 ? 'covered' : 'missing',
      };
    }),
  };
}

const MAX_SLUG = 60;

/** Lower-case words joined by hyphens, accents dropped, at most 60 characters; `fallback` when nothing is left. */
export function toSlug(text: string, fallback: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > MAX_SLUG) s = s.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') || s.slice(0, MAX_SLUG);
  return s || fallback;
}

/** `base`, or `base-2`, `base-3`... whichever is first not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** "Churn model rescue" -> "churn-model-rescue", then "-2", "-3"... when taken; "story" when nothing is left. */
export function slugify(title: string, taken: ReadonlySet<string>): string {
  return uniqueSlug(toSlug(title, 'story'), taken);
}

