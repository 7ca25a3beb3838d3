/**
 * The command tree. Each action lazy-imports its command module, runs it with a context and prints
 * the Outcome; exit codes flow back to main.ts. Usage errors exit 2 (commander's default is 1).
 */
import { Command, CommanderError, Option } from 'commander';
import { createContext, type Ctx, type IO } from './context.js';
import type { Env } from './adapters/paths.js';
import { printOutcome, type Act, type Handler } from './outcome.js';
import { version } from './version.js';
import { ExitCode, PrepError } from './errors.js';
import { sanitize, toJson } from './core/sanitize.js';
import { checkGlobals, commandIn, commandPath, helpHint, onlyGlobals, precheck } from './cli-usage.js';


const collect = (value: string, previous: string[] = []) => [...previous, value];
const searchList = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((x) => x.trim()).filter(Boolean)];

const EXAMPLES = `
Examples:
  $ prep drill                      a timed session: due items first, then new ones
  $ prep drill --bank ml -n 5       five items from the core ML bank
  $ prep review                     only what is due
  $ prep due --json                 counts for scripts and shell prompts
  $ prep due --quiet && prep review  exit 0 when something is due, 1 when not
  $ prep search "bias variance"     find items
  $ prep show ml-bias-variance      one item with its answer and schedule
  $ prep grade ml-bias-variance good --seconds 120
  $ prep bank lint ~/my-banks       check your own bank files

Files: prep.db, config.yaml and cache/ under $PREP_HOME, or the XDG folders
(~/.local/share/prep, ~/.config/prep, ~/.cache/prep). See README for exit codes.`;

