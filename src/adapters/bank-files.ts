/**
 * Which bank files there are, with the size and mtime that key the parsed-bank cache. CJS-safe (see
 * tsconfig.cjs.json). A bank folder holds `*.yaml` and `*.yml` files directly; hidden names (`.x.yaml`,
 * editor lock files `.#x.yaml`) are ignored, and anything that is not a regular file (a FIFO, a broken
 * symlink) is skipped, never opened. Folders are compared by their real path, so one folder named twice
 * (`good`, `./good/`, a symlink, the shipped folder itself) is read once.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PrepError } from '../errors.js';

export interface BankSource {
  bank: string;
  file: string;
  size: number;
  mtimeMs: number;
}

/** A user bank folder and where the setting came from, for error messages. */
export interface BankDir {
  dir: string;
  from: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export const isBankFileName = (name: string) => /\.ya?ml$/.test(name) && !name.startsWith('.');
export const bankIdOf = (file: string) => basename(file).replace(/\.ya?ml$/, '');

/** The candidate files of one folder (which must exist), sorted, with the ones that cannot be read as files set apart. */
export function listBankDir(dir: string): { files: BankSource[]; skipped: SkippedFile[] } {
  const files: BankSource[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of readdirSync(dir).filter(isBankFileName).sort()) {
    const file = join(dir, name);
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st) skipped.push({ file, reason: 'is a broken symbolic link' });
    else if (!st.isFile()) skipped.push({ file, reason: 'is not a regular file' });
    else files.push({ bank: bankIdOf(name), file, size: st.size, mtimeMs: st.mtimeMs });
  }
  return { files, skipped };
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'is not a folder',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)',
  ELOOP: 'is a symbolic link loop',
};

/** The folder's real path, or a usage error saying which path was tried, why it failed and where it was set. */
export function realFolder(d: BankDir): string {
  let why: string;
  try {
    const real = realpathSync(d.dir);
    if (statSync(real).isDirectory()) return real;
    why = 'is not a folder';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    why = ERRNO_WORDS[code] ?? `cannot be read (${code || String(e)})`;
  }
  const shown = resolve(d.dir) === d.dir ? d.dir : `${d.dir} (${resolve(d.dir)})`;
  return fail(`bank folder ${shown} ${why}`, `It comes from ${d.from}; give a folder of *.yaml bank files there.`);
}

const fail = (message: string, hint: string): never => {
  throw new PrepError('usage', message, { hint });
};

/** Every bank file directly in each folder; the shipped folder first, each real folder once. Missing user folders are an error. */
export function findBankFiles(dirs: readonly (string | BankDir)[], shippedDir?: string): BankSource[] {
  const out: BankSource[] = [];
  const seen = new Set<string>();
  const all: BankDir[] = [
    ...(shippedDir ? [{ dir: shippedDir, from: 'the prep installation' }] : []),
    ...dirs.map((d) => (typeof d === 'string' ? { dir: d, from: '--bank-dir, PREP_BANK_DIRS or bank_dirs in config.yaml' } : d)),
  ];
  for (const d of all) {
    const real = realFolder(d);
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(...listBankDir(real).files);
  }
  return out;
}

/** A file argument with its folder made real (the file name itself is kept: it is the bank id). */
export const realFile = (file: string) => {
  const dir = dirname(resolve(file));
  try {
    return join(realpathSync(dir), basename(file));
  } catch {
    return resolve(file);
  }
};

export const indexKey = (sources: readonly { file: string; size: number; mtimeMs: number }[]) =>
  sources.map((s) => `${s.file}\0${s.size}\0${s.mtimeMs}`).join('\n');
