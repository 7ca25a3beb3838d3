/**
 * `prep score ID [--answer-file FILE | -] [--seconds N]`: the drill's grader as a command, for scripts,
 * editors and the grader's own evaluation. Records nothing.
 */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import type { LoadedItem } from '../core/types.js';
import type { SynonymsFile } from '../core/schema.js';
import { PrepError } from '../errors.js';
import { scoreReport, type ScoreReport, type TestResult } from '../core/grader/report.js';
import { unknownId } from './items.js';

export interface ScoreOptions {
  answerFile?: string;
  seconds?: string;
}

/** What scoring needs besides the answer, loaded once (the evaluation scores hundreds of answers with it). */
export interface ScoreEnv {
  items: readonly LoadedItem[];
  known: ReadonlySet<string>;
  synonyms: SynonymsFile | undefined;
  budgetOf: (item: LoadedItem) => number | null;
}

export async function loadScoreEnv(ctx: Ctx): Promise<ScoreEnv> {
  const [{ items }, settings, { loadDrillContent, bankVocabulary, toDrillItem }, { loadSynonyms }] = await Promise.all([
    ctx.banks(), ctx.settings(), import('./drill-items.js'), import('../adapters/synonyms.js'),
  ]);
  const [content, synonyms] = await Promise.all([loadDrillContent(ctx), loadSynonyms(ctx.contentDir)]);
  return {
    items,
    known: bankVocabulary(items),
    synonyms,
    // Exactly the drill's budget: the framework's (or the template's) phases, time_limit, time_scale.
    budgetOf: (item) => toDrillItem(item, content, { kind: 'auto' }, settings.timeScale).budget,
  };
}

export function parseSeconds(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(raw) || !Number.isFinite(n) || n > 86_400) {
    throw new PrepError('usage', `--seconds must be a number of seconds from 0 to 86400, not "${raw}"`, { hint: 'e.g. --seconds 95' });
  }
  return n;
}

export async function scoreWith(env: ScoreEnv, ctxEnv: Ctx['env'], item: LoadedItem, answer: string, seconds: number | null): Promise<ScoreReport> {
  let tests: TestResult[] | string | undefined;
  if (item.type === 'coding') {
    const { runCandidateCode } = await import('./drill-code.js');
    const r = await runCandidateCode(ctxEnv, item, answer);
    tests = typeof r === 'string' ? r : r.map((t) => ({ name: t.hidden ? `${t.name} (hidden)` : t.name, ok: t.ok, message: t.error ?? '' }));
  }
  const sql = item.type === 'sql' ? await (await import('./sql-answer.js')).checkQuery(item, answer) : undefined;
  return scoreReport(item, { answer, known: env.known, synonyms: env.synonyms, budget: env.budgetOf(item), seconds, ...(tests !== undefined ? { tests } : {}), ...(sql ? { sql } : {}) });
}

export async function score(ctx: Ctx, id: string, source: string | undefined, opts: ScoreOptions): Promise<Outcome> {
  if (source !== undefined && source !== '-') throw new PrepError('usage', `unexpected argument "${source}"`, { hint: 'Give the answer with --answer-file FILE, or - to read stdin.' });
  if (source !== undefined && opts.answerFile !== undefined) throw new PrepError('usage', 'give the answer once: --answer-file FILE or -, not both');
  const seconds = parseSeconds(opts.seconds);
  const env = await loadScoreEnv(ctx);
  const item = env.items.find((i) => i.id === id);
  if (!item) throw unknownId(id, env.items.map((i) => i.id));
  if (item.type === 'ask') throw new PrepError('usage', `${id} is a question to ask the interviewer: it has no answer to score`, { hint: 'Score a concept, compare, coding, code_review, design, behavioural or sql item.' });
  const { readAnswerSource } = await import('../adapters/answer-input.js');
  const answer = await readAnswerSource(opts.answerFile ?? source, ctx.io);
  // A SQL item's warm query worker is not needed after the one answer.
  const report = await scoreWith(env, ctx.env, item, answer, seconds).finally(async () => item.type === 'sql' && (await import('./sql-answer.js')).closeSqlRunner());
  if (ctx.opts.json) return { json: report };
  const [{ painter }, { formatScore }] = await Promise.all([import('../format/paint.js'), import('../format/score-view.js')]);
  return { json: report, text: formatScore(report, await painter(ctx), Math.min(ctx.io.stdout.columns || 80, 100)) };
}
