/** Where you stand and what to do: the today screen, stats, the plan to an interview, and `prep config`. */
import type { Command } from 'commander';
import type { Ctx } from './context.js';
import type { Act } from './outcome.js';

const list = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((x) => x.trim()).filter(Boolean)];

export function registerPlan(program: Command, act: Act): void {
  // `prep` with no command (global options allowed) runs this; hidden so `prep --help` is as before.
  program.command('today', { hidden: true }).description('the today screen').action(act(async () => (await import('./commands/today.js')).todayScreen));

  program
    .command('stats')
    .description('where you stand: reviews, retention, forecast, mastery by topic and role, time, leeches')
    .option('--days <n>', 'the range, in study days up to today (default 30)')
    .option('--bank <ids...>', 'only these banks', list)
    .option('--topic <ids...>', 'only these primary topics', list)
    .option('--role <roles...>', 'only items for these roles: ds, mle, mlops, fs', list)
    .action(act(async () => {
      const [{ stats }, { formatStats }, { painter }] = await Promise.all([import('./commands/stats.js'), import('./format/stats-view.js'), import('./format/paint.js')]);
      return async (ctx: Ctx, opts: Record<string, unknown>) => {
        const report = await stats({ now: ctx.now, settings: ctx.settings, index: ctx.index, db: async () => (await ctx.store()).db }, opts);
        if (ctx.opts.json) return { json: report };
        return { text: formatStats(report, await painter(ctx)) };
      };
    }));

  program
    .command('plan')
    .description('the reviews and new items per day that bring every topic of an interview to your desired retention by its date')
    .option('--interview <id>', 'which interview (default: the next one)')
    .action(act(async () => (await import('./commands/plan.js')).planCommand));

  const config = program.command('config').description('read and change config.yaml, validated (keys as in the file; kebab-case works too)');
  config.command('path').description('where config.yaml is').action(act(async () => (await import('./commands/config.js')).configPath));
  config.command('list').description('every setting with its value and where it comes from').action(act(async () => (await import('./commands/config.js')).configList));
  config.command('get').argument('<key>').description('one setting').action(act(async () => (await import('./commands/config.js')).configGet));
  config.command('set').argument('<key>').argument('<value...>', 'a value; lists as a,b or several words').description('change a setting (checked before it is written)').action(act(async () => (await import('./commands/config.js')).configSet));
  config.command('unset').argument('<key>').description('back to the default').action(act(async () => (await import('./commands/config.js')).configUnset));
  config.command('edit').description('open config.yaml in $VISUAL or $EDITOR; an invalid result is not kept').action(act(async () => (await import('./commands/config.js')).configEdit));
}
