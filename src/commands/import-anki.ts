/**
 * `prep import DECK.txt --format anki --bank NAME [--append] [--dry-run]`: an Anki text export becomes
 * a bank of `type: card` items in your bank folder (the first configured one, else the default
 * `<data>/banks`). The YAML is linted like any bank before it is written; a shipped bank is never
 * touched, and an existing bank of yours only with --append (cards it already has are left alone).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { PrepError } from '../errors.js';
import { parseDeck } from '../core/anki.js';
import { noteToCard, type CardItem } from '../core/anki-cards.js';
import { sanitize } from '../core/sanitize.js';
import { bankDirList } from '../adapters/paths.js';
import { defaultBankDir } from '../adapters/bank-files.js';
import { readUserFile, writeUserFile } from '../adapters/user-files.js';
import { ensureDir } from '../adapters/ensure-dir.js';
import { loadTaxonomy } from '../adapters/content-files.js';
import { bankYaml, lintBankText } from './import-anki-yaml.js';
import type { ImportOptions } from './import-options.js';

const MAX_DECK_BYTES = 64 * 1024 * 1024;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where the bank goes: an existing bank's own file, else the first user folder, else the default folder. */
async function target(ctx: Ctx, bank: string, append: boolean): Promise<{ file: string; exists: boolean }> {
  const sources = await ctx.bankSources();
  const found = sources.find((s) => s.bank === bank);
  const shipped = join(ctx.contentDir, 'banks');
  if (found && dirname(found.file) === shipped) {
    throw new PrepError('usage', `"${bank}" is a shipped bank`, { hint: 'Shipped banks are part of prep and are never written to; choose another --bank name, e.g. --bank my-cards.' });
  }
  if (found && !append) throw new PrepError('usage', `you already have a bank "${bank}" (${found.file})`, { hint: 'Add --append to add the new cards to it, or choose another --bank name.' });
  if (found) return { file: found.file, exists: true };
  const config = await ctx.config();
  const dirs = bankDirList(ctx.opts.bankDir, ctx.env, config.bank_dirs, ctx.paths.config);
  const file = join(dirs[0]?.dir ?? defaultBankDir(ctx.paths.dataDir), `${bank}.yaml`);
  if (existsSync(file)) throw new PrepError('usage', `${file} already exists`, { hint: 'It is not a bank prep loads; move it away or choose another --bank name.' });
  return { file, exists: false };
}

export async function importAnki(ctx: Ctx, deckFile: string, opts: ImportOptions): Promise<Outcome> {
  const bank = opts.bank;
  if (!bank) throw new PrepError('usage', '--format anki needs --bank NAME', { hint: 'For example: prep import deck.txt --format anki --bank my-cards' });
  if (!SLUG.test(bank)) throw new PrepError('usage', `--bank "${sanitize(bank)}" is not a lowercase slug`, { hint: 'Use lowercase letters, digits and dashes, e.g. --bank my-cards.' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readUserFile(deckFile, MAX_DECK_BYTES, 'an Anki text export'));
  } catch (e) {
    if (e instanceof PrepError) throw e;
    throw new PrepError('invalid-input', `${deckFile} is not UTF-8 text`, { hint: 'In Anki, File > Export > Notes in Plain Text writes UTF-8; re-save the file as UTF-8.' });
  }
  const deck = parseDeck(text);
  const out = await target(ctx, bank, !!opts.append);
  const [{ items }, taxonomy] = await Promise.all([ctx.banks(), loadTaxonomy(ctx.contentDir)]);
  const topics = new Set([...taxonomy.topics, ...(taxonomy.extra_topics ?? [])].map((t) => t.id));
  const mine = new Set(items.filter((i) => i.bank === bank).map((i) => `${i.prompt}\0${'answer' in i ? i.answer : ''}`));
  const context = { bank, html: deck.html, taken: new Set(items.map((i) => i.id)), topics };
  const cards: CardItem[] = [];
  const skipped = deck.skipped.map((s) => ({ ...s }));
  let unchanged = 0;
  for (const note of deck.notes) {
    const c = noteToCard(note, context);
    if ('skip' in c) skipped.push({ line: note.line, reason: c.skip });
    else if (mine.has(`${c.prompt}\0${c.answer}`)) unchanged++;
    else (cards.push(c), mine.add(`${c.prompt}\0${c.answer}`));
  }
  const report = { version: 1, file: deckFile, bank, out: out.file, dryRun: !!opts.dryRun, appended: out.exists, added: cards.length, unchanged, skipped };
  if (cards.length) {
    const yaml = await bankYaml(out.exists ? readFileSync(out.file, 'utf8') : undefined, bank, basename(deckFile), cards);
    await lintBankText(ctx, out.file, yaml, items.filter((i) => i.bank !== bank));
    if (!opts.dryRun) {
      ensureDir(dirname(out.file));
      writeUserFile(out.file, (sink) => sink.write(yaml));
    }
  }
  return { json: report, text: ankiText(report) };
}

function ankiText(r: { bank: string; out: string; dryRun: boolean; appended: boolean; added: number; unchanged: number; skipped: { line: number; reason: string }[] }): string {
  const n = (k: number) => `${k} card${k === 1 ? '' : 's'}`;
  const lines = [
    r.added ? `${r.dryRun ? 'Would add' : 'Added'} ${n(r.added)} to ${r.appended ? 'the bank' : 'a new bank'} "${r.bank}" (${r.out}).` : `No new cards for "${r.bank}".`,
    ...(r.unchanged ? [`${n(r.unchanged)} already in the bank.`] : []),
    ...r.skipped.slice(0, 10).map((s) => `Skipped line ${s.line}: ${s.reason}.`),
    ...(r.skipped.length > 10 ? [`… and ${r.skipped.length - 10} more skipped (--json lists them all).`] : []),
  ];
  if (r.added && !r.dryRun) lines.push(`\`prep drill --bank ${r.bank}\` drills them; \`prep bank lint ${r.out}\` checks the file after you edit it.`);
  if (r.dryRun) lines.push('Dry run: nothing was written.');
  return lines.join('\n');
}
