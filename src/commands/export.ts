/** `prep export [--out FILE] [--format json|anki|md] [--force]`: the user's data, out of prep. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { TABLE_KEYS, type TableKey } from '../core/export-doc.js';
import { Buffered, rowCounts, writeExport, type ExportMeta, type Sink } from '../adapters/export-json.js';
import { checkOut, writeUserFile } from '../adapters/user-files.js';
import { progressAllowed, progressBar } from '../adapters/progress.js';
import { SCHEMA_VERSION } from '../adapters/migrations.js';
import { version } from '../version.js';

export const EXPORT_FORMATS = ['json', 'anki', 'md'] as const;
type Format = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  out?: string;
  format?: string;
  force?: boolean;
}

/** config.yaml as written (comments included), or null when there is none. */
export function configText(ctx: Ctx): string | null {
  try {
    return readFileSync(ctx.paths.config, 'utf8');
  } catch {
    return null;
  }
}

export async function exportMeta(ctx: Ctx): Promise<ExportMeta> {
  return { exportedAt: ctx.now().toISOString(), prep: version(), schema: SCHEMA_VERSION, config: configText(ctx) };
}

/** Send text to --out (atomically) or stdout, in chunks. */
function emit<T>(ctx: Ctx, out: string | undefined, write: (sink: Sink) => T): T {
  if (out) return writeUserFile(out, write);
  const sink = new Buffered((chunk) => {
    ctx.io.stdout.write(chunk.toString('utf8'));
  });
  const result = write(sink);
  sink.flush();
  return result;
}

export async function exportData(ctx: Ctx, opts: ExportOptions): Promise<Outcome> {
  const format = (opts.format ?? 'json') as Format;
  if (!EXPORT_FORMATS.includes(format)) throw new PrepError('usage', `--format is json, anki or md; got "${opts.format}"`, { hint: 'json: a complete backup; anki: a deck Anki imports; md: your stories and picked questions.' });
  const out = opts.out === undefined ? undefined : resolve(opts.out);
  if (opts.out !== undefined && !opts.out.trim()) throw new PrepError('usage', '--out was given an empty path', { hint: 'Give a file name, or leave --out out to print to stdout.' });
  if (out) checkOut(out, !!opts.force);
  if (format === 'json') return exportJson(ctx, out);
  const { text, summary } = format === 'anki' ? await (await import('./export-anki.js')).ankiExport(ctx) : await (await import('./export-md.js')).markdownExport(ctx);
  emit(ctx, out, (sink) => sink.write(text));
  if (!out) return {};
  return { json: { version: 1, format, out, ...summary }, text: `Wrote ${out} (${Object.entries(summary).map(([k, v]) => `${v} ${k}`).join(', ')}).` };
}

async function exportJson(ctx: Ctx, out: string | undefined): Promise<Outcome> {
  const store = await ctx.store();
  const meta = await exportMeta(ctx);
  const expected = rowCounts(store.db);
  const total = Object.values(expected).reduce((a, b) => a + b, 0);
  const bar = progressBar(ctx.io.stderr, 'Exporting', total, progressAllowed(ctx));
  let counts: Record<TableKey, number>;
  try {
    counts = emit(ctx, out, (sink) => writeExport(store.db, sink, meta, (n) => bar.tick(n)));
  } finally {
    bar.done();
  }
  if (!out) return {};
  const report = { version: 1, format: 'json', out, exportedAt: meta.exportedAt, counts };
  const said = TABLE_KEYS.filter((k) => counts[k]).map((k) => `${counts[k]} ${WORDS[k][counts[k] === 1 ? 0 : 1]}`);
  return { json: report, text: `Exported ${said.length ? said.join(', ') : 'an empty database'} to ${out}.\n\`prep import ${out}\` reads it back (into this or another home).` };
}

const WORDS: Record<TableKey, [string, string]> = {
  cards: ['card', 'cards'], reviews: ['review', 'reviews'], stories: ['story', 'stories'], storyTellings: ['story telling', 'story tellings'],
  storyDraft: ['story draft', 'story drafts'], interviews: ['interview', 'interviews'], checklistChecks: ['checklist tick', 'checklist ticks'],
  interviewQuestions: ['picked question', 'picked questions'], answerDrafts: ['drill answer draft', 'drill answer drafts'], mockRounds: ['mock round', 'mock rounds'],
};
