/**
 * config.yaml values, defaults and the JSON cache of a parsed config (keyed by size and mtime), so hot
 * paths never load yaml or zod. CJS-safe (see tsconfig.cjs.json); parsing lives in config.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../core/types.js';
import { LOCAL_ZONE } from '../core/studyday.js';
import type { Env, Paths } from './paths.js';

export interface ConfigValues {
  desired_retention: number;
  new_per_day: number;
  maximum_interval: number;
  day_cutoff: number;
  time_zone?: string;
  grading: 'four' | 'two';
  leech_threshold: number;
  bank_dirs: string[];
  time_scale: number;
  roles?: Settings['roles'];
  learn_ahead_minutes?: number;
  daily_minutes?: number;
  daily_goal?: number;
  daily_goal_unit?: 'reviews' | 'minutes';
}

export const DEFAULT_CONFIG: ConfigValues = {
  desired_retention: DEFAULT_SETTINGS.desiredRetention,
  new_per_day: DEFAULT_SETTINGS.newPerDay,
  maximum_interval: DEFAULT_SETTINGS.maximumInterval,
  day_cutoff: DEFAULT_SETTINGS.dayCutoffHour,
  grading: DEFAULT_SETTINGS.grading,
  leech_threshold: DEFAULT_SETTINGS.leechThreshold,
  bank_dirs: [],
  time_scale: 1,
  roles: [],
  learn_ahead_minutes: DEFAULT_SETTINGS.learnAheadMinutes,
  daily_minutes: DEFAULT_SETTINGS.dailyMinutes,
  daily_goal: DEFAULT_SETTINGS.dailyGoal.amount,
  daily_goal_unit: DEFAULT_SETTINGS.dailyGoal.unit,
};

export type CachedConfig = { kind: 'default' } | { kind: 'hit'; config: ConfigValues } | { kind: 'miss'; key: string; cacheFile: string };

/** The config without parsing: defaults when there is no file, the cached parse when it is current. */
export function readCachedConfig(paths: Paths): CachedConfig {
  let st;
  try {
    st = statSync(paths.config);
  } catch {
    return { kind: 'default' };
  }
  const cacheFile = join(paths.cacheDir, 'config.json');
  const key = `${paths.config}\0${st.size}\0${st.mtimeMs}`;
  try {
    const c = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; config: ConfigValues };
    if (c.key === key) return { kind: 'hit', config: c.config };
  } catch {
    // no cache yet
  }
  return { kind: 'miss', key, cacheFile };
}

/** Without a configured zone we use the host's (TZ is honoured by Date itself). */
export function systemTimeZone(_env: Env): string {
  return LOCAL_ZONE;
}

export function toSettings(config: ConfigValues, env: Env): Settings {
  return {
    desiredRetention: config.desired_retention,
    newPerDay: config.new_per_day,
    maximumInterval: config.maximum_interval,
    dayCutoffHour: config.day_cutoff,
    timeZone: config.time_zone ?? systemTimeZone(env),
    grading: config.grading,
    leechThreshold: config.leech_threshold,
    timeScale: Number(env.PREP_TIME_SCALE) > 0 ? Number(env.PREP_TIME_SCALE) : config.time_scale,
    fuzz: env.PREP_FUZZ !== '0',
    roles: config.roles ?? [],
    learnAheadMinutes: config.learn_ahead_minutes ?? DEFAULT_SETTINGS.learnAheadMinutes,
    dailyMinutes: config.daily_minutes ?? DEFAULT_SETTINGS.dailyMinutes,
    dailyGoal: { amount: config.daily_goal ?? DEFAULT_SETTINGS.dailyGoal.amount, unit: config.daily_goal_unit ?? DEFAULT_SETTINGS.dailyGoal.unit },
  };
}
