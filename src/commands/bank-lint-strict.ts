/**
 * The strict content checks (CONTENT.md §4) that `bank lint --strict` adds: item quality and text
 * rules, 78-column preformatted fields, near-duplicate prompts, canonical claims, the STAR template,
 * checklist and guide files, coverage of the areas under `complete:`, and the code checks in python3.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Ctx } from '../context.js';
import { ChecklistFileSchema, GuideFileSchema, StarTemplateSchema, SynonymsFileSchema, type FrameworksFile, type SynonymsFile, type Taxonomy } from '../core/schema.js';
import { checkRubrics, rubricCompleteness } from '../core/lint/rubric-checks.js';
import { checkSynonyms } from '../core/lint/synonyms.js';
import { bankVocabulary } from './drill-items.js';
import type { LoadedItem } from '../core/types.js';
import { append, issue, type LintIssue } from '../core/lint/types.js';
import type { LintBank } from '../core/lint/references.js';
import { checkQuality } from '../core/lint/quality.js';
import { MAX_COLUMNS, PREFORMATTED_FIELDS, scanStrings, wideLines } from '../core/lint/text.js';
import { nearDuplicates } from '../core/lint/similarity.js';
import { buildCoverage, coverageIssues, duplicateCanonicals } from '../core/lint/coverage.js';
import { checkChecklist, checkStarTemplate } from '../core/lint/content-files.js';
import { codeJobs, judgeCode } from '../core/lint/code.js';
import { parseYamlFile, type Finding, type ParsedYaml } from '../adapters/yaml-doc.js';
import { schemaFindings } from '../adapters/validate.js';
import { starTemplateIds, type ReadBank } from '../adapters/lint-files.js';
import { runPythonJobs } from '../adapters/python-runner.js';
import { checklistStages, coverageInput, loadAllBanks } from './bank-coverage.js';

export interface StrictInput {
  read: ReadBank[];
  banks: LintBank[];
  frameworks: FrameworksFile;
  taxonomy: Taxonomy;
  /** Linting every configured bank (so coverage can be judged), not just some files. */
  all: boolean;
}

export interface StrictResult {
  issues: LintIssue[];
  findings: Finding[];
  parsed: Map<string, ParsedYaml>;
}

export async function strictChecks(ctx: Ctx, input: StrictInput): Promise<StrictResult> {
  const issues: LintIssue[] = [];
  const findings: Finding[] = [];
  const parsed = new Map<string, ParsedYaml>();
  const linted = new Set(input.banks.map((b) => b.file));

  // Python runs while the rest is checked.
  const jobs = codeJobs(input.banks);
  const running = runPythonJobs(jobs, { env: ctx.env });
  running.catch(() => undefined); // observed below; this only keeps an early throw from leaving it unhandled
  // SQL items' solutions and wrong queries run in a child process meanwhile too.
  const sqlRunning = import('./bank-lint-sql.js').then((m) => m.sqlLintRuns(input.banks));
  sqlRunning.catch(() => undefined);

  append(issues, checkQuality(input.banks));
  for (const r of input.read) append(findings, wideFieldFindings(r));

  // Duplicates and coverage look at every configured bank, whichever files are being linted.
  const { banks: all } = await loadAllBanks(ctx, input.banks);
  const everyBank = [...all, ...input.banks.filter((b) => !all.some((a) => a.file === b.file))];
  append(issues, nearDuplicates(everyBank.flatMap((b) => b.data.items.map((it, i) => ({ id: it.id, file: b.file, path: ['items', i], prompt: it.prompt, linted: linted.has(b.file) })))));
  append(issues, duplicateCanonicals(everyBank, linted));

  const content = contentFiles(ctx, input.taxonomy, everyBank);
  append(issues, content.issues);
  append(findings, content.findings);
  for (const [f, p] of content.parsed) parsed.set(f, p);

  const taxonomyFile = join(ctx.contentDir, 'taxonomy.yaml');
  const checklistFile = join(ctx.contentDir, 'checklist.yaml');
  parsed.set(taxonomyFile, parseYamlFile(taxonomyFile));
  const covInput = coverageInput(input.taxonomy, all, starTemplateIds(ctx.contentDir), content.checklistStages);
  append(issues, coverageIssues(buildCoverage(covInput), covInput, { taxonomy: taxonomyFile, checklist: checklistFile }));
  append(issues, rubricCompleteness(input.taxonomy, everyBank, taxonomyFile));

  // Rubric self-tests, scored exactly as the drill scores (the same vocabulary and synonyms).
  const known = bankVocabulary(everyBank.flatMap((b) => b.data.items as LoadedItem[]));
  append(issues, checkRubrics(input.banks, { known, ...(content.synonyms ? { synonyms: content.synonyms } : {}) }));

  append(issues, judgeCode(jobs, await running));
  append(issues, await sqlRunning);
  return { issues, findings, parsed };
}

