/** Which bank files there are, with the size and mtime that key the parsed-bank cache. CJS-safe (see tsconfig.cjs.json). */
import { readdirSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { PrepError } from '../errors.js';

export interface BankSource {
  bank: string;
  file: string;
  size: number;
  mtimeMs: number;
}

/** Every `*.yaml` directly in each folder; the shipped folder first. Missing user folders are an error. */
export function findBankFiles(dirs: readonly string[], shippedDir?: string): BankSource[] {
  const out: BankSource[] = [];
  const all = shippedDir ? [shippedDir, ...dirs] : [...dirs];
  for (const dir of all) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
    } catch (e) {
      throw new PrepError('usage', `cannot read bank folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, {
        hint: 'Check the path given to --bank-dir, PREP_BANK_DIRS or bank_dirs in config.yaml.',
      });
    }
    for (const name of names) {
      const file = resolve(dir, name);
      const st = statSync(file);
      if (!st.isFile()) continue;
      out.push({ bank: basename(name).replace(/\.ya?ml$/, ''), file, size: st.size, mtimeMs: st.mtimeMs });
    }
  }
  return out;
}

export const indexKey = (sources: readonly { file: string; size: number; mtimeMs: number }[]) =>
  sources.map((s) => `${s.file}\0${s.size}\0${s.mtimeMs}`).join('\n');
