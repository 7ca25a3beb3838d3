/**
 * What a command gets: env, streams, clock, paths and lazily opened services. Built once per run by
 * main.ts; nothing here touches process globals, so tests can build one with fake streams.
 */
import { statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { PrepError } from './errors.js';
import { errnoOf, errnoWords } from './adapters/os-errors.js';
import type { Settings, ItemIndexEntry, BankSummary } from './core/types.js';
import { bankDirList, resolvePaths, type Env, type Paths } from './adapters/paths.js';
import { contentDir } from './adapters/content-dir.js';
import { makeClock, type Clock } from './adapters/clock.js';
import { readConfig, toSettings, type ConfigValues } from './adapters/config.js';
import { findBankFiles, openBanks, type BankSource, type LoadedBanks } from './adapters/content-loader.js';
import { readIndexEntries, readItems, readSummaries } from './adapters/bank-db.js';
import type { Database } from 'better-sqlite3';
import { withDefaultBankDir } from './adapters/bank-files.js';
import type { Store } from './adapters/store.js';

export interface OutStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
  /** The underlying Node stream, for prompt libraries (bin/prep.js creates it lazily). */
  stream?: NodeJS.WritableStream;
  on?(event: string, fn: (...a: unknown[]) => void): unknown;
  off?(event: string, fn: (...a: unknown[]) => void): unknown;
}

export interface IO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  stdout: OutStream;
  stderr: OutStream;
  /** Known without creating the stdin stream. */
  stdinIsTTY?: boolean;
}

export interface GlobalOptions {
  db?: string;
  bankDir: string[];
  json: boolean;
  color: boolean;
}

export interface Ctx {
  env: Env;
  io: IO;
  now: Clock;
  paths: Paths;
  opts: GlobalOptions;
  contentDir: string;
  /** Colour and other terminal effects are allowed (TTY, not --json, no NO_COLOR, not --no-color). */
  fancy: boolean;
  interactive: boolean;
  config(): Promise<ConfigValues>;
  settings(): Promise<Settings>;
  bankSources(): Promise<BankSource[]>;
  index(): Promise<{ banks: BankSummary[]; items: ItemIndexEntry[] }>;
  banks(): Promise<LoadedBanks>;
  /** The bank cache (SQLite), up to date with the bank files: items, the search index, the words. */
  bankDb(): Promise<Database>;
  store(): Promise<Store>;
  /** Something was committed to the database during this run. */
  saved(): boolean;
  close(): void;
}

const once = <T>(fn: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
};

/** The database file's stat; a path that cannot name a file (a name too long, a symlink loop) is a usage error. */
function dbStat(file: string, fromFlag: boolean) {
  try {
    const st = statSync(file, { throwIfNoEntry: false });
    // A missing folder on the way says ENOENT before a too-long name further on is looked at: check
    // the names now, before any folder of the path is created.
    if (!st && (file.split(sep).some((part) => Buffer.byteLength(part) > 255) || Buffer.byteLength(file) > 4095)) throw Object.assign(new Error('ENAMETOOLONG'), { code: 'ENAMETOOLONG' });
    return st;
  } catch (e) {
    const code = errnoOf(e);
    if (code !== 'ENAMETOOLONG' && code !== 'ELOOP') throw e;
    const shown = file.length > 120 ? `${file.slice(0, 60)}…${file.slice(-40)} (${file.length} characters)` : file;
    throw new PrepError('usage', `the database path ${shown} ${errnoWords(code)}`, {
      hint: fromFlag ? 'Give --db a shorter, plain path, e.g. --db ~/prep/prep.db.' : 'Check PREP_HOME and XDG_DATA_HOME.',
    });
  }
}

export function createContext(env: Env, io: IO, opts: GlobalOptions): Ctx {
  const paths = resolvePaths(env, opts.db);
  const now = makeClock(env);
  const content = env.PREP_CONTENT_DIR || contentDir();
  let opened: Store | undefined;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const config = once(() => readConfig(paths));
  const bankSources = once(async () => {
    const c = await config();
    return findBankFiles(withDefaultBankDir(bankDirList(opts.bankDir, env, c.bank_dirs, paths.config), paths.dataDir), join(content, 'banks'));
  });
  // A spinner while banks are parsed (only on a cold cache, about a second): off without a TTY, under
  // --json or NO_COLOR, and when the terminal reports 0 columns; discardStdin: false so Ctrl-C still works.
  let spinner: { text: string; stop(): void } | undefined;
  const spin = async (src: BankSource) => {
    if (!fancy || !io.stdout.columns || !io.stdout.stream) return;
    if (!spinner) {
      const { default: ora } = await import('ora');
      spinner = ora({ text: 'Reading question banks', stream: io.stdout.stream as NodeJS.WritableStream, discardStdin: false }).start();
    }
    spinner.text = `Reading question banks: ${src.bank}`;
  };
  const withSpinner = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } finally {
      spinner?.stop();
      spinner = undefined;
    }
  };
  const bankDb = once(async () => {
    const sources = await bankSources();
    return withSpinner(() => openBanks(sources, { cacheDir: paths.cacheDir, contentDir: content, shippedDir: contentDir(), progress: spin }));
  });
  const fancy = !opts.json && !!io.stdout.isTTY && !noColor && opts.color && env.TERM !== 'dumb';
  const ctx: Ctx = {
    env,
    io,
    now,
    paths,
    opts,
    contentDir: content,
    fancy,
    interactive: (io.stdinIsTTY ?? !!io.stdin.isTTY) && !!io.stdout.isTTY,
    config,
    settings: once(async () => toSettings(await config(), env)),
    bankSources,
    bankDb,
    index: once(async () => {
      const [sources, db] = await Promise.all([bankSources(), bankDb()]);
      return { banks: readSummaries(db, sources), items: readIndexEntries(db, sources) };
    }),
    banks: once(async () => {
      const [sources, db] = await Promise.all([bankSources(), bankDb()]);
      return { banks: readSummaries(db, sources), items: readItems(db, sources) };
    }),
    store: once(async () => {
      if (dbStat(paths.db, opts.db !== undefined)?.isDirectory()) {
        throw new PrepError('db-refused', `${paths.db} is a folder, not a prep database`, { hint: 'Give --db a file path, e.g. --db ~/prep/prep.db (it is created if missing).' });
      }
      const { Store } = await import('./adapters/store.js');
      opened = await Store.open(paths.db, { now: now() });
      // Every destructive step says where its backup went.
      if (opened.migrated) io.stderr.write(`prep: upgraded ${paths.db} from schema ${opened.migrated.from}; the old file is kept as ${opened.migrated.backup}\n`);
      return opened;
    }),
    saved: () => (opened?.commits ?? 0) > 0,
    close: () => opened?.close(),
  };
  return ctx;
}
