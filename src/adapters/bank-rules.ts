/** The file-level bank rules that loading and `prep bank lint` share, so lint refuses exactly what loading refuses. */
import type { Finding } from './finding.js';
import type { ParsedYaml } from './yaml-doc.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function fileNameFinding(file: string, bank: string): Finding | undefined {
  if (SLUG.test(bank)) return undefined;
  return { file, line: 1, col: 1, severity: 'error', message: `bank file name "${bank}" is not a lowercase slug`, hint: 'Rename the file to something like my-bank.yaml (lowercase letters, digits and dashes).' };
}

/** A bank id defined by two files: the second (in load order, shipped banks first) is the error. */
export function bankClashes(sources: readonly { bank: string; file: string }[]): Finding[] {
  const byBank = new Map<string, string>();
  const out: Finding[] = [];
  for (const s of sources) {
    const other = byBank.get(s.bank);
    if (other !== undefined && other !== s.file) {
      out.push({ file: s.file, line: 1, col: 1, severity: 'error', message: `bank "${s.bank}" is also defined by ${other}`, hint: 'Bank ids are file names and must be unique across the shipped banks and your folders: rename one of the files.' });
    }
    if (other === undefined) byBank.set(s.bank, s.file);
  }
  return out;
}

export const bankMismatch = (file: string, bank: string, declared: string, parsed: ParsedYaml): Finding => ({
  file, ...parsed.locate(['bank']), severity: 'error', message: `bank: "${declared}" does not match the file name "${bank}"`, hint: `Set bank: ${bank}, or rename the file.`,
});

/** An empty file (or one holding only comments): say so, with the smallest valid bank. */
export const emptyBank = (file: string): Finding => ({
  file, line: 1, col: 1, severity: 'error', message: 'the file is empty; a bank needs `title:` and `items:`',
  hint: 'Start with `title: My bank` and `items:`, then one `- id: mybank-...` entry per question (README: Banks has a full example).',
});
