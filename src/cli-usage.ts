/** Usage errors that commander does not phrase well: empty paths, a bare command group, stray global options. */
import type { Command } from 'commander';
import { PrepError } from './errors.js';

const VALUED = ['--db', '--bank-dir'];
const FLAGS = ['--json', '--no-color'];

/** `bank lint`, `due`: the command's words as typed, for hints. */
export const commandPath = (cmd: Command): string => {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
};

/** The deepest command the words of argv name (skipping global options and their values), and the words after it. */
export function commandIn(program: Command, argv: readonly string[]): { cmd?: Command; after: string[] } {
  let cmd: Command | undefined;
  const after: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUED.includes(a)) i++;
    else if (a.startsWith('-')) continue;
    else {
      const next = after.length ? undefined : (cmd ?? program).commands.find((c) => c.name() === a || c.aliases().includes(a));
      if (next) cmd = next;
      else after.push(a);
    }
  }
  return { ...(cmd ? { cmd } : {}), after };
}

export const helpHint = (cmd: Command | undefined) => (cmd ? `run \`prep ${commandPath(cmd)} --help\`` : 'run `prep --help` for the commands');

/**
 * Before commander parses: a group (`prep bank`, `prep star`) with no subcommand, a global option
 * without its value, an unknown option before any command. Throws a usage PrepError, or returns.
 */
export function precheck(program: Command, argv: readonly string[]): void {
  if (argv[0] === '__complete' || argv.some((a) => ['-h', '--help', '-V', '--version', 'help'].includes(a))) return;
  const { cmd, after } = commandIn(program, argv);
  if (!cmd && after.length) return; // an unknown command: commander says so, with a suggestion
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUED.includes(a)) {
      if (i + 1 >= argv.length || argv[i + 1]!.startsWith('-')) throw new PrepError('usage', `${a} needs a value`, { hint: `${a === '--db' ? 'Give a database file, e.g. --db ~/prep/prep.db' : 'Give a folder, e.g. --bank-dir ~/my-banks'}; ${helpHint(cmd)}.` });
      i++;
    } else if (!cmd && a.startsWith('-') && !FLAGS.includes(a) && !VALUED.some((v) => a.startsWith(`${v}=`))) {
      throw new PrepError('usage', `unknown option '${a}'`, { hint: `The options before a command are --db, --bank-dir, --json and --no-color; ${helpHint(cmd)}.` });
    }
  }
  if (!cmd) throw new PrepError('usage', 'no command given', { hint: 'for example: prep due --json; run `prep --help` for the commands' });
  const subs = cmd.commands.map((c) => c.name()).filter((n) => n !== 'help');
  const hasAction = (cmd as unknown as { _actionHandler?: unknown })._actionHandler;
  if (subs.length && !hasAction && !after.length) {
    throw new PrepError('usage', `prep ${commandPath(cmd)} needs a command: ${subs.join(', ')}`, { hint: `for example: prep ${commandPath(cmd)} ${subs[0]}; ${helpHint(cmd)}` });
  }
}

/** `prep`, `prep --json`, `prep --db F`: no command and nothing but well-formed global options (the today screen). */
export function onlyGlobals(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUED.includes(a)) {
      if (i + 1 >= argv.length || argv[i + 1]!.startsWith('-')) return false;
      i++;
    } else if (!FLAGS.includes(a) && !VALUED.some((v) => a.startsWith(`${v}=`))) return false;
  }
  return true;
}

/** Empty paths are never what was meant (an unset shell variable): refuse them rather than use the current folder. */
export function checkGlobals(g: { db?: string; bankDir?: string[] }, command: string): void {
  const help = `see \`prep ${command} --help\``;
  if (g.db !== undefined && g.db.trim() === '') throw new PrepError('usage', '--db was given an empty path', { hint: `Give the database file, e.g. --db ~/prep/prep.db, or leave --db out; ${help}.` });
  if (g.bankDir?.some((d) => d.trim() === '')) throw new PrepError('usage', '--bank-dir was given an empty path', { hint: `Give a folder of *.yaml bank files, e.g. --bank-dir ~/my-banks; ${help}.` });
}
