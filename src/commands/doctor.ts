/**
 * `prep doctor [--fix]`: is this installation healthy? Database integrity, schema, WAL, orphaned cards,
 * future times, bank lint, config; the paths in use and the versions of Node and the native module.
 * Read-only unless --fix, which backs the database up first and says where. Exit 0 healthy, 1 problems.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { ExitCode, PrepError } from '../errors.js';
import { bankCheck, databaseChecks, healthy, type Check } from '../core/doctor.js';
import { readDbFacts, type DbFacts } from '../adapters/doctor-db.js';
import { SCHEMA_VERSION } from '../adapters/migrations.js';
import { bankDirList } from '../adapters/paths.js';
import { withDefaultBankDir } from '../adapters/bank-files.js';
import { version } from '../version.js';
import { formatDoctor } from './doctor-view.js';

/** Times up to this far ahead are clock drift between machines, not a problem. */
const SLACK_MS = 5 * 60_000;

async function orphanItems(ctx: Ctx, facts: DbFacts): Promise<string[] | null> {
  try {
    const ids = new Set((await ctx.index()).items.map((i) => i.id));
    return (facts.itemCards ?? []).filter((id) => !ids.has(id));
  } catch {
    return null;
  }
}

async function lintCounts(ctx: Ctx): Promise<Parameters<typeof bankCheck>[0]> {
  try {
    const { report } = await (await import('./bank-lint.js')).lintReport(ctx, [], false);
    return report;
  } catch (e) {
    return { failed: e instanceof PrepError ? e.message : String(e) };
  }
}

async function configCheck(ctx: Ctx): Promise<Check> {
  try {
    await ctx.config();
    return { id: 'config', status: 'ok', message: existsSync(ctx.paths.config) ? 'config.yaml is valid' : 'no config.yaml; the defaults apply' };
  } catch (e) {
    return { id: 'config', status: 'problem', message: e instanceof PrepError ? e.message : String(e), hint: e instanceof PrepError ? e.hint ?? '' : '' };
  }
}

function readFacts(ctx: Ctx): DbFacts {
  try {
    return readDbFacts(ctx.paths.db, new Date(ctx.now().getTime() + SLACK_MS));
  } catch (e) {
    return { exists: true, refused: `it cannot be opened (${(e as { code?: string }).code ?? (e as Error).message})` };
  }
}

/** --fix: only what is safe to repair, after a backup (a migration on open makes its own). */
async function fix(ctx: Ctx, checks: Check[], orphans: string[] | null): Promise<string | null> {
  const broken = (id: string) => checks.find((c) => c.id === id && (c.status === 'problem' || (id === 'wal' && c.status === 'note')));
  const wal = broken('wal');
  const orphan = orphans !== null ? broken('orphans') : undefined;
  if (!wal && !orphan) return null;
  const store = await ctx.store();
  const { backupDatabase } = await import('../adapters/backup.js');
  const backup = await backupDatabase(store.db, store.file, 'doctor', ctx.now());
  const { checkpoint, deleteOrphans } = await import('../adapters/doctor-db.js');
  if (wal) {
    store.db.exec('PRAGMA journal_mode = WAL');
    checkpoint(store);
    wal.fixed = true;
  }
  if (orphan) {
    const n = deleteOrphans(store, orphans!);
    orphan.fixed = true;
    orphan.message = `${orphan.message.replace(/; kept$/, '')}; deleted ${n} card${n === 1 ? '' : 's'} and their reviews`;
  }
  return backup;
}

export async function doctor(ctx: Ctx, opts: { fix?: boolean }): Promise<Outcome> {
  const facts = readFacts(ctx);
  const orphans = facts.exists && !facts.refused ? await orphanItems(ctx, facts) : [];
  const checks: Check[] = [...databaseChecks({ ...facts, orphanItems: orphans }, SCHEMA_VERSION), bankCheck(await lintCounts(ctx)), await configCheck(ctx)];
  const backup = opts.fix && facts.exists && !facts.refused ? await fix(ctx, checks, orphans) : null;
  const report = { version: 1, healthy: healthy(checks), fixed: !!opts.fix, backup, checks, paths: await pathsInUse(ctx), versions: versions(facts.sqlite) };
  return { json: report, text: formatDoctor(report, ctx.fancy ? await (await import('../format/paint.js')).painter(ctx) : undefined), exitCode: report.healthy ? ExitCode.ok : ExitCode.nothingDue /* 1: problems found, a negative answer */ };
}

async function pathsInUse(ctx: Ctx) {
  let bankDirs: { dir: string; from: string }[] = [];
  try {
    bankDirs = withDefaultBankDir(bankDirList(ctx.opts.bankDir, ctx.env, (await ctx.config()).bank_dirs, ctx.paths.config), ctx.paths.dataDir);
  } catch {
    // a broken config is reported by its own check
  }
  const dir = dirname(ctx.paths.db);
  const backups = existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith(`${basename(ctx.paths.db)}.`) && n.endsWith('.bak')).map((n) => join(dir, n)) : [];
  const newest = backups.map((f) => ({ f, t: statSync(f).mtimeMs })).sort((a, b) => b.t - a.t)[0]?.f ?? null;
  return { db: ctx.paths.db, config: ctx.paths.config, cache: ctx.paths.cacheDir, content: ctx.contentDir, bankDirs, backups: backups.length, latestBackup: newest };
}

function versions(sqlite: string | undefined) {
  const require = createRequire(import.meta.url);
  let betterSqlite3 = 'unknown';
  try {
    betterSqlite3 = (require('better-sqlite3/package.json') as { version: string }).version;
  } catch {
    // reported as unknown
  }
  return { prep: version(), node: process.versions.node, abi: process.versions.modules, platform: `${process.platform}-${process.arch}`, betterSqlite3, sqlite: sqlite ?? null };
}
