/**
 * Finds and reads content: bank files (shipped + user folders), frameworks, STAR templates, taxonomy,
 * checklist and guide. Parsed banks are cached by path, size and mtime (adapters/bank-cache.ts), so a
 * warm start never loads yaml or zod.
 */
import type { z } from 'zod';
import { PrepError } from '../errors.js';
import { append } from '../core/lint/types.js';
import { capByKind, uniqueFindings } from '../core/lint/cap.js';
import type { BankSummary, ItemIndexEntry, LoadedItem } from '../core/types.js';
import { formatFinding, type Finding } from './finding.js';
import { readIndexCache, readBankCache, writeBankCache, writeIndexCache, type CachedBank } from './bank-cache.js';
import { indexKey, type BankSource } from './bank-files.js';
import { bankClashes, bankMismatch, emptyBank, fileNameFinding } from './bank-rules.js';
export { findBankFiles, type BankSource } from './bank-files.js';

export interface LoadedBanks {
  banks: BankSummary[];
  items: LoadedItem[];
}

function invalid(findings: Finding[]): PrepError {
  const files = new Set(findings.map((f) => f.file));
  return new PrepError('bank-invalid', `${findings.length} problem${findings.length === 1 ? '' : 's'} in ${files.size} bank file${files.size === 1 ? '' : 's'}`, {
    details: capByKind(uniqueFindings(findings)).map((f) => ('more' in f ? `… and ${f.more} more like the one above` : formatFinding(f))),
    hint: 'Fix each problem listed with its file:line:col (`prep bank lint PATH` re-checks a file); the format is in content/schema/bank.schema.json.',
  });
}

/** Parse one bank file from source, validate, and return the cache record or findings. */
async function parseBankFile(src: BankSource): Promise<{ bank?: CachedBank; findings: Finding[] }> {
  const [{ parseYamlFile }, { schemaFindings }, { BankFileSchema }] = await Promise.all([
    import('./yaml-doc.js'),
    import('./validate.js'),
    import('../core/schema.js'),
  ]);
  const named = fileNameFinding(src.file, src.bank);
  const parsed = parseYamlFile(src.file);
  if (parsed.findings.length) return { findings: [...(named ? [named] : []), ...parsed.findings] };
  const { data, findings } = parsed.value == null ? { data: undefined, findings: [emptyBank(src.file)] } : schemaFindings(parsed, BankFileSchema);
  if (named) findings.unshift(named);
  if (data?.bank !== undefined && data.bank !== src.bank) findings.push(bankMismatch(src.file, src.bank, data.bank, parsed));
  if (!data || findings.length) return { findings };
  const items = data.items.map((it, i) => ({ ...it, bank: src.bank, file: src.file, line: parsed.locate(['items', i]).line }));
  return {
    bank: { size: src.size, mtimeMs: src.mtimeMs, summary: { id: src.bank, title: data.title, ...(data.description ? { description: data.description } : {}), file: src.file, items: items.length }, items },
    findings: [],
  };
}

function crossChecks(banks: CachedBank[]): Finding[] {
  const findings: Finding[] = bankClashes(banks.map((b) => ({ bank: b.summary.id, file: b.summary.file })));
  const seen = new Map<string, LoadedItem>();
  for (const b of banks) {
    for (const it of b.items) {
      const first = seen.get(it.id);
      if (first) {
        findings.push({ file: it.file, line: it.line, col: 1, severity: 'error', message: `duplicate id "${it.id}": also in ${first.file}:${first.line}`, hint: 'Ids are unique across all banks; rename one (user banks are best prefixed with their bank name).' });
      } else seen.set(it.id, it);
    }
  }
  return findings;
}

/** Full load: every item with all fields. Throws a bank-invalid PrepError listing every problem. */
export async function loadBanks(sources: readonly BankSource[], cacheDir: string | undefined, progress?: (src: BankSource) => Promise<void>): Promise<LoadedBanks> {
  const banks: CachedBank[] = [];
  const findings: Finding[] = [];
  for (const src of sources) {
    const cached = cacheDir ? readBankCache(cacheDir, src) : undefined;
    if (cached) {
      banks.push(cached);
      continue;
    }
    await progress?.(src);
    const r = await parseBankFile(src);
    append(findings, r.findings);
    if (r.bank) {
      banks.push(r.bank);
      if (cacheDir) writeBankCache(cacheDir, src, r.bank);
    }
  }
  append(findings, crossChecks(banks));
  if (findings.length) throw invalid(findings);
  const result = { banks: banks.map((b) => b.summary), items: banks.flatMap((b) => b.items) };
  if (cacheDir) writeIndexCache(cacheDir, indexKey(sources), result.banks, result.items.map(toIndexEntry));
  return result;
}

export const toIndexEntry = (it: LoadedItem): ItemIndexEntry => ({
  id: it.id,
  bank: it.bank,
  type: it.type,
  ...(it.topic ? { topic: it.topic } : {}),
  difficulty: it.difficulty,
  roles: it.roles,
});

/** The light load for hot paths: ids, types and filter fields only, from one small cached file. */
export async function loadIndex(sources: readonly BankSource[], cacheDir: string | undefined, progress?: (src: BankSource) => Promise<void>): Promise<{ banks: BankSummary[]; items: ItemIndexEntry[] }> {
  const hit = cacheDir ? readIndexCache(cacheDir, indexKey(sources)) : undefined;
  if (hit) return hit;
  const full = await loadBanks(sources, cacheDir, progress);
  return { banks: full.banks, items: full.items.map(toIndexEntry) };
}

/** Read and validate one non-bank content file (frameworks, taxonomy, a STAR template, checklist, guide). */
export async function readContentFile<T extends z.ZodType>(file: string, schema: T): Promise<z.output<T>> {
  const { parseYamlFile } = await import('./yaml-doc.js');
  const { schemaFindings } = await import('./validate.js');
  let parsed;
  try {
    parsed = parseYamlFile(file);
  } catch (e) {
    throw new PrepError('bank-invalid', `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { hint: 'Reinstall prep or restore the file from git.' });
  }
  if (parsed.findings.length) throw invalid(parsed.findings);
  const { data, findings } = schemaFindings(parsed, schema);
  if (!data) throw invalid(findings);
  return data;
}

