/**
 * Parsed-bank cache: one JSON file per bank (keyed by path, size, mtime) and a small index of ids and
 * filter fields for the hot path. A broken or stale cache is ignored; failing to write it is harmless.
 */
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { ensureDir } from './ensure-dir.js';
import { dirname, join } from 'node:path';
import type { BankSummary, ItemIndexEntry, LoadedItem } from '../core/types.js';

const FORMAT = 3;

export interface BankFileStat {
  file: string;
  size: number;
  mtimeMs: number;
}

export interface CachedBank {
  size: number;
  mtimeMs: number;
  summary: BankSummary;
  items: LoadedItem[];
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Write a cache file through a temporary file and a rename. A read-only or full cache folder only
 * costs speed, but a half-written temporary file is removed: a full disk must not fill up further
 * with our leftovers.
 */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    ensureDir(dirname(file));
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
  }
}

const writeJsonAtomic = (file: string, value: unknown) => writeFileAtomic(file, JSON.stringify(value));

/** cyrb53: a fast 53-bit string hash; enough to name cache files without loading node:crypto. */
function hash(s: string): string {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const bankPath = (cacheDir: string, file: string) => join(cacheDir, 'banks', `${hash(file)}.json`);

export function readBankCache(cacheDir: string, src: BankFileStat): CachedBank | undefined {
  const v = readJson(bankPath(cacheDir, src.file)) as (CachedBank & { format?: number; file?: string }) | undefined;
  if (!v || v.format !== FORMAT || v.file !== src.file || v.size !== src.size || v.mtimeMs !== src.mtimeMs) return undefined;
  return v;
}

export function writeBankCache(cacheDir: string, src: BankFileStat, bank: CachedBank): void {
  writeJsonAtomic(bankPath(cacheDir, src.file), { format: FORMAT, file: src.file, ...bank });
}

export function readIndexCache(cacheDir: string, key: string): { banks: BankSummary[]; items: ItemIndexEntry[] } | undefined {
  const v = readJson(join(cacheDir, 'index.json')) as { format?: number; key?: string; banks: BankSummary[]; items: ItemIndexEntry[] } | undefined;
  if (!v || v.format !== FORMAT || v.key !== key) return undefined;
  return { banks: v.banks, items: v.items };
}

export function writeIndexCache(cacheDir: string, key: string, banks: BankSummary[], items: ItemIndexEntry[]): void {
  writeJsonAtomic(join(cacheDir, 'index.json'), { format: FORMAT, key, banks, items });
}
