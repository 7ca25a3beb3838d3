/** Reads bank files for lint: keeps the YAML document so every finding gets a line and column. */
import { statSync } from 'node:fs';
import { PrepError } from '../errors.js';
import type { LintIssue } from '../core/lint/types.js';
import type { LintBank } from '../core/lint/references.js';
import { parseYamlFile, type Finding, type ParsedYaml } from './yaml-doc.js';
import { schemaFindings } from './validate.js';
import { BankFileSchema } from '../core/schema.js';
import { bankIdOf, listFolder, realFile } from './bank-files.js';
import { errnoOf, errnoWords } from './os-errors.js';
import { bankMismatch, emptyBank, fileNameFinding } from './bank-rules.js';

export interface ReadBank {
  file: string;
  bank: string;
  parsed: ParsedYaml;
  source: string;
  data?: LintBank['data'];
  findings: Finding[];
}

const skippedWarning = (file: string, reason: string): Finding => ({
  file, line: 1, col: 1, severity: 'warning', message: `skipped: ${reason}`, hint: 'Loading skips it too; only regular *.yaml files are banks.',
});

/**
 * Expand PATH arguments: files as given, folders to the bank files loading would read (hidden names
 * ignored). Each file once, however it was named; what cannot be read as a file is a warning, never opened.
 */
export function expandPaths(paths: readonly string[]): { files: string[]; skipped: Finding[] } {
  const files = new Set<string>();
  const skipped: Finding[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p, { throwIfNoEntry: false });
    } catch (e) {
      throw new PrepError('usage', `${p} ${errnoWords(errnoOf(e))}`, { hint: 'Give bank files (*.yaml) or folders that contain them.' });
    }
    if (!st) throw new PrepError('usage', `no such file or folder: ${p}`, { hint: 'Give bank files (*.yaml) or folders that contain them.' });
    if (st.isDirectory()) {
      const listed = listFolder({ dir: p, from: 'the command line' });
      for (const s of listed.files) files.add(s.file);
      for (const s of listed.skipped) skipped.push(skippedWarning(s.file, s.reason));
    } else if (st.isFile()) files.add(realFile(p));
    else skipped.push(skippedWarning(realFile(p), 'is not a regular file'));
  }
  return { files: [...files], skipped };
}

export function readBankForLint(file: string): ReadBank {
  const bank = bankIdOf(file);
  const named = fileNameFinding(file, bank);
  const parsed = parseYamlFile(file);
  const source = parsed.source;
  if (parsed.findings.length) return { file, bank, parsed, source, findings: [...(named ? [named] : []), ...parsed.findings] };
  const { data, findings } = parsed.value == null ? { data: undefined, findings: [emptyBank(file)] } : schemaFindings(parsed, BankFileSchema);
  if (named) findings.unshift(named);
  if (data?.bank !== undefined && data.bank !== bank) findings.push(bankMismatch(file, bank, data.bank, parsed));
  return { file, bank, parsed, source, ...(data ? { data } : {}), findings };
}

export function locateIssues(issues: readonly LintIssue[], byFile: Map<string, ParsedYaml>): Finding[] {
  return issues.map((i) => {
    const pos = byFile.get(i.file)?.locate(i.path, i.key) ?? { line: 1, col: 1 };
    return { file: i.file, ...pos, severity: i.severity, message: i.message, ...(i.hint ? { hint: i.hint } : {}) };
  });
}

export { starTemplateIds } from './star-files.js';
