/** The week-before-the-interview commands: stories, interviews, checklist, questions to ask, guide. */
import type { Command } from 'commander';
import type { Ctx } from './context.js';
import type { Act } from './outcome.js';

export function registerPrep(program: Command, act: Act): void {
  const star = program.command('star').description('your STAR story bank: write, check, cover themes, rehearse');
  star.command('new').description('a guided interview for one story; the draft survives Ctrl-C').option('--template <id>', 'skip the choice of template').action(act(async () => (await import('./commands/star-new.js')).starNew));
  star.command('list').description('your stories').action(act(async () => (await import('./commands/star.js')).starList));
  star.command('show').argument('<id>').description('one story, as Markdown').action(act(async () => (await import('./commands/star.js')).starShow));
  star.command('edit').argument('<id>').description('open the story in $EDITOR; validated on save').action(act(async () => (await import('./commands/star-edit.js')).starEdit));
  star.command('rm').argument('<id>').description('delete a story').action(act(async () => (await import('./commands/star.js')).starRm));
  star.command('import').argument('<file>').description('stories from YAML or JSON: one story, a list, or {stories: [...]}').action(act(async () => (await import('./commands/star.js')).starImport));
  star.command('export').option('--format <md|yaml|json>', 'Markdown for notes, or YAML/JSON that import reads back', 'md').description('all stories').action(act(async () => (await import('./commands/star.js')).starExport));
  star.command('lint').argument('[id]').description("a coach's notes: numbers, I vs we, timing, reflection, jargon").action(act(async () => (await import('./commands/star.js')).starLint));
  star.command('coverage').description('which stories serve each STAR theme; the checklist five first').action(act(async () => (await import('./commands/star.js')).starCoverage));
  star.command('practice').argument('[id]').description('tell a story against the clock, part by part (default: the due ones)').action(act(async () => (await import('./commands/star-practice.js')).starPractice));

  const mock = program
    .command('mock')
    .argument('[round]', 'concept (default), coding, design, behavioural, sql, or loop (one of each, with breaks)')
    .description('a timed interview round: answers unseen until it ends, then scored and graded one by one')
    .option('--interview <id>', 'fit the round to this interview (its roles)')
    .option('--role <roles...>', 'ds, mle, mlops, fs (default: the interview\'s, else roles in config.yaml)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--minutes <m>', 'the round\'s length, 10-120 (a loop: each round\'s)')
    .option('--seed <n>', 'pick the same questions again (for tests and retakes)')
    .addHelpText('after', `
Rounds: concept 7 questions in 30 min, each with a follow-up; coding one problem in 45 min (tests run at the
end) and a code review if time is left; design one system in 45 min with a capacity estimate; behavioural 4
questions in 20 min from your STAR stories (shown as notes, then put away); sql 3 queries in 30 min; loop one
of each with 5-minute breaks (Enter skips a break). Nothing is shown until the round ends; then each answer is
revealed and graded with one key (1-4, Enter takes the suggestion), and the grades feed the schedule.
Ctrl-P pauses every clock; Ctrl-C stops and keeps every answer given (exit 130).`)
    .action(act(async () => (await import('./commands/mock.js')).mock));
  mock.command('history').description('your mock rounds, newest first').action(act(async () => (await import('./commands/mock.js')).mockHistory));
  mock.command('show').argument('<n>', 'the round\'s number (prep mock history)').description('one round\'s report').action(act(async () => (await import('./commands/mock.js')).mockShow));

  const interview = program.command('interview').description('interviews the checklist counts down to');
  interview.command('add').argument('<company>').requiredOption('--date <YYYY-MM-DD>', 'the interview day').option('--role <text>', 'the role').option('--roles <list>', 'our roles it is for: ds,mle,mlops,fs (default: read from --role)').option('--notes <text>', 'anything to remember').description('add an interview').action(act(async () => (await import('./commands/interview.js')).interviewAdd));
  interview.command('list').description('all interviews').action(act(async () => (await import('./commands/interview.js')).interviewList));
  interview.command('show').argument('<id>', 'id or company name').description('one interview').action(act(async () => (await import('./commands/interview.js')).interviewShow));
  interview.command('edit').argument('<id>', 'id or company name').option('--company <name>', 'the company (the id stays)').option('--date <YYYY-MM-DD>', 'the interview day').option('--role <text>', "the role ('' clears it)").option('--notes <text>', "notes ('' clears them)").option('--roles <list>', 'ds,mle,mlops,fs, all, or auto (read from the role text)').description('change an interview; with no options on a terminal, asks for each field').action(act(async () => (await import('./commands/interview-edit.js')).interviewEdit));
  interview.command('rm').argument('<id>', 'id or company name').option('-y, --yes', 'do not ask for confirmation (for scripts)').description('remove an interview and its ticks (asks first)').action(act(async () => (await import('./commands/interview.js')).interviewRm));

  const checklist = program
    .command('checklist')
    .description('what to do before the interview, by stage; verified where it can be')
    .option('--interview <id>', 'which interview (default: the next one)')
    .option('--all', 'show every stage')
    .action(act(async () => (await import('./commands/checklist.js')).checklist));
  // `--interview` is accepted before or after the subcommand: `checklist --interview b check X` and
  // `checklist check X --interview b`. The parent's options are positional (they stop at `check`), and
  // the subcommand merges them under its own, so neither spelling is silently dropped.
  checklist.enablePositionalOptions();
  for (const [name, on] of [['check', true], ['uncheck', false]] as const) {
    const run = act(async () => {
      const m = await import('./commands/checklist.js');
      return (ctx: Ctx, item: string, opts: { interview?: string }) => m.checklistCheck(ctx, item, opts, on);
    });
    checklist.command(name).argument('<item>').option('--interview <id>', 'which interview').description(on ? 'tick an item' : 'untick an item')
      .action((item: string, opts: { interview?: string }, cmd: Command) => run(item, { ...(cmd.parent?.opts() as { interview?: string }), ...opts }, cmd));
  }

  program.command('ask').description('questions to ask the interviewer, grouped; pick a short list per interview').option('--interview <id>', 'which interview (default: the next one)').option('--pick', 'choose and save the list').action(act(async () => (await import('./commands/ask.js')).ask));
  program.command('guide').argument('[section]', 'portfolio | resources | resume | pitch | rounds').description('portfolio projects, resources, resume advice, the project pitch, what real rounds are like').action(act(async () => (await import('./commands/guide.js')).guide));
}
