/** The strict content checks (CONTENT.md §4). Placeholder-free stub replaced by the content issue. */
import type { Ctx } from '../context.js';
import type { LintIssue } from '../core/lint/types.js';
import type { Finding, ParsedYaml } from '../adapters/yaml-doc.js';
import type { ReadBank } from '../adapters/lint-files.js';
import type { FrameworksFile, Taxonomy } from '../core/schema.js';
import type { LintBank } from '../core/lint/references.js';

export interface StrictInput {
  read: ReadBank[];
  banks: LintBank[];
  frameworks: FrameworksFile;
  taxonomy: Taxonomy;
  /** Linting every configured bank (so coverage can be judged), not just some files. */
  all: boolean;
}

export async function strictChecks(_ctx: Ctx, _input: StrictInput): Promise<{ issues: LintIssue[]; findings: Finding[]; parsed: Map<string, ParsedYaml> }> {
  return { issues: [], findings: [], parsed: new Map() };
}
