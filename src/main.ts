/**
 * The one exit point: runs a command and maps every outcome to an exit code. Nothing else in src/
 * sets process.exitCode or calls process.exit. `prep due` and `--version` take a small hand-written
 * fast path that skips commander; everything else goes through cli.ts.
 */
import { readFileSync } from 'node:fs';
import { ExitCode, PrepError } from './errors.js';
import type { Env } from './adapters/paths.js';
import { createContext, type GlobalOptions, type IO } from './context.js';

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

/** Parse `due [--json] [--quiet] [--db P] [--bank-dir D]... [--no-color]` by hand; undefined = let commander do it. */
function fastDueArgs(argv: string[]): (GlobalOptions & { quiet: boolean }) | undefined {
  if (argv[0] !== 'due') return undefined;
  const o = { bankDir: [] as string[], json: false, color: true, quiet: false } as GlobalOptions & { quiet: boolean };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--quiet' || a === '-q') o.quiet = true;
    else if (a === '--no-color') o.color = false;
    else if ((a === '--db' || a === '--bank-dir') && i + 1 < argv.length && !argv[i + 1]!.startsWith('-')) {
      if (a === '--db') o.db = argv[++i]!;
      else o.bankDir.push(argv[++i]!);
    } else return undefined;
  }
  return o;
}

export function reportError(io: IO, json: boolean, e: PrepError): void {
  if (json) {
    io.stderr.write(`${JSON.stringify({ version: 1, error: { code: e.code, message: e.message, ...(e.hint ? { hint: e.hint } : {}), ...(e.details.length ? { details: e.details } : {}) } })}\n`);
    return;
  }
  const lines = [`prep: ${e.message}`, ...e.details, ...(e.hint ? [`hint: ${e.hint}`] : [])];
  io.stderr.write(`${lines.join('\n')}\n`);
}

function toPrepError(e: unknown, env: Env): PrepError {
  if (e instanceof PrepError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ERR_DLOPEN_FAILED' || /NODE_MODULE_VERSION|better_sqlite3\.node|invalid ELF/.test(String(err?.message))) {
    return new PrepError('internal', `a native module failed to load: ${err.message.split('\n')[0]}`, {
      hint: 'It was built for another Node version. Run `npm rebuild better-sqlite3` (or `npm ci`) with the Node you use now.',
    });
  }
  if (err?.code === 'ENOSPC' || err?.code === 'EROFS' || err?.code === 'EACCES') {
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
  let ctx: ReturnType<typeof createContext> | undefined;
  try {
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
      io.stdout.write(`${version()}\n`);
      return ExitCode.ok;
    }
    const fast = fastDueArgs(argv);
    if (fast) {
      ctx = createContext(env, io, fast);
      const { due, formatDue } = await import('./commands/due.js');
      const report = await due(ctx);
      if (!fast.quiet) {
        if (fast.json) writeOut(io, true, { json: report });
        else {
          const [{ painter, relativeTime }, settings] = await Promise.all([import('./format/paint.js'), ctx.settings()]);
          const paint = await painter(ctx);
          writeOut(io, false, { text: formatDue(report, paint, (iso) => relativeTime(iso, ctx!.now(), settings.timeZone)) });
        }
      }
      const { somethingDue } = await import('./core/due.js');
      return fast.quiet && !somethingDue(report) ? ExitCode.nothingDue : ExitCode.ok;
    }
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
