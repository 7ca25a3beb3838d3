/** Where prep keeps its files. Env comes in as a parameter; nothing here reads process.env. */
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

export interface Paths {
  dataDir: string;
  db: string;
  config: string;
  cacheDir: string;
}

export function resolvePaths(env: Env, dbFlag?: string): Paths {
  const home = env.HOME || homedir();
  let dataDir: string, configDir: string, cacheDir: string;
  if (env.PREP_HOME) {
    dataDir = configDir = resolve(env.PREP_HOME);
    cacheDir = join(dataDir, 'cache');
  } else {
    dataDir = join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'prep');
    configDir = join(env.XDG_CONFIG_HOME || join(home, '.config'), 'prep');
    cacheDir = join(env.XDG_CACHE_HOME || join(home, '.cache'), 'prep');
  }
  return { dataDir, db: dbFlag ? resolve(dbFlag) : join(dataDir, 'prep.db'), config: join(configDir, 'config.yaml'), cacheDir };
}

export const splitDirs = (value: string | undefined): string[] =>
  (value ?? '').split(delimiter).map((s) => s.trim()).filter(Boolean);

/** `~/banks` -> `$HOME/banks` (config files and env vars do not go through a shell). */
export const expandHome = (p: string, env: Env): string => (p === '~' || p.startsWith('~/') ? join(env.HOME || homedir(), p.slice(1)) : p);
