/** `prep completion bash|zsh|fish` prints the script; the hidden `prep __complete -- WORDS…` answers it on Tab. */
import { existsSync } from 'node:fs';
import type { Command, Option } from 'commander';
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { complete, script, SHELLS, type CmdSpec, type DynamicKind, type OptSpec, type Shell, type Values } from '../core/completion.js';
import { DIFFICULTIES, ITEM_TYPES, ROLES } from '../core/schema.js';
import { RATINGS } from '../core/types.js';

/** Argument values by `command path:argument`; option values by `command path --flag`, then by `--flag` alone. */
const ARGS: Record<string, Values> = {
  'show:id': { dynamic: 'items' }, 'grade:id': { dynamic: 'items' }, 'grade:rating': { words: RATINGS },
  'interview show:id': { dynamic: 'interviews' }, 'interview rm:id': { dynamic: 'interviews' }, 'interview edit:id': { dynamic: 'interviews' },
  'star show:id': { dynamic: 'stories' }, 'star edit:id': { dynamic: 'stories' }, 'star rm:id': { dynamic: 'stories' },
  'star practice:id': { dynamic: 'stories' }, 'star lint:id': { dynamic: 'stories' }, 'star import:file': { files: true },
  'checklist check:item': { dynamic: 'checklist' }, 'checklist uncheck:item': { dynamic: 'checklist' },
  'completion:shell': { words: SHELLS }, 'guide:section': { words: ['portfolio', 'resources', 'resume', 'pitch'] },
  'import:file': { files: true }, 'bank lint:paths': { files: true },
};
const OPTS: Record<string, Values> = {
  '--bank': { dynamic: 'banks' }, '--topic': { dynamic: 'topics' }, '--role': { words: ROLES }, '--type': { words: ITEM_TYPES.filter((t) => t !== 'ask') },
  '--difficulty': { words: DIFFICULTIES }, '--interview': { dynamic: 'interviews' }, '--template': { dynamic: 'templates' },
  '--db': { files: true }, '--out': { files: true }, '--bank-dir': { files: true }, '--answer-file': { files: true }, '--time': { words: ['auto', 'off'] },
  'import --bank': { none: true }, 'interview add --role': { none: true }, 'interview edit --role': { none: true },
};

const pathOf = (cmd: Command): string => {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
};

function optSpec(o: Option, path: string): OptSpec {
  const flags = [o.long, o.short].filter((f): f is string => !!f);
  const placeholder = /<([a-z|-]+)>/.exec(o.flags)?.[1];
  const listed = placeholder?.includes('|') ? { words: placeholder.split('|').filter((w) => w !== 'seconds') } : undefined;
  const values = OPTS[`${path} ${o.long}`] ?? (o.long ? OPTS[o.long] : undefined) ?? listed ?? { none: true };
  return { flags, takesValue: o.required || o.optional, values };
}

export function specOf(cmd: Command): CmdSpec {
  const path = pathOf(cmd);
  return {
    name: cmd.name(),
    subcommands: cmd.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden && c.name() !== 'help').map(specOf),
    options: cmd.options.filter((o) => !o.hidden).map((o) => optSpec(o, path)),
    args: cmd.registeredArguments.map((a) => ({ name: a.name(), variadic: a.variadic, values: ARGS[`${path}:${a.name()}`] ?? { none: true } })),
  };
}

export async function completion(ctx: Ctx, shell: string): Promise<Outcome> {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new PrepError('usage', `no completion for "${shell}"`, { hint: 'Use bash, zsh or fish, e.g. source <(prep completion bash).' });
  return { text: script(shell as Shell) };
}

async function dynamic(ctx: Ctx, kind: DynamicKind): Promise<string[]> {
  if (kind === 'items' || kind === 'banks' || kind === 'topics') {
    const index = await ctx.index();
    if (kind === 'banks') return index.banks.map((b) => b.id);
    if (kind === 'items') return index.items.map((i) => i.id);
    return [...new Set(index.items.map((i) => i.topic).filter((t): t is string => !!t))].sort();
  }
  if (kind === 'templates') return (await import('../adapters/lint-files.js')).starTemplateIds(ctx.contentDir).sort();
  if (kind === 'checklist') return (await (await import('../adapters/content-files.js')).loadChecklist(ctx.contentDir)).stages.flatMap((s) => s.items.map((i) => i.id));
  // Never create a database just to complete a word.
  if (!existsSync(ctx.paths.db)) return [];
  const repo = await (await import('./interview.js')).repoOf(ctx);
  return kind === 'interviews' ? repo.interviews().map((i) => i.id) : repo.stories().map((s) => s.id);
}

/** Candidates, one a line; `:files` for a file name. Never an error: a broken bank just offers nothing. */
export async function completeWords(ctx: Ctx, program: Command, words: string[]): Promise<Outcome> {
  const root = specOf(program);
  const globals = root.options.filter((o) => !o.flags.includes('--version'));
  const values = complete(root, globals, words.length ? words : ['']);
  let out: readonly string[] = [];
  try {
    out = 'words' in values ? values.words : 'files' in values ? [':files'] : 'dynamic' in values ? await dynamic(ctx, values.dynamic) : [];
  } catch {
    out = [];
  }
  return out.length ? { text: out.join('\n') } : {};
}
