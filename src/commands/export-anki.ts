/** `prep export --format anki`: every item with an answer, as notes Anki imports (File > Import). */
import type { Ctx } from '../context.js';
import { writeDeck } from '../core/anki.js';
import { isAnkiExportable, itemToNote } from '../core/anki-cards.js';

export async function ankiExport(ctx: Ctx): Promise<{ text: string; summary: Record<string, number> }> {
  const { items } = await ctx.banks();
  const notes = items.filter(isAnkiExportable).map(itemToNote);
  return { text: writeDeck(notes), summary: { notes: notes.length } };
}
