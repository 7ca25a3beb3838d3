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
import { errnoOf, errnoWords } from './os-errors.js';

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
    let st;
    try {
      st = statSync(file, { throwIfNoEntry: false });
    } catch (e) {
      // A symlink loop (ELOOP), or a link into a folder we may not enter: skipped like a broken link.
      skipped.push({ file, reason: errnoWords(errnoOf(e)) });
      continue;
    }
    if (!st) skipped.push({ file, reason: 'is a broken symbolic link' });
    else if (!st.isFile()) skipped.push({ file, reason: 'is not a regular file' });
    else files.push({ bank: bankIdOf(name), file, size: st.size, mtimeMs: st.mtimeMs });
  }
  return { files, skipped };
}


/** The folder's real path, or a usage error saying which path was tried, why it failed and where it was set. */
export function realFolder(d: BankDir): string {
  let why: string;
  try {
    const real = realpathSync(d.dir);
    if (statSync(real).isDirectory()) return real;
    why = 'is not a folder';
  } catch (e) {
    const code = errnoOf(e);
    why = code === 'ENOTDIR' ? 'is not a folder' : errnoWords(code);
  }
  return folderFail(d, why);
}

const folderFail = (d: BankDir, why: string): never => {
  const shown = resolve(d.dir) === d.dir ? d.dir : `${d.dir} (${resolve(d.dir)})`;
  return fail(`bank folder ${shown} ${why}`, `It comes from ${d.from}; give a folder of *.yaml bank files there.`);
};

/** realFolder, then its bank files; a folder we may enter but not list (chmod 311) is a usage error too. */
export function listFolder(d: BankDir): { real: string; files: BankSource[]; skipped: SkippedFile[] } {
  const real = realFolder(d);
  try {
    return { real, ...listBankDir(real) };
  } catch (e) {
    return folderFail(d, errnoWords(errnoOf(e)));
  }
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
    const listed = listFolder(d);
    if (seen.has(listed.real)) continue;
    seen.add(listed.real);
    out.push(...listed.files);
  }
  return out;
}

/** Your own bank folder when none is configured: `prep import --format anki` writes there, and it is loaded when it exists. */
export const defaultBankDir = (dataDir: string): string => join(dataDir, 'banks');

/** The configured user bank folders, then the default one if it exists (so a bank imported there is found). */
export function withDefaultBankDir<T extends BankDir>(dirs: readonly T[], dataDir: string): (T | BankDir)[] {
  const dir = defaultBankDir(dataDir);
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? [...dirs, { dir, from: 'the default bank folder' }] : [...dirs];
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
