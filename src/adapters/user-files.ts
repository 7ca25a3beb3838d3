/**
 * Files named on the command line (`export --out`, `import FILE`): refused in words before anything is
 * written, read with a size cap, written atomically, and every OS error turned into a clear message
 * with its documented exit code (2 for a path that cannot be used, 74 when the disk refuses the bytes).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { PrepError } from '../errors.js';
import { writeFileAtomically, type Buffered } from './export-json.js';
import { errnoOf, errnoWords } from './os-errors.js';

const WORDS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'an input/output error',
  ELOOP: 'a symbolic link loop is in the way',
  ENAMETOOLONG: 'the name is too long for the file system',
};

/** `--out FILE`: a folder is never a file, and an existing file is replaced only with --force. */
export function checkOut(file: string, force: boolean): void {
  const st = statSync(file, { throwIfNoEntry: false });
  if (st?.isDirectory()) throw new PrepError('usage', `--out ${file} is a folder`, { hint: 'Give a file name, e.g. --out ~/prep-backup.json.' });
  if (st && !force) throw new PrepError('usage', `${file} already exists`, { hint: 'Add --force to replace it, or choose another --out file.' });
}

export function writeUserFile<T>(file: string, write: (sink: Buffered) => T): T {
  try {
    return writeFileAtomically(file, write);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code || e instanceof PrepError) throw e;
    // A path that cannot be a file is the user's to fix (2); a disk that refuses the bytes is 74.
    const badPath = ['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EISDIR'].includes(code);
    throw new PrepError(badPath ? 'usage' : 'cant-write', `cannot write ${file}: ${WORDS[code] ?? code}`, { hint: 'Choose another --out file, or check the folder exists, its permissions and free space.', cause: e });
  }
}

/** A file's bytes, refusing folders, missing files and anything over `cap` bytes (read no further than that). */
export function readUserFile(file: string, cap: number, what: string): Buffer {
  let fd: number;
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    fd = openSync(file, 'r');
  } catch (e) {
    throw new PrepError('usage', `${file} ${errnoWords(errnoOf(e))}`, { hint: `Give the path of ${what}.` });
  }
  try {
    const buf = Buffer.alloc(Math.min(cap + 1, Math.max(1, statSync(file).size + 1)));
    let n = 0;
    for (let r = -1; r !== 0 && n < buf.length; n += r) r = readSync(fd, buf, n, buf.length - n, null);
    if (n > cap) throw new PrepError('invalid-input', `${file} is larger than ${Math.round(cap / 1024 / 1024)} MB`, { hint: `That is not ${what} this prep can read; check the file.` });
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
