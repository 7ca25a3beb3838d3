/** Your data out and back in, and looking after it: export, import, completion, doctor. */
import type { Command } from 'commander';
import type { Ctx } from './context.js';
import type { Act } from './outcome.js';

export function registerData(program: Command, act: Act): void {
  program
    .command('export')
    .description('all your data: a JSON backup (default), an Anki deck of the banks, or your stories and questions as Markdown')
    .option('--out <file>', 'write to FILE (atomically) instead of stdout')
    .option('--format <json|anki|md>', 'json: complete backup that `prep import` reads; anki: tab-separated notes; md: stories and picked questions', 'json')
    .option('--force', 'replace an existing --out file')
    .action(act(async () => (await import('./commands/export.js')).exportData));

  program
    .command('import')
    .description('read a JSON export back (merging with what is here), or an Anki text export into a bank of cards')
    .argument('<file>', 'a `prep export` JSON file, or an Anki text export with --format anki')
    .option('--dry-run', 'say what would change; write nothing')
    .option('--format <json|anki>', 'json (default): a prep export; anki: notes exported from Anki as text', 'json')
    .option('--bank <name>', 'with --format anki: the bank to create (a lowercase slug) in your bank folder')
    .option('--append', 'with --format anki: add to an existing bank of yours instead of refusing')
    .action(act(async () => {
      const { importData } = await import('./commands/import.js');
      return (ctx: Ctx, file: string, opts: Record<string, unknown>) => importData(ctx, file, opts);
    }));

  program
    .command('completion')
    .description('print a shell completion script (commands, flags, bank, topic, role, item, story and interview ids)')
    .argument('<shell>', 'bash | zsh | fish')
    .addHelpText('after', `
Install:
  bash  echo 'source <(prep completion bash)' >> ~/.bashrc
  zsh   echo 'source <(prep completion zsh)' >> ~/.zshrc      (after compinit)
  fish  prep completion fish > ~/.config/fish/completions/prep.fish`)
    .action(act(async () => (await import('./commands/completion.js')).completion));
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .action(act(async () => {
      const { completeWords } = await import('./commands/completion.js');
      return (ctx: Ctx, words: string[] = []) => completeWords(ctx, program, words);
    }));

  program
    .command('doctor')
    .description('check the database, banks and config; show paths and versions; exit 1 when problems are found')
    .option('--fix', 'repair what is safe to repair (orphaned cards, the journal), after a backup of the database')
    .action(act(async () => (await import('./commands/doctor.js')).doctor));
}
