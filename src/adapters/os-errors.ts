/**
 * OS errors in plain words, for paths and files the user gave us (banks, config, --db, story files).
 * One table, so every command says "is a symbolic link loop" the same way. CJS-safe (the fast path
 * loads bank-files.ts, which uses it).
 */
const WORDS: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'has a part that is a file, not a folder',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)',
  ELOOP: 'is a symbolic link loop',
  EISDIR: 'is a folder, not a file',
  ENAMETOOLONG: 'has a name too long for the file system',
  EIO: 'cannot be read (input/output error)',
  ENXIO: 'cannot be read (no such device)',
  EINVAL: 'cannot be read (the file system refuses it)',
};

/** "is a symbolic link loop"; an unknown code still reads as a sentence: "cannot be read (EFOO)". */
export const errnoWords = (code: string | undefined): string =>
  code && Object.hasOwn(WORDS, code) ? WORDS[code]! : `cannot be read (${code || 'unknown error'})`;

export const errnoOf = (e: unknown): string => String((e as NodeJS.ErrnoException | undefined)?.code ?? '');

/** Errors of the device or file system being full or read-only: the environment, not the user's input. */
export const NO_SPACE = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS']);

/** Errors that say the path itself is wrong (a usage error), whatever the operation was. */
export const BAD_PATH = new Set(['ELOOP', 'ENAMETOOLONG', 'EISDIR']);

/** System calls that only read: EACCES from these means "cannot read", never "cannot write". */
export const READ_CALLS = new Set(['read', 'scandir', 'opendir', 'stat', 'lstat', 'fstat', 'readlink', 'realpath', 'access']);