/** Preformatted lines over 78 columns, at their exact line in the file (for `|` block scalars). */
export function wideFieldFindings(r: ReadBank): Finding[] {
  if (!r.data) return [];
  const out: Finding[] = [];
  const lines = r.source.split(/\r?\n/);
  r.data.items.forEach((it, i) => {
    for (const field of PREFORMATTED_FIELDS) {
      const value = (it as Record<string, unknown>)[field];
      if (typeof value !== 'string') continue;
      const wide = wideLines(value);
      if (!wide.length) continue;
      const pos = r.parsed.locate(['items', i, field]);
      const literal = lines[pos.line - 1]?.[pos.col - 1] === '|';
      const valueLines = value.split('\n');
      for (const w of wide) {
        const message = `${field} line ${w.index + 1} is ${w.width} columns wide; preformatted fields fit ${MAX_COLUMNS}`;
        const hint = 'Break the line (code and diagrams are printed as written, in an 80-column terminal).';
        const src = literal ? lines[pos.line + w.index] : undefined;
        const text = valueLines[w.index]!;
        if (src !== undefined && src.endsWith(text)) out.push({ file: r.file, line: pos.line + 1 + w.index, col: src.length - text.length + MAX_COLUMNS + 1, severity: 'error', message, hint });
        else out.push({ file: r.file, ...pos, severity: 'error', message, hint: `${hint} Write the field as a | block so each line is its own line in the file.` });
      }
    }
  });
  return out;
}

interface ContentResult extends StrictResult {
  checklistStages: string[] | null;
  synonyms: SynonymsFile | undefined;
}

/** STAR templates, checklist and guide: their schemas plus the cross checks, with positions. */
function contentFiles(ctx: Ctx, taxonomy: Taxonomy, banks: readonly LintBank[]): ContentResult {
  const issues: LintIssue[] = [];
  const findings: Finding[] = [];
  const parsed = new Map<string, ParsedYaml>();
  const read = (file: string) => {
    const p = parseYamlFile(file);
    parsed.set(file, p);
    append(findings, p.findings);
    return p;
  };
  for (const id of starTemplateIds(ctx.contentDir)) {
    const file = join(ctx.contentDir, 'star', `${id}.yaml`);
    const p = read(file);
    if (p.findings.length) continue;
    const { data, findings: f } = schemaFindings(p, StarTemplateSchema);
    append(findings, f);
    if (data) append(issues, checkStarTemplate(file, basename(file, '.yaml'), data));
  }
  let stages: string[] | null = null;
  const checklistFile = join(ctx.contentDir, 'checklist.yaml');
  if (existsSync(checklistFile)) {
    const p = read(checklistFile);
    if (!p.findings.length) {
      stages = checklistStages(p.value);
      const { data, findings: f } = schemaFindings(p, ChecklistFileSchema);
      append(findings, f);
      if (data) {
        issues.push(...checkChecklist(checklistFile, data, {
          banks: new Set([...banks.map((b) => b.id), ...taxonomy.topics.map((t) => t.bank), ...taxonomy.questions.map((q) => q.bank)]),
          topics: new Set([...taxonomy.topics, ...(taxonomy.extra_topics ?? [])].map((t) => t.id)),
          themes: new Set(taxonomy.star_themes.map((t) => t.id)),
        }));
      }
    }
  }
  const guideFile = join(ctx.contentDir, 'guide.yaml');
  if (existsSync(guideFile)) {
    const p = read(guideFile);
    if (!p.findings.length) {
      const { data, findings: f } = schemaFindings(p, GuideFileSchema);
      append(findings, f);
      if (data) {
        append(issues, scanStrings(guideFile, [], data));
        const ids = new Set<string>();
        data.sections.forEach((s, i) => {
          if (ids.has(s.id)) issues.push(issue(guideFile, ['sections', i, 'id'], `section "${s.id}" appears twice`, 'Merge the two sections.'));
          ids.add(s.id);
        });
      }
    }
  }
  let synonyms: SynonymsFile | undefined;
  const synonymsFile = join(ctx.contentDir, 'synonyms.yaml');
  if (existsSync(synonymsFile)) {
    const p = read(synonymsFile);
    if (!p.findings.length) {
      const { data, findings: f } = schemaFindings(p, SynonymsFileSchema);
      append(findings, f);
      if (data) {
        synonyms = data;
        append(issues, checkSynonyms(synonymsFile, data));
      }
    }
  }
  return { issues, findings, parsed, checklistStages: stages, synonyms };
}
