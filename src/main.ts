/**
 * The one exit point: runs a command and maps every outcome to an exit code, which bin/prep.js sets.
 * Nothing else in src/ sets process.exitCode or calls process.exit. (Scripted `prep due --json` and
 * `--version` are answered before this module loads: see bin/prep.js and src/fast/due-fast.ts.)
 */
import { readFileSync } from 'node:fs';
import { PrepError } from './errors.js';
import { sanitize } from './core/sanitize.js';
import type { Env } from './adapters/paths.js';
import type { IO } from './context.js';

export function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** A command's result: data to print (JSON or human text) and the exit code it implies. */
export interface Outcome {
  json?: unknown;
  text?: string;
  exitCode?: number;
}

export function writeOut(io: IO, json: boolean, outcome: Outcome): void {
  if (json && outcome.json !== undefined) io.stdout.write(`${JSON.stringify(outcome.json, null, 2)}\n`);
  else if (!json && outcome.text) io.stdout.write(outcome.text.endsWith('\n') ? outcome.text : `${outcome.text}\n`);
}

export function reportError(io: IO, json: boolean, raw: PrepError): void {
  // Messages echo user input (ids, file names, story titles): sanitise like any other output.
  const e = { code: raw.code, message: sanitize(raw.message), hint: raw.hint && sanitize(raw.hint), details: raw.details.map(sanitize) };
  if (json) {
    io.stderr.write(`${JSON.stringify({ version: 1, error: { code: e.code, message: e.message, ...(e.hint ? { hint: e.hint } : {}), ...(e.details.length ? { details: e.details } : {}) } })}\n`);
    return;
  }
  // Some messages already start with the command ("prep drill needs an interactive terminal").
  const lines = [/^prep\b/.test(e.message) ? e.message : `prep: ${e.message}`, ...e.details, ...(e.hint ? [`hint: ${e.hint}`] : [])];
  io.stderr.write(`${lines.join('\n')}\n`);
}

/** The npm package named `prep` is another project: never tell people to install it. */

function toPrepError(e: unknown, env: Env): PrepError {
  if (e instanceof PrepError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|better_sqlite3\.node|invalid ELF/.test(String(err?.message))) {
    return new PrepError('internal', `a native module failed to load: ${err.message.split('\n')[0]}`, {
      hint: 'It was built for another Node version. Run `npm rebuild better-sqlite3` (or `npm ci`) with the Node you use now.',
    });
  }
  const cannotCreate = err?.syscall === 'mkdir' && ['ENOENT', 'ENOTDIR', 'EPERM'].includes(err.code ?? '');
  if (err?.code === 'ENOSPC' || err?.code === 'EROFS' || err?.code === 'EACCES' || err?.code === 'ENOTDIR' || cannotCreate) {
    return new PrepError('cant-write', `cannot write: ${err.message}`, { hint: 'Check free space and permissions of the data folder (see `prep --help`, Files).' });
  }
  const detail = env.PREP_DEBUG ? [String(err?.stack ?? e)] : [];
  return new PrepError('internal', `internal error: ${err?.message ?? String(e)}`, {
    details: detail,
    hint: 'This is a bug in prep. Re-run with PREP_DEBUG=1 for the stack trace and report it.',
  });
}

export async function main(argv: string[], env: Env, io: IO): Promise<number> {
  let json = argv.includes('--json');
  let ctx: { close(): void } | undefined;
  try {
    const { runCli } = await import('./cli.js');
    return await runCli(argv, env, io, (c) => {
      ctx = c;
      json = c.opts.json;
    });
  } catch (e) {
    const pe = toPrepError(e, env);
    reportError(io, json, pe);
    return pe.exitCode;
  } finally {
    ctx?.close();
  }
}
