/**
 * `prep bank coverage [--json]`: the coverage map of taxonomy topics, named questions, STAR themes,
 * checklist stages and questions to ask against every configured bank. A report: it exits 0;
 * `prep bank lint --strict` is the gate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { TaxonomySchema, type Taxonomy } from '../core/schema.js';
import { buildCoverage, type CoverageInput, type CoverageReport } from '../core/lint/coverage.js';
import type { LintBank } from '../core/lint/references.js';
import { readContentFile } from '../adapters/content-loader.js';
import { readBankForLint, starTemplateIds } from '../adapters/lint-files.js';
import type { Paint } from '../format/paint.js';
import { table } from '../format/text.js';

/** Every configured bank that parses and validates; `known` (already read) are reused, invalid ones listed. */
export async function loadAllBanks(ctx: Ctx, known: readonly LintBank[] = []): Promise<{ banks: LintBank[]; invalid: string[] }> {
  const byFile = new Map(known.map((b) => [b.file, b]));
  const banks: LintBank[] = [];
  const invalid: string[] = [];
  for (const src of await ctx.bankSources()) {
    const have = byFile.get(src.file);
    if (have) {
      banks.push(have);
      continue;
    }
    const r = readBankForLint(src.file);
    if (r.data) banks.push({ id: r.bank, file: r.file, data: r.data });
    else invalid.push(src.file);
  }
  return { banks, invalid };
}

/** Stage ids of a parsed checklist value, tolerant of an otherwise invalid file. */
export function checklistStages(value: unknown): string[] | null {
  const stages = (value as { stages?: unknown } | null | undefined)?.stages;
  if (!Array.isArray(stages)) return null;
  return stages.map((s) => (s as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
}

export function coverageInput(taxonomy: Taxonomy, banks: readonly LintBank[], templates: readonly string[], stages: readonly string[] | null): CoverageInput {
  return {
    taxonomy,
    items: banks.flatMap((b) => b.data.items.map((it) => ({ id: it.id, bank: b.id, type: it.type, topic: it.topic, canonical: it.canonical, roles: it.roles, difficulty: it.difficulty }))),
    banks: banks.map((b) => b.id),
    templates,
    checklistStages: stages,
  };
}

async function readChecklistStages(file: string): Promise<string[] | null> {
  if (!existsSync(file)) return null;
  const { parseYaml } = await import('../adapters/yaml-doc.js');
  return checklistStages(parseYaml(file, readFileSync(file, 'utf8')).value);
}

const MARK: Record<string, [string, Parameters<Paint>[0]]> = {
  covered: ['ok', 'green'],
  thin: ['thin', 'yellow'],
  missing: ['missing', 'red'],
  duplicate: ['duplicate', 'red'],
  misplaced: ['misplaced', 'red'],
};

const counts = (r: Record<string, number>, short: (k: string) => string) => Object.entries(r).filter(([, n]) => n > 0).map(([k, n]) => `${short(k)} ${n}`).join(' ');

/** The human view: one table per bank (topics, then named questions), then themes, checklist, ask, totals. */
export function formatCoverage(report: CoverageReport, paint: Paint): string {
  const mark = (status: string) => paint(MARK[status]![1], MARK[status]![0]);
  const banks = [...new Set([...report.topics.map((t) => t.bank), ...report.questions.map((q) => q.bank)])];
  const complete = new Set(report.complete);
  const out: string[] = [];
  for (const bank of banks) {
    const topics = report.topics.filter((t) => t.bank === bank);
    const questions = report.questions.filter((q) => q.bank === bank);
    const topicRows = topics.map((t) => ['', mark(t.status), t.id, `${t.items} item${t.items === 1 ? '' : 's'}`, counts(t.roles, (k) => k), counts(t.difficulties, (k) => k[0]!), paint('dim', `${t.title}${t.extra ? ' (extra)' : ''}`)]);
    const questionRows = questions.map((q) => ['', mark(q.status), q.id, q.items.length ? q.items.join(', ') : '-', paint('dim', `${q.title}${q.status === 'misplaced' ? ` (found in bank ${q.foundIn.join(', ')})` : ''}`)]);
    out.push(`${paint('bold', bank)}${complete.has(bank) ? paint('dim', ' (complete)') : ''}`);
    if (topicRows.length) out.push(table(topicRows));
    if (questionRows.length) out.push(table(questionRows));
    out.push('');
  }
  out.push(`${paint('bold', 'STAR themes')}${complete.has('star') ? paint('dim', ' (complete)') : ''}`, table(report.themes.map((t) => ['', mark(t.status), t.id, t.template ? `star/${t.template}.yaml` : '-'])), '');
  const cl = report.checklist;
  out.push(`${paint('bold', 'checklist')}${complete.has('checklist') ? paint('dim', ' (complete)') : ''}  ${mark(cl.status)}  stages ${cl.stages.join(', ') || '-'}${cl.missing.length ? `; missing ${cl.missing.join(', ')}` : ''}`);
  out.push(`${paint('bold', 'ask')}${complete.has('ask') ? paint('dim', ' (complete)') : ''}  ${mark(report.ask.status)}  ${report.ask.items} of ${report.ask.needed} questions to ask`, '');
  const tt = report.totals;
  const core = report.topics.filter((t) => !t.extra).length;
  out.push(
    `topics: ${tt.topics.covered}/${core} covered, ${tt.topics.thin} thin, ${tt.topics.missing} missing`,
    `named questions: ${tt.questions.covered}/${report.questions.length} covered, ${tt.questions.missing} missing, ${tt.questions.duplicate} duplicate, ${tt.questions.misplaced} misplaced`,
    `STAR themes: ${tt.themes.covered}/${report.themes.length} with a template`,
    paint('dim', `complete: ${report.complete.length ? report.complete.join(', ') : 'none yet'}`),
  );
  return out.join('\n');
}

export async function bankCoverage(ctx: Ctx): Promise<Outcome> {
  const [taxonomy, { banks, invalid }, stages] = await Promise.all([
    readContentFile(join(ctx.contentDir, 'taxonomy.yaml'), TaxonomySchema),
    loadAllBanks(ctx),
    readChecklistStages(join(ctx.contentDir, 'checklist.yaml')),
  ]);
  const report = buildCoverage(coverageInput(taxonomy, banks, starTemplateIds(ctx.contentDir), stages));
  const json = invalid.length ? { ...report, invalidBanks: invalid } : report;
  if (ctx.opts.json) return { json };
  const { painter } = await import('../format/paint.js');
  const text = formatCoverage(report, await painter(ctx));
  const note = invalid.length ? `\n${invalid.length} bank file${invalid.length === 1 ? '' : 's'} left out because ${invalid.length === 1 ? 'it does' : 'they do'} not load (run prep bank lint): ${invalid.join(', ')}` : '';
  return { text: text + note };
}
