/** `prep drill` and `prep review`: pick the queue, then run the interactive session. */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { ExitCode, PrepError } from '../errors.js';
import { buildQueue, type ItemFilter } from '../core/queue.js';
import { DIFFICULTIES, ITEM_TYPES, ROLES } from '../core/vocab.js';
import { studyDay } from '../core/studyday.js';
import type { Card, ItemIndexEntry, LoadedItem } from '../core/types.js';
import { suggestIds } from './items.js';
import type { TimeOption } from './drill-items.js';

export interface DrillOptions {
  bank?: string[];
  topic?: string[];
  type?: string[];
  role?: string[];
  difficulty?: string[];
  n?: string;
  time?: string;
  new?: boolean;
  due?: boolean;
  limit?: string;
  full?: boolean;
  extraNew?: string;
  ahead?: string;
  id?: string[];
  cram?: boolean;
  leeches?: boolean;
}

export const NO_TTY_HINT = 'From scripts use `prep due --json`, `prep grade ID RATING [--seconds N]`, `prep undo`, `prep show ID`, `prep search WORDS` and `prep star import FILE`.';

function checkValues(flag: string, given: string[] | undefined, known: readonly string[]): string[] | undefined {
  if (!given?.length) return undefined;
  // The header shows types as `code-review`: accept that spelling too.
  const values = given.flatMap((g) => g.split(',')).map((g) => g.trim()).filter(Boolean).map((v) => (flag === 'type' ? v.replace(/-/g, '_') : v));
  for (const v of values) {
    if (!known.includes(v)) {
      const near = suggestIds(v, [...known]);
      throw new PrepError('usage', `unknown ${flag} "${v}"`, { hint: near.length ? `Did you mean ${near.join(', ')}?` : `Known: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}` });
    }
  }
  return values;
}

export function parseTime(value: string | undefined, full = false): TimeOption {
  if (value === undefined || value === 'auto') return full ? { kind: 'auto', full } : { kind: 'auto' };
  if (full) throw new PrepError('usage', `--full lengthens the automatic budget; it cannot be combined with --time ${value}`, { hint: 'Use --full alone, or --time SECONDS alone.' });
  if (value === 'off') return { kind: 'off' };
  const n = Number(value);
  if (!Number.isInteger(n) || n < 5 || n > 7200) throw new PrepError('usage', `--time takes auto, off, or whole seconds from 5 to 7200; got "${value}"`, { hint: 'For example: --time 90' });
  return { kind: 'fixed', seconds: n };
}

function positive(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new PrepError('usage', `${flag} takes a whole number of at least 1; got "${value}"`);
  return n;
}

export async function drill(ctx: Ctx, opts: DrillOptions, source: 'drill' | 'review' = 'drill'): Promise<Outcome> {
  if (opts.new && opts.due) throw new PrepError('usage', '--new and --due exclude each other', { hint: 'Leave both out for due items first, then new ones.' });
  const { parseSelection, checkIds, selectFor, deadlineSelection, targetRoles } = await import('./drill-select.js');
  const selection = parseSelection(opts);
  const time = parseTime(opts.time, !!opts.full);
  const limit = positive(source === 'review' ? '--limit' : '-n', source === 'review' ? opts.limit : opts.n);
  const extraNew = positive('--extra-new', opts.extraNew) ?? 0;
  if (selection?.kind === 'ids') {
    const explicit = ['bank', 'topic', 'type', 'role', 'difficulty'].filter((k) => (opts[k as keyof DrillOptions] as string[] | undefined)?.length);
    if (explicit.length) throw new PrepError('usage', `--id names the items itself; it cannot be combined with --${explicit.join(', --')}`, { hint: 'Leave the filters out.' });
    checkIds(selection.ids, (await ctx.index()).items);
  }
  const [{ banks, items }, settings] = await Promise.all([ctx.index(), ctx.settings()]);
  // `roles` in config.yaml is the default --role: a candidate for MLOps drills MLOps items unless asked otherwise.
  const filter: ItemFilter = {
    ...(checkValues('bank', opts.bank, banks.map((b) => b.id)) ? { bank: checkValues('bank', opts.bank, banks.map((b) => b.id))! } : {}),
    ...(opts.topic?.length ? { topic: checkValues('topic', opts.topic, [...new Set(items.map((i) => i.topic).filter((t): t is string => !!t))])! } : {}),
    ...(opts.type?.length ? { type: checkValues('type', opts.type, ITEM_TYPES) as ItemFilter['type'] } : {}),
    ...(opts.role?.length ? { role: checkValues('role', opts.role, ROLES) as ItemFilter['role'] } : settings.roles.length && selection?.kind !== 'ids' ? { role: settings.roles } : {}),
    ...(opts.difficulty?.length ? { difficulty: checkValues('difficulty', opts.difficulty, DIFFICULTIES) as ItemFilter['difficulty'] } : {}),
  };
  // Every flag is checked first: a script with a typo hears about the typo, not about the terminal.
  if (!ctx.interactive) throw new PrepError('no-tty', `prep ${source} needs an interactive terminal`, { hint: NO_TTY_HINT });
  const store = await ctx.store();
  const now = ctx.now();
  const day = studyDay(now, settings.timeZone, settings.dayCutoffHour);
  const cards = new Map<string, Card>(store.cards('item').map((c) => [c.id, c]));
  const chosen = !!(opts.type?.length || opts.bank?.length || opts.topic?.length);
  // --ahead, --id, --cram, --leeches; or deadline mode: a plain drill while an interview is 14 days away or less.
  const plain = source === 'drill' && !chosen && !opts.role?.length && !opts.difficulty?.length && !opts.new && !opts.due && opts.extraNew === undefined;
  const picked = selection ? selectFor(selection, items, cards, now, filter, settings) : plain ? await deadlineSelection(ctx, items, cards, settings) : null;
  if (picked) {
    if (!picked.items.length) return { text: picked.empty };
    if (picked.banner) ctx.io.stdout.write(`${picked.banner}\n`);
    return await runDrill(ctx, { items: await fullItems(ctx, limit ? picked.items.slice(0, limit) : picked.items), settings, store, time, source });
  }
  // --extra-new N: more new items today than new_per_day allows, for this session (Anki's custom study).
  const allowance = settings.newPerDay + extraNew - store.newStartedOn(day);
  const mode = source === 'review' || opts.due ? 'due' : opts.new ? 'new' : 'all';
  // A default session stays short: new 30-minute coding and 14-minute design rounds start only when
  // asked for by type, bank or topic (due ones always come).
  const holdNewTypes: ItemFilter['type'] = chosen ? [] : ['coding', 'design', 'sql'];
  // New items are interleaved across topics, weighted by the next interview's roles (or config roles).
  const weights = { roles: await targetRoles(ctx, settings) };
  const queue = buildQueue({ items, cards, now, filter, newAllowance: allowance, ...(limit ? { limit } : {}), mode, holdNewTypes, weights });
  if (!queue.items.length) {
    // Say what else there is: the same session without the filters, and with new items allowed.
    const unfiltered = buildQueue({ items, cards, now, filter: {}, newAllowance: allowance, mode: 'all', holdNewTypes });
    const withNew = buildQueue({ items, cards, now, filter, newAllowance: allowance, mode: 'all', holdNewTypes: [] });
    const fromConfig = !opts.role?.length && settings.roles.length ? settings.roles : null;
    if (filter.type?.length && filter.type.every((t) => t === 'ask')) {
      return { text: 'Questions to ask the interviewer are never drilled: `prep ask` lists them and `prep ask --pick` shortlists some for an interview.' };
    }
    return { text: emptyMessage({ mode, source, filtered: Object.keys(filter).length > 0, queue, unfiltered, withNew, allowance, fromConfig }) };
  }
  return await runDrill(ctx, { items: await fullItems(ctx, queue.items), settings, store, time, source });
}

