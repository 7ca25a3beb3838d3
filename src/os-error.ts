/**
 * Any error that reaches main.ts as a PrepError with the right exit code. OS errors are the
 * environment's or the user's, never a bug: a full or read-only disk is 74, a path that cannot be
 * used (a symlink loop, a name too long, a folder where a file should be) or a file that cannot be
 * read is 2. Only what is left is 70.
 */
import { PrepError } from './errors.js';
import { BAD_PATH, errnoWords, NO_SPACE, READ_CALLS } from './adapters/os-errors.js';
import { ReadFailure } from './adapters/read-text.js';
import type { Env } from './adapters/paths.js';

const DATA_HINT = 'Check free space and permissions of the data folder (see `prep --help`, Files).';

export function toPrepError(e: unknown, env: Env): PrepError {
  if (e instanceof PrepError) return e;
  if (e instanceof ReadFailure) return new PrepError('invalid-input', `${e.file} ${e.words}`, { hint: e.hint, cause: e });
  const err = e as NodeJS.ErrnoException;
  const code = err?.code ?? '';
  if (code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|better_sqlite3\.node|invalid ELF/.test(String(err?.message))) {
    return new PrepError('internal', `a native module failed to load: ${err.message.split('\n')[0]}`, {
      // Never "npm install -g prep": the npm package named `prep` is another project.
      hint: 'It was built for another Node version. Run `npm rebuild better-sqlite3` (or `npm ci`) with the Node you use now.',
    });
  }
  if (NO_SPACE.has(code)) return new PrepError('cant-write', `cannot write: ${err.message}`, { hint: DATA_HINT, cause: e });
  if (BAD_PATH.has(code)) {
    return new PrepError('usage', `${err.path ?? 'a path'} ${errnoWords(code)}`, { hint: 'Check the paths given with --db, --bank-dir, PREP_HOME or the XDG_* variables.', cause: e });
  }
  if ((code === 'EACCES' || code === 'EPERM') && READ_CALLS.has(err.syscall ?? '')) {
    return new PrepError('invalid-input', `cannot read ${err.path ?? 'a file'}: permission denied`, { hint: 'Check its permissions (`ls -l` it).', cause: e });
  }
  const cannotCreate = err?.syscall === 'mkdir' && ['ENOENT', 'ENOTDIR', 'EPERM'].includes(code);
  if (code === 'EACCES' || code === 'EPERM' || code === 'ENOTDIR' || cannotCreate) return new PrepError('cant-write', `cannot write: ${err.message}`, { hint: DATA_HINT, cause: e });
  const detail = env.PREP_DEBUG ? [String(err?.stack ?? e)] : [];
  return new PrepError('internal', `internal error: ${err?.message ?? String(e)}`, {
    details: detail,
    hint: 'This is a bug in prep. Re-run with PREP_DEBUG=1 for the stack trace and report it.',
  });
}
