/** `prep bank lint [PATH…] [--strict]`: every problem as file:line:col with a hint; exit 2 on errors. */
import { join } from 'node:path';
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { ExitCode } from '../errors.js';
import { FrameworksFileSchema, TaxonomySchema } from '../core/schema.js';
import { checkReferences } from '../core/lint/references.js';
import { sqlShapeIssues } from '../core/lint/sql.js';
import { append, type LintIssue } from '../core/lint/types.js';
import { capByKind, uniqueFindings } from '../core/lint/cap.js';
import { readContentFile } from '../adapters/content-loader.js';
import { bankClashes } from '../adapters/bank-rules.js';
import { expandPaths, locateIssues, readBankForLint, starTemplateIds, type ReadBank } from '../adapters/lint-files.js';
import { formatFinding, safeFinding, type Finding, type ParsedYaml } from '../adapters/yaml-doc.js';

export interface LintReport {
  version: 1;
  strict: boolean;
  files: number;
  errors: number;
  warnings: number;
  findings: { file: string; line: number; col: number; severity: 'error' | 'warning'; message: string; hint?: string }[];
}

export async function bankLint(ctx: Ctx, paths: string[], opts: { strict?: boolean }): Promise<Outcome> {
  const strict = !!opts.strict;
  const { report, safe } = await lintReport(ctx, paths, strict);
  const exitCode = report.errors ? ExitCode.usage : ExitCode.ok;
  if (ctx.opts.json) return { json: report, exitCode };
  const summary = `${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'} in ${report.files} file${report.files === 1 ? '' : 's'}${strict ? ' (strict)' : ''}`;
  const lines = capByKind(safe).map((f) => ('more' in f ? `… and ${f.more} more like the one above (--json lists them all)` : formatFinding(f)));
  return { text: [...lines, summary].join('\n'), exitCode };
}

/** The lint report for PATHs (or every configured bank); `prep doctor` uses its counts. */
export async function lintReport(ctx: Ctx, paths: string[], strict: boolean): Promise<{ report: LintReport; safe: Finding[] }> {
  const sources = await ctx.bankSources();
  const { files, skipped } = paths.length ? expandPaths(paths) : { files: sources.map((s) => s.file), skipped: [] };
  // Every configured bank, unchanged since the bank cache last loaded them all without a problem: the
  // cache's parse stands (by size, mtime and hash) and only the cross-file checks run; a file is parsed
  // again only to place a finding.
  const cached = !strict && !paths.length ? await cachedBanks(ctx) : undefined;
  const read = cached ?? files.map(readBankForLint);
  const findings: Finding[] = [...skipped, ...read.flatMap((r) => r.findings)];
  const byFile = new Map<string, ParsedYaml>(cached ? [] : read.map((r) => [r.file, r.parsed]));
  const [frameworks, taxonomy] = await Promise.all([
    readContentFile(join(ctx.contentDir, 'frameworks.yaml'), FrameworksFileSchema),
    readContentFile(join(ctx.contentDir, 'taxonomy.yaml'), TaxonomySchema),
  ]);
  const linted = new Set(files);
  // A bank id that loading would find twice (e.g. ml.yaml in a user folder): shipped and configured banks first.
  const order = [...sources, ...read.filter((r) => !sources.some((s) => s.file === r.file))];
  for (const f of bankClashes(order)) if (linted.has(f.file)) findings.push(f);
  const otherIds = new Map<string, string>();
  if (paths.length) {
    // Ids must also be unique against the configured banks that are not being linted.
    const others = sources.filter((s) => !linted.has(s.file));
    if (others.length) {
      const { loadBanks } = await import('../adapters/content-loader.js');
      for (const it of (await loadBanks(others, ctx.paths.cacheDir)).items) otherIds.set(it.id, `${it.file}:${it.line}`);
    }
  }
  const banks = read.filter((r) => r.data).map((r) => ({ id: r.bank, file: r.file, data: r.data! }));
  const issues: LintIssue[] = checkReferences(banks, { frameworks: new Set(frameworks.frameworks.map((f) => f.id)), templates: new Set(starTemplateIds(ctx.contentDir)), taxonomy, otherIds }, strict);
  append(issues, sqlShapeIssues(banks));
  if (strict) {
    const { strictChecks } = await import('./bank-lint-strict.js');
    const extra = await strictChecks(ctx, { read, banks, frameworks, taxonomy, all: !paths.length });
    append(issues, extra.issues);
    append(findings, extra.findings);
    for (const [f, p] of extra.parsed) byFile.set(f, p);
  }
  if (cached) for (const i of issues) if (!byFile.has(i.file)) byFile.set(i.file, readBankForLint(i.file).parsed);
  for (const f of locateIssues(issues, byFile)) findings.push(f);
  const safe = uniqueFindings(findings.map(safeFinding));
  safe.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  const report: LintReport = {
    version: 1,
    strict,
    files: files.length,
    errors: safe.filter((f) => f.severity === 'error').length,
    warnings: safe.filter((f) => f.severity === 'warning').length,
    findings: safe.map((f) => ({ file: f.file, line: f.line, col: f.col, severity: f.severity, message: f.message, ...(f.hint ? { hint: f.hint } : {}) })),
  };
  return { report, safe };
}

/** The configured banks as the bank cache holds them, or undefined when it cannot vouch for them all. */
async function cachedBanks(ctx: Ctx): Promise<ReadBank[] | undefined> {
  try {
    const [db, sources] = await Promise.all([ctx.bankDb(), ctx.bankSources()]);
    const { readItems, readSummaries } = await import('../adapters/bank-db.js');
    const items = readItems(db, sources);
    return readSummaries(db, sources).map((b) => ({
      file: b.file,
      bank: b.id,
      source: '',
      parsed: { file: b.file, value: undefined, findings: [], locate: () => ({ line: 1, col: 1 }) },
      data: { title: b.title, ...(b.description ? { description: b.description } : {}), items: items.filter((it) => it.file === b.file) },
      findings: [],
    }));
  } catch {
    return undefined; // a bank that does not load: lint reads every file and says why
  }
}
