/**
 * SQL tables as aligned text: an item's tables and visible rows (the question side) and a query's first
 * rows (a drill's Ctrl-T). Numbers right-aligned, NULL dimmed, every cell sanitised and capped. Pure.
 */
import { tableColumns } from '../core/sql-check.js';
import type { LoadedItem } from '../core/types.js';
import type { Paint } from './paint.js';
import { block, sanitize, visibleLength, wrap } from './text.js';

type Cell = string | number | boolean | null;
const MAX_CELL = 24;

function cellText(c: Cell): string {
  if (c === null) return 'NULL';
  const s = sanitize(String(c)).replace(/\s+/g, ' ');
  return s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s;
}

/** Columns and rows as `a | b` lines under a header and a rule; at most `maxRows` rows (then a count of the rest). */
export function gridRows(columns: string[], rows: Cell[][], paint: Paint, maxRows = Infinity, indent = '  '): string[] {
  const n = Math.max(columns.length, ...rows.map((r) => r.length));
  const head = Array.from({ length: n }, (_, k) => cellText(columns[k] ?? `col${k + 1}`));
  const shown = rows.slice(0, maxRows);
  const body = shown.map((r) => Array.from({ length: n }, (_, k) => cellText(r[k] ?? null)));
  const widths = head.map((h, k) => Math.max(visibleLength(h), ...body.map((r) => visibleLength(r[k]!))));
  const numeric = head.map((_, k) => shown.every((r) => r[k] === null || typeof r[k] === 'number'));
  const pad = (s: string, k: number) => (numeric[k] ? ' '.repeat(widths[k]! - visibleLength(s)) + s : s + ' '.repeat(widths[k]! - visibleLength(s)));
  const line = (cells: string[], raw?: Cell[]) => indent + cells.map((c, k) => (raw?.[k] === null ? paint('dim', pad(c, k)) : pad(c, k))).join(' │ ').trimEnd();
  const out = [paint('bold', line(head)), indent + widths.map((w) => '─'.repeat(w)).join('─┼─')];
  shown.forEach((r, j) => out.push(line(body[j]!, r)));
  if (rows.length > shown.length) out.push(paint('dim', `${indent}… ${rows.length - shown.length} more row${rows.length - shown.length === 1 ? '' : 's'}`));
  return out;
}

type Sql = Extract<LoadedItem, { type: 'sql' }>;

/** What a candidate sees before answering: the CREATE TABLE statements, each table's visible rows, the notes. */
export function sqlQuestionSide(item: Sql, paint: Paint, width: number): string[] {
  const columns = tableColumns(item.schema);
  const out = [paint('dim', 'Schema (SQLite):'), ...block(item.schema).split('\n')];
  for (const [table, rows] of Object.entries(item.data)) {
    out.push(paint('dim', `${sanitize(table)} (${rows.length} row${rows.length === 1 ? '' : 's'}):`));
    out.push(...gridRows(columns.get(table.toLowerCase()) ?? [], rows, paint));
  }
  if (item.notes) out.push(...wrap(`Note: ${item.notes}`, width).split('\n').map((l) => paint('dim', l)));
  return out;
}

/** The answer side's extra: the reference query (its order, when the order matters). */
export function sqlAnswerSide(item: Sql, paint: Paint): string[] {
  return [paint('bold', `Reference solution${item.order_matters ? ' (the order of the rows counts)' : ''}`), ...block(item.solution).split('\n')];
}
