/** Where prep keeps its files. Env comes in as a parameter; nothing here reads process.env. */
import { homedir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';

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

/**
 * The user bank folders in order (flag, PREP_BANK_DIRS, config), each with where it was set. `~` is
 * expanded; relative paths in config.yaml are relative to the config file's folder, the others to the
 * current directory.
 */
export function bankDirList(flagDirs: readonly string[], env: Env, configDirs: readonly string[], configFile: string): { dir: string; from: string }[] {
  const fromConfig = (d: string) => {
    const p = expandHome(d, env);
    return isAbsolute(p) ? p : resolve(dirname(configFile), p);
  };
  return [
    ...flagDirs.map((d) => ({ dir: expandHome(d, env), from: '--bank-dir' })),
    ...splitDirs(env.PREP_BANK_DIRS).map((d) => ({ dir: expandHome(d, env), from: 'PREP_BANK_DIRS' })),
    ...configDirs.map((d) => ({ dir: fromConfig(d), from: `bank_dirs in ${configFile}` })),
  ];
}
