/** What `prep import` says, and the key checks on an export before it is merged. */
import { sanitize } from '../core/sanitize.js';
import { TABLE_KEYS, type ExportDoc, type TableKey } from '../core/export-doc.js';
import type { Counts } from '../core/merge.js';

export interface ImportReport {
  version: number;
  file: string;
  dryRun: boolean;
  backup: string | null;
  tables: Record<TableKey, Counts>;
  recomputed: number;
  config: 'none' | 'unchanged' | 'written' | 'kept' | 'invalid';
  kept: string[];
}

const NAMES: Record<TableKey, string> = {
  cards: 'cards', reviews: 'reviews', stories: 'stories', storyTellings: 'story tellings', storyDraft: 'story draft',
  interviews: 'interviews', checklistChecks: 'checklist ticks', interviewQuestions: 'picked questions', answerDrafts: 'drill answer drafts', mockRounds: 'mock rounds',
};

export function formatImport(r: ImportReport): string {
  const would = r.dryRun ? 'would be ' : '';
  const lines: string[] = [];
  for (const k of TABLE_KEYS) {
    const c = r.tables[k];
    if (!c.added && !c.updated && !c.unchanged) continue;
    const parts = [c.added ? `${c.added} ${would}added` : '', c.updated ? `${c.updated} ${would}${k === 'cards' ? 'recomputed from their merged reviews' : 'updated (newer in the file)'}` : '', c.unchanged ? `${c.unchanged} already here` : ''].filter(Boolean);
    lines.push(`${NAMES[k]}: ${parts.join(', ')}`);
  }
  if (!lines.length) lines.push('The file holds no data.');
  const changed = TABLE_KEYS.some((k) => r.tables[k].added || r.tables[k].updated);
  if (r.config === 'written') lines.push(`config.yaml: ${r.dryRun ? 'would be written' : 'written'} (there was none here)`);
  if (r.config === 'kept') lines.push('config.yaml: yours differs from the file\'s and was kept');
  if (r.config === 'invalid') lines.push('config.yaml: the file\'s is not a valid config and was not written');
  lines.push(...r.kept.map((k) => sanitize(k)));
  if (r.backup) lines.push(`Backed up the database first: ${r.backup}`);
  lines.push(r.dryRun ? 'Dry run: nothing was written.' : changed ? 'Imported.' : 'Nothing to change: everything in the file is already here.');
  return lines.join('\n');
}

/** Rows whose primary key repeats within the file (they would collide on insert). */
export function uniqueKeyProblems(doc: ExportDoc): string[] {
  const keys: [TableKey, (r: never) => string][] = [
    ['cards', (r: { id: string }) => r.id], ['reviews', (r: { id: number }) => String(r.id)], ['stories', (r: { id: string }) => r.id],
    ['storyTellings', (r: { id: number }) => String(r.id)], ['interviews', (r: { id: string }) => r.id],
    ['checklistChecks', (r: { interviewId: string; itemId: string }) => `${r.interviewId}/${r.itemId}`],
    ['interviewQuestions', (r: { interviewId: string; itemId: string }) => `${r.interviewId}/${r.itemId}`],
    ['answerDrafts', (r: { itemId: string }) => r.itemId],
    ['mockRounds', (r: { id: number }) => String(r.id)],
  ];
  const out: string[] = [];
  for (const [table, key] of keys) {
    const seen = new Set<string>();
    for (const row of doc[table] as never[]) {
      const k = key(row);
      if (seen.has(k)) out.push(`${table}: "${sanitize(k)}" appears more than once`);
      seen.add(k);
    }
  }
  return out;
}