export async function runCli(argv: string[], env: Env, io: IO, onCtx: (c: Ctx) => void): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = new Command('prep');

  const act = (load: () => Promise<Handler>) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const g = cmd.optsWithGlobals() as { db?: string; bankDir?: string[]; json?: boolean; color?: boolean };
      checkGlobals(g, commandPath(cmd));
      const ctx = createContext(env, io, { ...(g.db ? { db: g.db } : {}), bankDir: g.bankDir ?? [], json: !!g.json, color: g.color !== false });
      onCtx(ctx);
      const handler = await load();
      const outcome = await handler(ctx, ...args.slice(0, -1)).catch((e: unknown) => {
        // A usage error without a fix of its own points at this command's help.
        if (e instanceof PrepError && e.code === 'usage' && !e.hint) throw new PrepError('usage', e.message, { details: e.details, hint: `${helpHint(cmd)}.`, cause: e });
        throw e;
      });
      exitCode = printOutcome(io, ctx.opts.json, outcome, ctx.saved());
    };

  program
    .description('Interview prep in your terminal: timed drills, STAR stories and spaced repetition for DS, MLE, MLOps and full-stack AI roles.')
    .version(version(), '-V, --version')
    .option('--db <path>', 'use this SQLite file instead of the default prep.db')
    .option('--bank-dir <dir>', 'also load every *.yaml bank in DIR (repeatable)', collect)
    .option('--json', 'print the versioned JSON report instead of text')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => {
        // Commander quotes the argument as typed: strip terminal controls like any other message.
        const message = sanitize(s.replace(/^error: /, '').trim());
        const hint = helpHint(commandIn(program, argv).cmd);
        // Under --json a usage error is the JSON error shape on stderr, like every other failure.
        if (argv.includes('--json')) write(`${toJson({ version: 1, error: { code: 'usage', message, hint } })}\n`);
        else write(`prep: ${message}\nhint: ${hint}\n`);
      },
    });

  program
    .command('due')
    .description('what is due now: reviews, overdue, learning, new available today, next due time')
    .option('-q, --quiet', 'print nothing; exit 0 if something is due, 1 if not')
    .action(act(async () => {
      const [{ due, formatDue }, { dueDeps }] = await Promise.all([import('./commands/due.js'), import('./commands/due-deps.js')]);
      const { somethingDue } = await import('./core/due.js');
      return async (ctx: Ctx, opts: { quiet?: boolean }) => {
        const report = await due(dueDeps(ctx));
        const code = opts.quiet && !somethingDue(report) ? ExitCode.nothingDue : ExitCode.ok;
        if (opts.quiet) return { exitCode: code };
        if (ctx.opts.json) return { json: report, exitCode: code };
        const { painter, relativeTime } = await import('./format/paint.js');
        const settings = await ctx.settings();
        return { text: formatDue(report, await painter(ctx), (iso) => relativeTime(iso, ctx.now(), settings.timeZone)), exitCode: code };
      };
    }));

  program
    .command('grade')
    .description('record a review from a script or an editor')
    .argument('<id>', 'item id')
    .argument('<rating>', 'again | hard | good | easy (or 1-4; fail | pass)')
    .option('--seconds <n>', 'how long the answer took')
    .action(act(async () => {
      const { grade } = await import('./commands/grade.js');
      return async (ctx: Ctx, id: string, rating: string, opts: { seconds?: string }) => {
        const r = await grade(ctx, id, rating, opts);
        const saved = `the grade was saved (${r.id}: ${r.rating}, review ${r.reviewId}; \`prep undo\` takes it back)`;
        if (ctx.opts.json) return { json: r, saved };
        const [{ relativeTime }, settings] = await Promise.all([import('./format/paint.js'), ctx.settings()]);
        return { json: r, saved, text: `${r.id}: ${r.rating}. Next review ${relativeTime(r.card.due, ctx.now(), settings.timeZone)} (${r.card.state}).${r.leech ? ' This item is a leech: rewrite your notes on it.' : ''}` };
      };
    }));

  program
    .command('undo')
    .description('take back the newest review (a drill grade, `prep grade`, or a story rehearsal)')
    .action(act(async () => {
      const { undo, formatUndo } = await import('./commands/undo.js');
      const { relativeTime } = await import('./format/paint.js');
      return async (ctx: Ctx) => {
        const r = await undo(ctx);
        const settings = await ctx.settings();
        const exitCode = r.undone ? ExitCode.ok : ExitCode.negative;
        return { json: r, text: formatUndo(r, (iso) => relativeTime(iso, ctx.now(), settings.timeZone)), exitCode, ...(r.undone ? { saved: `the undo was saved (${r.undone.id}: ${r.undone.rating} taken back)` } : {}) };
      };
    }));

  program
    .command('show')
    .description('an item in full: prompt, model answer, key points, schedule')
    .argument('<id>', 'item id')
    .action(act(async () => (await import('./commands/show.js')).show));

  program
    .command('score')
    .description('score a typed answer as the drill would (records nothing): coverage, contradictions, suggested grade')
    .argument('<id>', 'item id')
    .argument('[source]', '- to read the answer from stdin')
    .option('--answer-file <file>', 'the answer, as a UTF-8 text file (- for stdin)')
    .option('--seconds <n>', 'how long the answer took: judged against the item\'s time budget as in the drill')
    .action(act(async () => (await import('./commands/score.js')).score));

  program
    .command('search')
    .description('full-text search over prompts, ids, tags, topics, key points and answers; exit 1 when nothing matches')
    .argument('<words...>', 'what to look for: a question as asked, "a phrase", or a prefix*')
    .option('--limit <n>', 'how many results', '20')
    .option('--bank <ids...>', 'only these banks', searchList)
    .option('--topic <ids...>', 'only these primary topics', searchList)
    .option('--type <types...>', 'only these item types', searchList)
    .option('--role <roles...>', 'ds, mle, mlops, fs', searchList)
    .option('--difficulty <levels...>', 'easy, medium, hard', searchList)
    .action(act(async () => (await import('./commands/search.js')).search));

  const bank = program.command('bank').description('list, lint and inspect question banks');
  bank
    .command('list')
    .description('banks with item counts by type, difficulty and role')
    .action(act(async () => (await import('./commands/bank-list.js')).bankList));
  bank
    .command('lint')
    .description('check bank files; every problem as file:line:col; exit 2 on errors')
    .argument('[paths...]', 'bank files or folders (default: every configured bank)')
    .option('--strict', 'also the content-quality, code and coverage checks')
    .action(act(async () => (await import('./commands/bank-lint.js')).bankLint));
  bank
    .command('coverage')
    .description('the coverage map: topics, named questions and STAR themes against the shipped banks')
    .action(act(async () => (await import('./commands/bank-coverage.js')).bankCoverage));

  registerPractice(program, act);
  (await import('./cli-prep.js')).registerPrep(program, act);
  (await import('./cli-plan.js')).registerPlan(program, act);
  (await import('./cli-data.js')).registerData(program, act);

  // `prep` alone (global options allowed) is the today screen; `prep --help` is unchanged.
  const words = onlyGlobals(argv) ? [...argv, 'today'] : argv;
  precheck(program, words);
  try {
    await program.parseAsync(words, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return ExitCode.ok;
      return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    throw e;
  }
  return exitCode;
}

