/**
 * config.yaml: validated with the shared schema. The parsed result is cached as JSON (keyed by size and
 * mtime) so hot commands do not load yaml or zod.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PrepError } from '../errors.js';
import { DEFAULT_SETTINGS, type Settings } from '../core/types.js';
import { isValidTimeZone, LOCAL_ZONE } from '../core/studyday.js';
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
};

async function parseConfig(file: string): Promise<ConfigValues> {
  const [{ parseYaml, formatFinding }, { schemaFindings }, { ConfigSchema }] = await Promise.all([
    import('./yaml-doc.js'),
    import('./validate.js'),
    import('../core/schema.js'),
  ]);
  const parsed = parseYaml(file, readFileSync(file, 'utf8'));
  const empty = parsed.findings.length === 0 && (parsed.value === null || parsed.value === undefined);
  const { data, findings } = empty ? { data: ConfigSchema.parse({}), findings: [] } : schemaFindings(parsed, ConfigSchema);
  const all = [...parsed.findings, ...findings];
  if (all.length || !data) {
    throw new PrepError('config-invalid', `config file ${file} is invalid`, {
      details: all.map(formatFinding),
      hint: 'Fix the lines above, or move the file away to use the defaults (see README: Configuration).',
    });
  }
  if (data.time_zone && !isValidTimeZone(data.time_zone)) {
    throw new PrepError('config-invalid', `${file}: time_zone "${data.time_zone}" is not an IANA time zone`, { hint: 'Use a name such as Europe/London or America/Los_Angeles.' });
  }
  return data;
}

export async function readConfig(paths: Paths): Promise<ConfigValues> {
  let st;
  try {
    st = statSync(paths.config);
  } catch {
    return DEFAULT_CONFIG;
  }
  const cacheFile = join(paths.cacheDir, 'config.json');
  const key = `${paths.config}\0${st.size}\0${st.mtimeMs}`;
  try {
    const c = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; config: ConfigValues };
    if (c.key === key) return c.config;
  } catch {
    // no cache yet
  }
  const config = await parseConfig(paths.config);
  try {
    mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
    writeFileSync(`${cacheFile}.tmp`, JSON.stringify({ key, config }));
    renameSync(`${cacheFile}.tmp`, cacheFile);
  } catch {
    // cache is optional
  }
  return config;
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
  };
}
