/**
 * The one exit point: runs a command and maps every outcome to an exit code, which bin/prep.js sets.
 * Nothing else in src/ sets process.exitCode or calls process.exit. (Scripted `prep due --json` and
 * `--version` are answered before this module loads: see bin/prep.js and src/fast/due-fast.ts.)
 */
import { readFileSync } from 'node:fs';
import { PrepError } from './errors.js';
import { sanitize, toJson } from './core/sanitize.js';
import type { Env } from './adapters/paths.js';
import { toPrepError } from './os-error.js';
import type { IO } from './context.js';

export function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** A command's result: data to print (JSON or human text) and the exit code it implies. */
export interface Outcome {
  json?: unknown;
  text?: string;
  exitCode?: number;
  /** What the command saved, in words ("the grade was saved (…)"), for when its report cannot be printed. */
  saved?: string;
}

export function writeOut(io: IO, json: boolean, outcome: Outcome): void {
  if (json && outcome.json !== undefined) io.stdout.write(`${toJson(outcome.json, 2)}\n`);
  else if (!json && outcome.text) io.stdout.write(outcome.text.endsWith('\n') ? outcome.text : `${outcome.text}\n`);
}

/**
 * Print the outcome and return its exit code. When standard output cannot take it (a full disk,
 * /dev/full) after the command has committed its change, the change stands: say so on stderr and keep
 * the command's exit code, since a script that retried would record it twice. With nothing saved, it is
 * the usual exit 74.
 */
export function printOutcome(io: IO, json: boolean, outcome: Outcome, saved: boolean): number {
  try {
    writeOut(io, json, outcome);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code ?? '';
    if ((e as NodeJS.ErrnoException)?.syscall !== 'write') throw e;
    if (!saved) throw new PrepError('cant-write', `cannot write the report to standard output (${code})`, { hint: 'Standard output goes to a full or read-only device: free some space, or send it elsewhere.', cause: e });
    const message = `${outcome.saved ?? 'your change was saved'}, but its report could not be written to standard output (${code})`;
    io.stderr.write(json ? `${toJson({ version: 1, warning: { code: 'output-lost', message: sanitize(message) } })}\n` : `prep: ${sanitize(message)}\n`);
  }
  return outcome.exitCode ?? 0;
}

export function reportError(io: IO, json: boolean, raw: PrepError): void {
  // Messages echo user input (ids, file names, story titles): sanitise like any other output.
  const e = { code: raw.code, message: sanitize(raw.message), hint: raw.hint && sanitize(raw.hint), details: raw.details.map(sanitize) };
  if (json) {
    io.stderr.write(`${toJson({ version: 1, error: { code: e.code, message: e.message, ...(e.hint ? { hint: e.hint } : {}), ...(e.details.length ? { details: e.details } : {}) } })}\n`);
    return;
  }
  // Some messages already start with the command ("prep drill needs an interactive terminal").
  const lines = [/^prep\b/.test(e.message) ? e.message : `prep: ${e.message}`, ...e.details, ...(e.hint ? [`hint: ${e.hint}`] : [])];
  io.stderr.write(`${lines.join('\n')}\n`);
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
