/**
 * Finds and reads content: bank files (shipped + user folders), frameworks, STAR templates, taxonomy,
 * checklist and guide. Parsed banks are cached in SQLite by path, size, mtime and hash (adapters/bank-db*.ts),
 * so a warm start never loads yaml or zod.
 */
import type { z } from 'zod';
import { PrepError } from '../errors.js';
import { capByKind, uniqueFindings } from '../core/lint/cap.js';
import type { BankSummary, ItemIndexEntry, LoadedItem } from '../core/types.js';
import { formatFinding, type Finding } from './finding.js';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { cachedContent } from './content-cache.js';
import { join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { CachedBank } from './bank-cache.js';
import type { BankSource } from './bank-files.js';
import { isCurrent, readIndexEntries, readItems, readSummaries } from './bank-db.js';
import { bankMismatch, emptyBank, fileNameFinding } from './bank-rules.js';
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

/** Parse one bank file from its bytes, validate, and return the cache record or findings. */
export async function parseBankFile(src: BankSource, bytes: Uint8Array): Promise<{ bank?: CachedBank; findings: Finding[] }> {
  const [{ parseYaml }, { schemaFindings }, { BankFileSchema }, { decodeUtf8 }] = await Promise.all([
    import('./yaml-doc.js'),
    import('./validate.js'),
    import('../core/schema.js'),
    import('./read-text.js'),
  ]);
  const named = fileNameFinding(src.file, src.bank);
  const decoded = decodeUtf8(src.file, bytes);
  const parsed = 'finding' in decoded ? { value: undefined, findings: [decoded.finding], locate: () => ({ line: 1, col: 1 }) } : parseYaml(src.file, decoded.text);
  if (parsed.findings.length) return { findings: [...(named ? [named] : []), ...parsed.findings] };
  const { data, findings } = parsed.value == null ? { data: undefined, findings: [emptyBank(src.file)] } : schemaFindings({ ...parsed, file: src.file }, BankFileSchema);
  if (named) findings.unshift(named);
  if (data?.bank !== undefined && data.bank !== src.bank) findings.push(bankMismatch(src.file, src.bank, data.bank, { file: src.file, ...parsed }));
  if (!data || findings.length) return { findings };
  const items = data.items.map((it, i) => ({ ...it, bank: src.bank, file: src.file, line: parsed.locate(['items', i]).line }));
  return {
    bank: { size: src.size, mtimeMs: src.mtimeMs, summary: { id: src.bank, title: data.title, ...(data.description ? { description: data.description } : {}), file: src.file, items: items.length }, items },
    findings: [],
  };
}

/** Topic id -> title from a content folder's taxonomy (none if it is missing or broken: titles only help search). */
export async function topicTitlesOf(contentDir: string | undefined): Promise<Map<string, string>> {
  if (!contentDir) return new Map();
  try {
    const { TaxonomySchema } = await import('../core/schema.js');
    const t = await readContentFile(join(contentDir, 'taxonomy.yaml'), TaxonomySchema);
    return new Map([...t.topics, ...(t.extra_topics ?? [])].map((x) => [x.id, x.title]));
  } catch {
    return new Map();
  }
}

export interface BankDbOptions {
  cacheDir: string | undefined;
  /** The content folder in use (its taxonomy titles the topics). */
  contentDir?: string;
  /** The shipped content folder: the prebuilt cache applies only when it is the one in use. */
  shippedDir?: string;
  /** The prebuilt cache to start from (default: the one built with the program). */
  prebuilt?: string;
  progress?: (src: BankSource) => Promise<void>;
}

const realDir = (d: string) => {
  try {
    return realpathSync(d);
  } catch {
    return resolve(d);
  }
};

/** The bank cache, up to date with these sources; throws a bank-invalid PrepError listing every problem. */
export async function openBanks(sources: readonly BankSource[], o: BankDbOptions): Promise<Database> {
  const { openBankDb, PREBUILT } = await import('./bank-db-open.js');
  const shipped = o.shippedDir ? realDir(o.shippedDir) : '';
  const prebuilt = o.contentDir && o.shippedDir && resolve(o.contentDir) === resolve(o.shippedDir) ? (o.prebuilt ?? PREBUILT) : undefined;
  let db = openBankDb(o.cacheDir, shipped, prebuilt);
  if (isCurrent(db, sources)) return db;
  const { syncBankDb } = await import('./bank-db-sync.js');
  const deps = { parse: parseBankFile, topicTitles: () => topicTitlesOf(o.contentDir), ...(o.contentDir ? { taxonomyFile: join(o.contentDir, 'taxonomy.yaml') } : {}), ...(o.progress ? { progress: o.progress } : {}) };
  let findings: Finding[];
  try {
    findings = await syncBankDb(db, sources, deps);
  } catch (e) {
    // A cache file that cannot be written (read-only, full, locked for long): the same work in memory.
    if (!/^SQLITE_(READONLY|FULL|IOERR|CANTOPEN|BUSY|LOCKED|CORRUPT|NOTADB)/.test((e as { code?: string }).code ?? '')) throw e;
    db = openBankDb(undefined, shipped, prebuilt);
    findings = await syncBankDb(db, sources, deps);
  }
  if (findings.length) throw invalid(findings);
  return db;
}

/** A content file as the build parsed it, when its text is unchanged (small files only; errors mean "parse it"). */
function shippedContent(file: string): unknown {
  try {
    if (statSync(file).size > 256 * 1024) return undefined;
    return cachedContent(file, readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Full load: every item with all fields. Throws a bank-invalid PrepError listing every problem. */
export async function loadBanks(sources: readonly BankSource[], cacheDir: string | undefined, progress?: (src: BankSource) => Promise<void>, more: Omit<BankDbOptions, 'cacheDir' | 'progress'> = {}): Promise<LoadedBanks> {
  const db = await openBanks(sources, { cacheDir, ...more, ...(progress ? { progress } : {}) });
  return { banks: readSummaries(db, sources), items: readItems(db, sources) };
}

/** The light load for hot paths: ids, types and filter fields only. */
export async function loadIndex(sources: readonly BankSource[], cacheDir: string | undefined, progress?: (src: BankSource) => Promise<void>, more: Omit<BankDbOptions, 'cacheDir' | 'progress'> = {}): Promise<{ banks: BankSummary[]; items: ItemIndexEntry[] }> {
  const db = await openBanks(sources, { cacheDir, ...more, ...(progress ? { progress } : {}) });
  return { banks: readSummaries(db, sources), items: readIndexEntries(db, sources) };
}

/**
 * Read and validate one non-bank content file (frameworks, taxonomy, a STAR template, checklist, guide).
 * `schema` may be a loader, so a shipped file found in the content cache never loads zod's schemas.
 */
export async function readContentFile<T extends z.ZodType>(file: string, schemaOrLoader: T | (() => Promise<T>)): Promise<z.output<T>> {
  const hit = shippedContent(file);
  if (hit !== undefined) return hit as z.output<T>;
  const schema = typeof schemaOrLoader === 'function' && !('safeParse' in schemaOrLoader) ? await (schemaOrLoader as () => Promise<T>)() : (schemaOrLoader as T);
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

