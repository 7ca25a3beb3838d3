/** The SQL runs of `bank lint --strict`: every sql item's solution on both data sets, and each wrong query in `checks`. */
import type { LintBank } from '../core/lint/references.js';
import { sqlItems, sqlRunIssues } from '../core/lint/sql.js';
import { append, type LintIssue } from '../core/lint/types.js';
import type { SqlReport } from '../core/sql-check.js';

export async function sqlLintRuns(banks: readonly LintBank[]): Promise<LintIssue[]> {
  const items = sqlItems(banks);
  if (!items.length) return [];
  const [{ SqlRunner }, { checkQuery }] = await Promise.all([import('../adapters/sql-runner.js'), import('./sql-answer.js')]);
  const runner = new SqlRunner();
  const out: LintIssue[] = [];
  try {
    for (const { file, at, item } of items) {
      const visible = await runner.run({ schema: item.schema, data: item.data, query: item.solution });
      const hidden = await runner.run({ schema: item.schema, data: item.hidden_data, query: item.solution });
      const checks: SqlReport[] = [];
      if (visible.kind === 'rows' && hidden.kind === 'rows') for (const c of item.checks ?? []) checks.push(await checkQuery(item, c.query, runner));
      append(out, sqlRunIssues(file, at, item, { visible, hidden, checks }));
    }
  } finally {
    runner.close();
  }
  return out;
}
