/** Mock rounds kept in the data file: started, saved as each answer is held, finished or interrupted. */
import type { MockKind } from '../core/mock-plan.js';
import type { MockReport } from '../core/mock-report.js';
import type { Store } from './store.js';
import { sql } from './sql.js';

export interface MockRow {
  id: number;
  kind: MockKind;
  startedAt: string;
  minutes: number;
  interview: string | null;
  status: 'running' | 'finished' | 'interrupted';
  coverage: number | null;
  questions: number;
  answered: number;
}

const LIST = `SELECT id, kind, started_at AS startedAt, minutes, interview_id AS interview, status, coverage,
  json_extract(report, '$.summary.questions') AS questions, json_extract(report, '$.summary.answered') AS answered FROM mock_rounds`;

export class MockRounds {
  constructor(private readonly store: Store) {}

  start(report: MockReport, studyDay: string): number {
    return this.store.write(() =>
      Number(sql(this.store.db, `INSERT INTO mock_rounds (kind, started_at, study_day, minutes, interview_id, status, coverage, report) VALUES (?, ?, ?, ?, ?, 'running', NULL, ?)`)
        .run(report.kind, report.startedAt, studyDay, report.minutes, report.interview, JSON.stringify(report)).lastInsertRowid),
    );
  }

  /** Keep the report as it stands; `status` running while the round goes on. */
  save(id: number, report: MockReport, status: MockRow['status']): void {
    this.store.write(() =>
      sql(this.store.db, 'UPDATE mock_rounds SET status = ?, coverage = ?, report = ? WHERE id = ?').run(status, report.summary.coverage, JSON.stringify({ ...report, id }), id),
    );
  }

  list(limit = 50): MockRow[] {
    return sql(this.store.db, `${LIST} ORDER BY started_at DESC, id DESC LIMIT ?`).all(limit) as MockRow[];
  }

  get(id: number): MockReport | undefined {
    const row = sql(this.store.db, 'SELECT report FROM mock_rounds WHERE id = ?').get(id) as { report: string } | undefined;
    return row ? { ...(JSON.parse(row.report) as MockReport), id } : undefined;
  }

  /** Rounds finished (every question asked or the clock out, and the reveals walked) since `since` (ISO), or ever. */
  finished(since?: string, kind?: MockKind): number {
    const q = "SELECT count(*) AS n FROM mock_rounds WHERE status = 'finished' AND started_at >= ? AND (? IS NULL OR kind = ?)";
    return (sql(this.store.db, q).get(since ?? '', kind ?? null, kind ?? null) as { n: number }).n;
  }
}
