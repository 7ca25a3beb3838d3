/** Reads bank files for lint: keeps the YAML document so every finding gets a line and column. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PrepError } from '../errors.js';
import type { LintIssue } from '../core/lint/types.js';
import type { LintBank } from '../core/lint/references.js';
import { parseYaml, type Finding, type ParsedYaml } from './yaml-doc.js';
import { schemaFindings } from './validate.js';
import { BankFileSchema } from '../core/schema.js';

export interface ReadBank {
  file: string;
  bank: string;
  parsed: ParsedYaml;
  source: string;
  data?: LintBank['data'];
  findings: Finding[];
}

/** Expand PATH arguments: files as given, folders to their *.yaml files. */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new PrepError('usage', `no such file or folder: ${p}`, { hint: 'Give bank files (*.yaml) or folders that contain them.' });
    }
    if (st.isDirectory()) out.push(...readdirSync(p).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => resolve(p, n)));
    else out.push(resolve(p));
  }
  return out;
}

export function readBankForLint(file: string): ReadBank {
  const bank = basename(file).replace(/\.ya?ml$/, '');
  const source = readFileSync(file, 'utf8');
  const parsed = parseYaml(file, source);
  if (parsed.findings.length) return { file, bank, parsed, source, findings: parsed.findings };
  const { data, findings } = schemaFindings(parsed, BankFileSchema);
  if (data?.bank !== undefined && data.bank !== bank) {
    findings.push({ file, ...parsed.locate(['bank']), severity: 'error', message: `bank: "${data.bank}" does not match the file name "${bank}"`, hint: `Set bank: ${bank}, or rename the file.` });
  }
  return { file, bank, parsed, source, ...(data ? { data } : {}), findings };
}

export function locateIssues(issues: readonly LintIssue[], byFile: Map<string, ParsedYaml>): Finding[] {
  return issues.map((i) => {
    const pos = byFile.get(i.file)?.locate(i.path, i.key) ?? { line: 1, col: 1 };
    return { file: i.file, ...pos, severity: i.severity, message: i.message, ...(i.hint ? { hint: i.hint } : {}) };
  });
}

export const starTemplateIds = (contentDir: string): string[] => {
  try {
    return readdirSync(join(contentDir, 'star')).filter((n) => n.endsWith('.yaml')).map((n) => n.replace(/\.yaml$/, ''));
  } catch {
    return [];
  }
};