/** The session's items in full, in queue order: selection needs only the light index, a session only its own items. */
async function fullItems(ctx: Ctx, picked: readonly ItemIndexEntry[]): Promise<LoadedItem[]> {
  const { readItemsById } = await import('../adapters/bank-db.js');
  const byId = readItemsById(await ctx.bankDb(), picked.map((i) => i.id));
  return picked.map((i) => byId.get(i.id)).filter((i): i is LoadedItem => !!i);
}

/** The session, then its summary with the daily goal and streak (streakLine). */
async function runDrill(ctx: Ctx, input: Parameters<typeof import('./drill-session.js').runSession>[1]): Promise<Outcome> {
  const { runSession } = await import('./drill-session.js');
  const result = await runSession(ctx, input);
  const { streakLine } = await import('./streak.js');
  return { text: `${result.summary}\n${await streakLine(ctx)}`, exitCode: result.interrupted ? ExitCode.interrupted : ExitCode.ok };
}

interface EmptyInput {
  mode: string;
  source: 'drill' | 'review';
  filtered: boolean;
  allowance: number;
  queue: { newHeldBack: number; notYetDue: number };
  unfiltered: { due: unknown[]; fresh: unknown[] };
  withNew: { due: unknown[]; fresh: unknown[] };
  /** The role filter came from `roles` in config.yaml. */
  fromConfig: string[] | null;
}

function emptyMessage(e: EmptyInput): string {
  const n = (x: number, w: string) => `${x} ${w}${x === 1 ? '' : 's'}`;
  const lines = [e.mode === 'new' ? 'No new items to start.' : 'Nothing due right now.'];
  if (e.allowance <= 0) lines.push("Today's new items are used up (new_per_day in config.yaml): more tomorrow, or `prep drill --extra-new 5` now.");
  else if (e.queue.newHeldBack) lines.push(`${n(e.queue.newHeldBack, 'new item')} held back by today's limit.`);
  if (e.queue.notYetDue) lines.push(`${n(e.queue.notYetDue, 'item')} ${e.filtered ? 'matching the filters ' : ''}${e.queue.notYetDue === 1 ? 'is' : 'are'} scheduled for later.`);
  if (e.mode === 'due' && e.withNew.fresh.length) lines.push(e.source === 'review' ? `\`prep drill\` has ${n(e.withNew.fresh.length, 'new item')} to start.` : `Without --due: ${n(e.withNew.fresh.length, 'new item')} to start (prep drill).`);
  if (e.filtered && (e.unfiltered.due.length || e.unfiltered.fresh.length)) lines.push(`Without the filters${e.fromConfig ? ` (roles ${e.fromConfig.join(', ')} come from config.yaml; --role ds,mle,mlops,fs widens them)` : ''}: ${n(e.unfiltered.due.length, 'due item')} and ${n(e.unfiltered.fresh.length, 'new item')}.`);
  if (!e.filtered && e.mode !== 'due' && e.allowance > 0) lines.push('Long rounds start when you ask for them: `prep drill --type coding`, `--type design` or `--type sql`.');
  lines.push('`prep due` shows when the next review is.');
  return lines.join('\n');
}
