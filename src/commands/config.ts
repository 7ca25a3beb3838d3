/**
 * `prep config get|set|unset|list|edit|path`: config.yaml, validated against the same schema the
 * program reads it with. Writes keep the file's comments and order (the yaml Document API) and replace
 * the file atomically; nothing invalid is ever written.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { accepts, configKey, readValue, type KeySchema } from '../core/config-keys.js';
import { isValidTimeZone } from '../core/studyday.js';
import { sanitize } from '../core/sanitize.js';
import { ensureDir } from '../adapters/ensure-dir.js';
import { readUtf8 } from '../adapters/read-text.js';

type Problem = { key: string; message: string } | null;

async function schemas(): Promise<{ keys: string[]; of: (k: string) => KeySchema; validate: (v: unknown) => Problem }> {
  const [{ z }, { ConfigSchema }] = await Promise.all([import('zod'), import('../core/schema.js')]);
  const json = z.toJSONSchema(ConfigSchema, { io: 'input' }) as { properties: Record<string, KeySchema> };
  const keys = Object.keys(ConfigSchema.shape);
  const validate = (v: unknown): Problem => {
    const r = ConfigSchema.safeParse(v);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const key = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
      // Our words, not the validator's: the caller says what the key takes.
      return { key, message: issue.code === 'unrecognized_keys' ? `"${key}" is not a config setting` : '' };
    }
    if (r.data.time_zone !== undefined && !isValidTimeZone(r.data.time_zone)) return { key: 'time_zone', message: `"${r.data.time_zone}" is not an IANA time zone (e.g. Europe/London)` };
    return null;
  };
  return { keys, of: (k) => json.properties[k] ?? {}, validate };
}

async function keyOf(given: string) {
  const s = await schemas();
  const key = configKey(given, s.keys);
  if (!key) throw new PrepError('usage', `"${given}" is not a config setting`, { hint: `The settings are ${s.keys.join(', ')} (kebab-case works too: daily-minutes).` });
  return { key, ...s };
}

async function document(ctx: Ctx) {
  const { parseDocument } = await import('yaml');
  const file = ctx.paths.config;
  const read = existsSync(file) ? readUtf8(file) : { text: '' };
  if ('finding' in read) throw new PrepError('config-invalid', `cannot read ${file}: ${read.finding.message}`, { ...(read.finding.hint ? { hint: read.finding.hint } : {}) });
  const doc = parseDocument(read.text, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length) throw new PrepError('config-invalid', `config file ${file} is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, { hint: 'Fix it with `prep config edit`, or move it away to start from the defaults.' });
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  return { file, doc };
}

function writeAtomic(file: string, text: string): void {
  ensureDir(dirname(file));
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** A valid value for the hint. */
function example(s: KeySchema): string {
  if (s.enum) return String(s.enum[0]);
  if (s.type === 'array') return s.items?.enum ? s.items.enum.slice(0, 2).join(',') : '~/my-banks';
  if (s.type === 'integer' || s.type === 'number') return String((s as { default?: number }).default ?? s.minimum ?? 1);
  return 'Europe/London';
}

const show = (v: unknown) => (v === undefined ? '(not set)' : Array.isArray(v) ? (v.length ? v.join(', ') : '[]') : String(v));

export async function configPath(ctx: Ctx): Promise<Outcome> {
  return { json: { version: 1, path: ctx.paths.config, exists: existsSync(ctx.paths.config) }, text: ctx.paths.config };
}

export async function configList(ctx: Ctx): Promise<Outcome> {
  const [{ keys }, values, { doc }] = await Promise.all([schemas(), ctx.config(), document(ctx)]);
  const rows = keys.map((k) => ({ key: k, value: (values as unknown as Record<string, unknown>)[k] ?? null, source: doc.has(k) ? 'file' : 'default' }));
  const { table } = await import('../format/text.js');
  return {
    json: { version: 1, path: ctx.paths.config, settings: rows },
    text: table([['setting', 'value', 'from'], ...rows.map((r) => [r.key, sanitize(show(r.value ?? (r.key === 'time_zone' ? 'system' : undefined))), r.source])]),
  };
}

