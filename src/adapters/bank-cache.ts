/** A parsed bank as the cache holds it (the cache itself is SQLite: adapters/bank-db.ts). */
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BankSummary, LoadedItem } from '../core/types.js';
import { ensureDir } from './ensure-dir.js';

export interface CachedBank {
  size: number;
  mtimeMs: number;
  summary: BankSummary;
  items: LoadedItem[];
}

/** Write a cache file atomically (temp file, then rename); a failure only costs speed and leaves no temp file. */
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
