/** SQL items on screen: aligned tables, the first rows of a Ctrl-T run under the box, every frame within the terminal. */
import { beforeAll, describe, expect, it } from 'vitest';
import { startDrill, step, type DrillItem, type DrillState } from '../../src/core/drill.js';
import type { LoadedItem } from '../../src/core/types.js';
import { drillScreen, type DrillView } from '../../src/format/drill-screen.js';
import { plain } from '../../src/format/paint.js';
import { gridRows, sqlQuestionSide } from '../../src/format/sql-table.js';
import { visibleLength } from '../../src/format/text.js';
import { preciseWidths } from '../../src/format/width.js';

beforeAll(() => preciseWidths());

const item = {
  id: 'sqlfix-x', type: 'sql', topic: 'sql-joins', roles: ['ds'], difficulty: 'easy', tags: [], bank: 'sqlfix', file: 'x.yaml', line: 1,
  prompt: 'List the customers who placed no order.', answer: 'An anti-join.',
  schema: 'CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);\nCREATE TABLE orders (id INTEGER, customer_id INTEGER, amount REAL);',
  data: { customers: [[1, 'Ann'], [2, 'Bo'], [3, 'Cy\u001b[31m']], orders: [[10, 1, 2.5], [11, null, 10]] },
  hidden_data: { customers: [[99, 'Hidden Person']] }, solution: 'SELECT name FROM customers', order_matters: false,
  notes: 'SQLite has no DATE_TRUNC.',
} as unknown as LoadedItem;

describe('gridRows', () => {
  it('aligns columns: numbers to the right, text to the left, NULL written out', () => {
    expect(gridRows(['id', 'customer_id', 'amount'], [[10, 1, 2.5], [11, null, 10]], plain)).toEqual([
      '  id │ customer_id │ amount',
      '  ───┼─────────────┼───────',
      '  10 │           1 │    2.5',
      '  11 │        NULL │     10',
    ]);
    expect(gridRows(['name'], [['Ann'], ['Bo'], ['Cy']], plain, 2).slice(2)).toEqual(['  Ann', '  Bo', '  … 1 more row']);
  });
});

describe('the question side of a sql item', () => {
  it('shows the schema, each visible table under its columns and the notes; never the hidden rows; strips control codes', () => {
    const text = sqlQuestionSide(item as Extract<LoadedItem, { type: 'sql' }>, plain, 80).join('\n');
    expect(text).toMatch(/Schema \(SQLite\):\n {2}CREATE TABLE customers/);
    expect(text).toMatch(/customers \(3 rows\):\n {2}id │ name\n/);
    expect(text).toMatch(/orders \(2 rows\):\n {2}id │ customer_id │ amount/);
    expect(text).toMatch(/Note: SQLite has no DATE_TRUNC\./);
    expect(text).not.toMatch(/Hidden Person|\u001b/);
  });
});

describe('the drill screen of a sql item', () => {
  const view: DrillView = {
    paint: plain, item: () => item, offer: () => '', revealExtra: () => '', stamp: (iso) => iso,
    previews: () => ({ again: 60_000, hard: 360_000, good: 600_000, easy: 6 * 86_400_000 }),
  };
  const d: DrillItem = { id: 'sqlfix-x', budget: 600, phases: [], keyPoints: [], check: 'query' };
  const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => [i, `name ${i}`]);

  it.each([[80, 24], [100, 30], [50, 15]])('%d×%d: the run\'s first rows show under the box, and the frame fits', (columns, rows) => {
    let s: DrillState = startDrill({ items: [d], at: 0, screen: { columns, rows } });
    s = step(s, { type: 'key', key: { sequence: 'SELECT id, name FROM customers' }, at: 10 });
    s = step(s, { type: 'key', key: { name: 't', ctrl: true, sequence: '\u0014' }, at: 20 });
    expect(drillScreen(s, view).lines.join('\n')).toMatch(/Running your query on the visible rows…/);
    s = step(s, { type: 'checked', attempt: s.attempt.id, outcome: { kind: 'trial', columns: ['id', 'name'], rows: rowsOf(40), truncated: false, error: null } });
    const lines = drillScreen(s, view).lines;
    expect(lines.length).toBeLessThanOrEqual(rows);
    for (const l of lines) expect(visibleLength(l)).toBeLessThan(columns);
    const text = lines.join('\n');
    expect(text).toMatch(/Your query on the visible rows: 40 rows \(first \d+\)/);
    expect(text).toMatch(/ 0 │ name 0/);
    expect(text).toMatch(/List the customers/);
    expect(text).toMatch(/SELECT id, name FROM customers/);
  });
});
