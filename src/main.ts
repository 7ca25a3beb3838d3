/**
 * The one exit point: runs a command and maps every outcome to an exit code, which bin/prep.js sets.
 * Nothing else in src/ sets process.exitCode or calls process.exit. (Scripted `prep due --json` and
 * `--version` are answered before this module loads: see bin/prep.js and src/fast/due-fast.ts.)
 */
import { PrepError } from './errors.js';
import { sanitize, toJson } from './core/sanitize.js';
import type { Env } from './adapters/paths.js';
import { toPrepError } from './os-error.js';
import type { IO } from './context.js';

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
