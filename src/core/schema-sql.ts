/** The fields of a `type: sql` item (FORMATS.md, the sql row). Pure: zod only. */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "ml-bias-variance"');
const text = z.string().trim().min(1, 'must not be empty');

/** A cell of a table's row: YAML scalars; null is SQL NULL, dates and times are ISO text. */
const SqlValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const SqlRows = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'table names are SQL identifiers'), z.array(z.array(SqlValue)))
  .describe('Table name -> rows, each a list of values in the CREATE TABLE column order.');
export const SqlCheckSchema = z.strictObject({
  why: text.describe('Why the query is wrong: the edge case the hidden data holds.'),
  query: text.describe('A plausible wrong query: it must pass the visible data and fail the hidden data.'),
});
export const SQL_FIELDS = {
  type: z.literal('sql'),
  topic: slug,
  answer: text.describe('The approach in words.'),
  schema: text.describe('CREATE TABLE statements (SQLite dialect).'),
  data: SqlRows.describe('The visible rows, shown on screen: table -> rows in column order.'),
  hidden_data: SqlRows.describe('A second data set with the edge cases; never shown.'),
  solution: text.describe('The reference query.'),
  order_matters: z.boolean().default(false).describe('True only when the prompt asks for an order.'),
  float_tolerance: z.number().min(0).max(1).optional().describe('Relative-or-absolute tolerance for numbers (default 1e-9).'),
  notes: text.optional().describe('SQLite equivalents (DATE_TRUNC, DATEDIFF and so on).'),
  checks: z.array(SqlCheckSchema).optional().describe('Wrong queries run by `prep bank lint --strict`: each passes the visible data and fails the hidden data.'),
};

export type SqlCheck = z.output<typeof SqlCheckSchema>;
