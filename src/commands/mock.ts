/**
 * `prep mock KIND`: a timed interview round (answers unseen until it ends, then graded one by one), and
 * `prep mock history` / `prep mock show N` for the saved reports. Every flag is checked before the
 * terminal is: a script with a typo hears about the typo.
 */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { MOCK_KINDS, planMock, type MockKind } from '../core/mock-plan.js';
import { ROLES } from '../core/vocab.js';
import type { Role } from '../core/types.js';
import { interviewRoles } from '../core/roles.js';
import { localDate } from '../core/studyday.js';
import { sanitize } from '../core/sanitize.js';
import { suggestIds } from './items.js';
import { pickInterview, repoOf } from './interview.js';

export interface MockOptions {
  interview?: string;
  role?: string[];
  minutes?: string;
  seed?: string;
}

export const MOCK_NO_TTY_HINT = 'A mock round needs a terminal. From scripts: `prep mock history --json`, `prep mock show N --json`, `prep score ID --answer-file F` to score an answer.';

function kindOf(kind: string | undefined): MockKind {
  const k = (kind ?? 'concept').trim();
  if ((MOCK_KINDS as readonly string[]).includes(k)) return k as MockKind;
  const near = suggestIds(k, [...MOCK_KINDS]);
  throw new PrepError('usage', `unknown round "${k}"`, { hint: `${near.length ? `Did you mean ${near.join(', ')}? ` : ''}Rounds: ${MOCK_KINDS.join(', ')}.` });
}

function minutesOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 10 || n > 120) throw new PrepError('usage', `--minutes takes whole minutes from 10 to 120; got "${value}"`, { hint: 'For example: --minutes 45 (a loop: each round\'s length).' });
  return n;
}

function seedOf(value: string | undefined, now: Date): number {
  if (value === undefined) return now.getTime() % 2_147_483_647;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 31) throw new PrepError('usage', `--seed takes a whole number from 0 to 2^31; got "${value}"`);
  return n;
}

function rolesOf(given: string[] | undefined): Role[] | undefined {
  if (!given?.length) return undefined;
  const values = given.flatMap((g) => g.split(',')).map((g) => g.trim()).filter(Boolean);
  for (const v of values) if (!(ROLES as readonly string[]).includes(v)) throw new PrepError('usage', `unknown role "${v}"`, { hint: `Roles: ${ROLES.join(', ')}.` });
  return values as Role[];
}

export async function mock(ctx: Ctx, kindArg: string | undefined, opts: MockOptions): Promise<Outcome> {
  const kind = kindOf(kindArg);
  const minutes = minutesOf(opts.minutes);
  const given = rolesOf(opts.role);
  const settings = await ctx.settings();
  const now = ctx.now();
  const seed = seedOf(opts.seed, now);
  const repo = await repoOf(ctx);
  const iv = opts.interview !== undefined ? pickInterview(repo.interviews(), opts.interview, localDate(now, settings.timeZone), true) : null;
  const roles = given ?? (iv ? interviewRoles(iv).roles : settings.roles);
  const { mockCandidates, preferredTemplates } = await import('./mock-pool.js');
  const store = await ctx.store();
  const plan = planMock({
    kind, seed, roles, now, zone: settings, items: await mockCandidates(ctx), cards: new Map(store.cards('item').map((c) => [c.id, c])),
    preferredTemplates: await preferredTemplates(ctx, repo), ...(minutes !== undefined ? { minutes } : {}),
  });
  if (!plan.ok) throw new PrepError('usage', plan.message, { hint: plan.hint });
  // Every flag and the pool are checked first: a script hears what is wrong with its request, then about the terminal.
  if (!ctx.interactive) throw new PrepError('no-tty', `prep mock ${kind} needs an interactive terminal`, { hint: MOCK_NO_TTY_HINT });
  const { runMock } = await import('./mock-session.js');
  return await runMock(ctx, { kind, plan, seed, minutes, interview: iv?.id ?? null, roles, store, settings });
}

export async function mockHistory(ctx: Ctx): Promise<Outcome> {
  const { MockRounds } = await import('../adapters/mock-rounds.js');
  const rows = new MockRounds(await ctx.store()).list();
  const { historyText } = await import('../format/mock-view.js');
  return { json: { version: 1, rounds: rows }, text: historyText(rows, ctx.now(), (await ctx.settings()).timeZone) };
}

export async function mockShow(ctx: Ctx, ref: string): Promise<Outcome> {
  const id = Number(ref);
  if (!Number.isInteger(id) || id < 1) throw new PrepError('usage', `a round is shown by its number; got "${sanitize(ref)}"`, { hint: '`prep mock history` lists them.' });
  const { MockRounds } = await import('../adapters/mock-rounds.js');
  const report = new MockRounds(await ctx.store()).get(id);
  if (!report) throw new PrepError('unknown-id', `no mock round ${id}`, { hint: '`prep mock history` lists them.' });
  const { reportText } = await import('../format/mock-view.js');
  return { json: report, text: reportText(report, await (await import('../format/paint.js')).painter(ctx)) };
}