export async function configGet(ctx: Ctx, given: string): Promise<Outcome> {
  const { key } = await keyOf(given);
  const [values, { doc }] = await Promise.all([ctx.config(), document(ctx)]);
  const value = (values as unknown as Record<string, unknown>)[key];
  return { json: { version: 1, key, value: value ?? null, source: doc.has(key) ? 'file' : 'default' }, text: sanitize(show(value ?? (key === 'time_zone' ? 'system' : undefined))) };
}

export async function configSet(ctx: Ctx, given: string, words: string[]): Promise<Outcome> {
  const { key, of, validate } = await keyOf(given);
  const value = readValue(words, of(key));
  const { file, doc } = await document(ctx);
  doc.set(key, value);
  const problem = validate(doc.toJS());
  if (problem?.key === key) {
    throw new PrepError('usage', `${key} cannot be ${JSON.stringify(value)}${problem.message ? `: ${problem.message}` : `; it takes ${accepts(of(key))}`}`, { hint: `For example: prep config set ${key} ${example(of(key))}. ${file} was not changed.` });
  }
  if (problem) throw new PrepError('config-invalid', `${file} has another problem, in ${problem.key}${problem.message ? `: ${problem.message}` : `, which takes ${accepts(of(problem.key))}`}`, { hint: 'Fix it first with `prep config edit` (or `prep config unset KEY`); nothing was changed.' });
  writeAtomic(file, String(doc));
  return { json: { version: 1, key, value, path: file }, text: `${key}: ${sanitize(show(value))} (in ${file})` };
}

export async function configUnset(ctx: Ctx, given: string): Promise<Outcome> {
  const { key } = await keyOf(given);
  const { file, doc } = await document(ctx);
  const had = doc.has(key);
  if (had) {
    doc.delete(key);
    writeAtomic(file, String(doc));
  }
  return { json: { version: 1, key, removed: had, path: file }, text: had ? `${key} is back to its default.` : `${key} was not set in ${file}; it has its default.` };
}

export async function configEdit(ctx: Ctx): Promise<Outcome> {
  const editor = ctx.env.VISUAL || ctx.env.EDITOR || (ctx.interactive ? 'vi' : '');
  if (!editor) throw new PrepError('no-tty', 'prep config edit needs $VISUAL or $EDITOR, or an interactive terminal', { hint: 'Set EDITOR (e.g. EDITOR=nano prep config edit), or use `prep config set KEY VALUE`.' });
  const { join } = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const { parseConfig } = await import('../adapters/config.js');
  const file = ctx.paths.config;
  const dir = join(ctx.paths.cacheDir, 'edit');
  ensureDir(dir);
  const draft = join(dir, 'config.yaml');
  const text = (f: string) => {
    const r = readUtf8(f);
    if ('finding' in r) throw new PrepError('config-invalid', `cannot read ${f}: ${r.finding.message}`, { ...(r.finding.hint ? { hint: r.finding.hint } : {}) });
    return r.text;
  };
  const before = existsSync(file) ? text(file) : '# prep settings: see `prep config list` for every key and its value.\n';
  writeFileSync(draft, before);
  const r = spawnSync(`${editor} "${draft}"`, { shell: true, stdio: 'inherit' });
  if (r.status !== 0) throw new PrepError('usage', `the editor (${editor}) exited with ${r.status ?? r.signal}; ${file} was not changed`, { hint: 'Set VISUAL or EDITOR to your editor, e.g. EDITOR=nano.' });
  const after = text(draft);
  if (after === before) return { json: { version: 1, path: file, changed: false }, text: `No changes to ${file}.` };
  try {
    await parseConfig(draft);
  } catch (e) {
    if (!(e instanceof PrepError)) throw e;
    throw new PrepError('config-invalid', `the edited config is invalid; ${file} was not changed`, { details: e.details.length ? e.details : [e.message], hint: `Your edit is kept in ${draft}: fix it there and copy it over, or run \`prep config edit\` again.` });
  }
  writeAtomic(file, after);
  return { json: { version: 1, path: file, changed: true }, text: `Saved ${file}.` };
}
