/**
 * config.yaml: validated with the shared schema. The parsed result is cached as JSON (keyed by size and
 * mtime) so hot commands do not load yaml or zod.
 */
import { writeFileAtomic } from './bank-cache.js';
import { PrepError } from '../errors.js';
import { isValidTimeZone } from '../core/studyday.js';
import type { Paths } from './paths.js';
import { DEFAULT_CONFIG, readCachedConfig, type ConfigValues } from './config-cache.js';
export { DEFAULT_CONFIG, toSettings, systemTimeZone, type ConfigValues } from './config-cache.js';

/** Parse and validate a config file (positions in every finding); throws a config-invalid PrepError. */
export async function parseConfig(file: string): Promise<ConfigValues> {
  const [{ parseYamlFile, formatFinding }, { schemaFindings }, { ConfigSchema }] = await Promise.all([
    import('./yaml-doc.js'),
    import('./validate.js'),
    import('../core/schema.js'),
  ]);
  const parsed = parseYamlFile(file);
  if (parsed.unreadable) {
    throw new PrepError('config-invalid', `config file ${file} ${parsed.unreadable}`, {
      hint: 'Make it a YAML file you can read (`ls -l` it), or move it away to use the defaults (see README: Configuration).',
    });
  }
  const empty = parsed.findings.length === 0 && (parsed.value === null || parsed.value === undefined);
  // When the YAML itself failed there is no value to check: schema errors would only add noise.
  const { data, findings } = empty ? { data: ConfigSchema.parse({}), findings: [] } : parsed.findings.length ? { data: undefined, findings: [] } : schemaFindings(parsed, ConfigSchema, { unknownKey: (k) => `"${k}" is not a config setting; the settings are ${Object.keys(ConfigSchema.shape).join(', ')}.` });
  const all = [...parsed.findings, ...findings];
  if (all.length || !data) {
    throw new PrepError('config-invalid', `config file ${file} is invalid`, {
      details: all.map(formatFinding),
      hint: 'Fix each problem listed with its file:line:col, or move the file away to use the defaults (see README: Configuration).',
    });
  }
  if (data.time_zone !== undefined && !isValidTimeZone(data.time_zone)) {
    throw new PrepError('config-invalid', `${file}: time_zone "${data.time_zone}" is not an IANA time zone`, { hint: 'Use a name such as Europe/London or America/Los_Angeles.' });
  }
  return data;
}

export async function readConfig(paths: Paths): Promise<ConfigValues> {
  const cached = readCachedConfig(paths);
  if (cached.kind === 'default') return DEFAULT_CONFIG;
  if (cached.kind === 'hit') return cached.config;
  const config = await parseConfig(paths.config);
  writeFileAtomic(cached.cacheFile, JSON.stringify({ key: cached.key, config }));
  return config;
}
