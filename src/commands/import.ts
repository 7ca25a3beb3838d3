/**
 * `prep import FILE [--dry-run]`: a JSON export merged into this home (see core/merge.ts), after a
 * timestamped backup when there was data here; `--format anki` reads an Anki deck (import-anki.ts).
 * Everything is checked before anything is written: a newer export, a broken one or a bad path exit 2.
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { EXPORT_VERSION, ExportDocSchema, TABLE_KEYS, exportVersionOf, type ExportDoc } from '../core/export-doc.js';
import { changesAnything, planMerge, type MergePlan, type Snapshot } from '../core/merge.js';
import { readUserFile } from '../adapters/user-files.js';
import { ensureDir } from '../adapters/ensure-dir.js';
import { configText } from './export.js';
import { formatImport, uniqueKeyProblems } from './import-report.js';
import type { ImportOptions } from './import-options.js';

/** An export is one JSON document; this much covers years of daily reviews with typed answers. */
const MAX_EXPORT_BYTES = 512 * 1024 * 1024;

export async function importData(ctx: Ctx, file: string, opts: ImportOptions): Promise<Outcome> {
  const format = opts.format ?? 'json';
  if (format === 'anki') return (await import('./import-anki.js')).importAnki(ctx, file, opts);
  if (format !== 'json') throw new PrepError('usage', `--format is json or anki; got "${format}"`, { hint: 'json reads a `prep export`; anki reads notes exported from Anki as text (with --bank NAME).' });
  if (opts.bank !== undefined || opts.append) throw new PrepError('usage', '--bank and --append go with --format anki', { hint: 'A JSON export already says where everything goes.' });
  const doc = readExport(file);
  const store = !existsSync(ctx.paths.db) && opts.dryRun ? undefined : await ctx.store();
  const { readSnapshot, applyMerge } = await import('../adapters/import-apply.js');
  const here: Snapshot = store ? readSnapshot(store) : { cards: [], reviews: [], stories: [], storyTellings: [], storyDraft: [], interviews: [], checklistChecks: [], interviewQuestions: [], answerDrafts: [], mockRounds: [] };
  const plan = planMerge(here, doc);
  const config = configAction(configText(ctx), doc.config, await configProblems(ctx, doc.config));
  let backup: string | null = null;
  if (!opts.dryRun && store && changesAnything(plan)) {
    if (!plan.fresh) backup = await (await import('../adapters/backup.js')).backupDatabase(store.db, store.file, 'import', ctx.now());
    const settings = await ctx.settings();
    const { progressAllowed, progressBar } = await import('../adapters/progress.js');
    const bar = progressBar(ctx.io.stderr, 'Importing', TABLE_KEYS.reduce((a, k) => a + plan.insert[k].length, 0), progressAllowed(ctx));
    try {
      applyMerge(store, plan, settings, (n) => bar.tick(n));
    } finally {
      bar.done();
    }
  }
  if (!opts.dryRun && config === 'written') writeConfig(ctx, doc.config!);
  const report = { version: 1, file, dryRun: !!opts.dryRun, backup, tables: plan.counts, recomputed: plan.replay.length, config, kept: plan.kept };
  return { json: report, text: formatImport(report) };
}

/** Read, parse and validate an export; refuse a newer one first, with its version named. */
export function readExport(file: string): ExportDoc {
  const bytes = readUserFile(file, MAX_EXPORT_BYTES, 'a `prep export` JSON file');
  let value: unknown;
  try {
    if (!isUtf8(bytes)) throw new Error('not UTF-8 text');
    value = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new PrepError('invalid-input', `${file} is not a prep export: ${e instanceof SyntaxError ? `not valid JSON (${e.message})` : 'not UTF-8 text'}`, { hint: 'Give a file written by `prep export` (for an Anki deck add --format anki --bank NAME).' });
  }
  const v = exportVersionOf(value);
  if ('problem' in v) throw new PrepError('invalid-input', `${file}: ${v.problem}`, { hint: 'Give a file written by `prep export`.' });
  if (v.version > EXPORT_VERSION) {
    throw new PrepError('invalid-input', `${file} was written by a newer prep (export version ${v.version}; this prep reads version ${EXPORT_VERSION})`, {
      hint: 'Update this prep (in a git checkout: git pull && npm ci) and import again. Nothing was written.',
    });
  }
  const parsed = ExportDocSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    throw new PrepError('invalid-input', `${file} is not a valid prep export (${issues.length} problem${issues.length === 1 ? '' : 's'})`, {
      details: issues.slice(0, 10).map((i) => `${i.path.map(String).join('.') || 'document'}: ${i.message}`).concat(issues.length > 10 ? [`… and ${issues.length - 10} more`] : []),
      hint: 'The file was changed or cut short since it was exported; nothing was written.',
    });
  }
  const dupes = uniqueKeyProblems(parsed.data);
  if (dupes.length) throw new PrepError('invalid-input', `${file} lists some rows twice`, { details: dupes.slice(0, 10), hint: 'Each id may appear once per table; nothing was written.' });
  return parsed.data;
}

/** config.yaml travels with the export, but never replaces one that is here, and is written only when valid. */
function configAction(mine: string | null, theirs: string | null, invalid: boolean): 'none' | 'unchanged' | 'written' | 'kept' | 'invalid' {
  if (theirs === null) return 'none';
  if (invalid && mine === null) return 'invalid';
  if (mine === null) return 'written';
  return mine === theirs ? 'unchanged' : 'kept';
}

/** Whether the exported config.yaml would be refused by the next command (checked like config.yaml itself). */
async function configProblems(ctx: Ctx, text: string | null): Promise<boolean> {
  if (text === null) return false;
  const [{ parseYaml }, { schemaFindings }, { ConfigSchema }] = await Promise.all([import('../adapters/yaml-doc.js'), import('../adapters/validate.js'), import('../core/schema.js')]);
  const parsed = parseYaml(ctx.paths.config, text);
  if (parsed.findings.length) return true;
  return parsed.value != null && schemaFindings(parsed, ConfigSchema).findings.length > 0;
}

function writeConfig(ctx: Ctx, text: string): void {
  try {
    ensureDir(dirname(ctx.paths.config));
    writeFileSync(ctx.paths.config, text, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

export type { MergePlan };
