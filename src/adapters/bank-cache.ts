/** A parsed bank as the cache holds it (the cache itself is SQLite: adapters/bank-db.ts). */
import type { BankSummary, LoadedItem } from '../core/types.js';

export interface CachedBank {
  size: number;
  mtimeMs: number;
  summary: BankSummary;
  items: LoadedItem[];
}
