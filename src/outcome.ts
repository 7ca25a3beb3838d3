/**
 * What a command returns and how it is printed. Commands and the command tree import this, never the
 * entry point (src/main.ts), so the import graph has no cycle through main.
 */
import { PrepError } from './errors.js';
import { sanitize, toJson } from './core/sanitize.js';
import type { Ctx, IO } from './context.js';

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

/** A command's action: its context, then commander's positional arguments and options. */
export type Handler = (ctx: Ctx, ...args: any[]) => Promise<Outcome>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** Wraps a lazily loaded handler into a commander action. */
export type Act = (load: () => Promise<Handler>) => (...a: unknown[]) => Promise<void>;
