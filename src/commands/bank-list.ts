/** `prep bank list`: banks with counts by type, difficulty and role. */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { sanitize } from '../core/sanitize.js';
import type { LoadedItem } from '../core/types.js';

export interface BankListReport {
  version: 1;
  total: number;
  banks: { id: string; title: string; file: string; items: number; byType: Record<string, number>; byDifficulty: Record<string, number>; byRole: Record<string, number> }[];
}

const countBy = (items: LoadedItem[], key: (i: LoadedItem) => string[]) => {
  const out: Record<string, number> = {};
  for (const i of items) for (const k of key(i)) out[k] = (out[k] ?? 0) + 1;
  return out;
};

export function buildBankList(banks: { id: string; title: string; file: string }[], items: LoadedItem[]): BankListReport {
  return {
    version: 1,
    total: items.length,
    banks: banks.map((b) => {
      const mine = items.filter((i) => i.bank === b.id);
      return {
        id: b.id,
        title: sanitize(b.title),
        file: b.file,
        items: mine.length,
        byType: countBy(mine, (i) => [i.type]),
        byDifficulty: countBy(mine, (i) => [i.difficulty]),
        byRole: countBy(mine, (i) => i.roles),
      };
    }),
  };
}

export async function bankList(ctx: Ctx): Promise<Outcome> {
  const { banks, items } = await ctx.banks();
  const report = buildBankList(banks, items);
  if (ctx.opts.json) return { json: report };
  const { painter } = await import('../format/paint.js');
  const { table } = await import('../format/text.js');
  const paint = await painter(ctx);
  const fmt = (r: Record<string, number>) => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ');
  const rows = [['bank', 'items', 'title', 'difficulty'].map((h) => paint('dim', h)), ...report.banks.map((b) => [paint('bold', b.id), String(b.items), b.title, fmt(b.byDifficulty)])];
  return { text: `${table(rows)}\n${paint('dim', `${report.total} items in ${report.banks.length} banks`)}` };
}