/** The interactive practice commands. */
function registerPractice(program: Command, act: Act): void {
  const list = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((x) => x.trim()).filter(Boolean)];
  program
    .command('drill')
    .description('a timed drill: due items first, then new ones (respecting new_per_day)')
    .option('--bank <ids...>', 'only these banks', list)
    .option('--topic <ids...>', 'only these primary topics', list)
    .option('--type <types...>', 'concept, compare, coding, code_review, design, behavioural, card, sql', list)
    .option('--role <roles...>', 'ds, mle, mlops, fs (default: roles in config.yaml, else all)', list)
    .option('--difficulty <levels...>', 'easy, medium, hard', list)
    .option('-n <count>', 'at most this many items')
    .option('--time <auto|seconds|off>', 'time budget per item: the framework default, fixed seconds, or none', 'auto')
    .addOption(new Option('--new', 'only new items'))
    .addOption(new Option('--due', 'only due items'))
    .option('--extra-new <n>', 'allow this many new items beyond today\'s new_per_day, for this session')
    .option('--full', 'design rounds get the full on-site length (three times the 14-minute framework)')
    .option('--ahead <days>', 'study ahead: items due within DAYS days, most urgent first')
    .option('--id <ids...>', 'these items, due or not (ids as in prep search)', list)
    .option('--cram', 'with --topic: every item of the topic, regardless of schedule')
    .option('--leeches', 'the items that keep lapsing (leech_threshold), the most first')
    .addHelpText('after', `
Keys while answering: type (Enter: new line), Ctrl-D submits and reveals; on an empty answer Enter
reveals (you answered aloud); PgUp/PgDn page the question; Ctrl-Z undoes the last grade; Ctrl-R swaps a
restored draft for an empty box. After the reveal: 1-4 grade at once (1-2 on the two-button scale),
Enter takes the suggested grade, letters tick key points, space/PgDn/PgUp page, u u undoes the last
grade, q q stops (exit 0), Ctrl-C stops anywhere (exit 130). Every grade is saved the moment it is
given; an answer typed but not graded is kept and offered the next time. While the next interview is
14 days away or less, a plain \`prep drill\` follows its plan (prep plan).`)
    .action(act(async () => {
      const { drill } = await import('./commands/drill.js');
      return (ctx: Ctx, opts: Record<string, unknown>) => drill(ctx, opts, 'drill');
    }));
  program
    .command('review')
    .description('the due queue only, in the same timed loop')
    .option('--limit <n>', 'at most this many items')
    .option('--time <auto|seconds|off>', 'time budget per item', 'auto')
    .action(act(async () => {
      const { drill } = await import('./commands/drill.js');
      return (ctx: Ctx, opts: Record<string, unknown>) => drill(ctx, opts, 'review');
    }));
}
