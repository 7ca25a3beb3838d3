/**
 * A mock round, wired: the drill's session with a round (held answers, a round clock, breaks), its
 * report saved as each answer is held (so Ctrl-C, a crash or a full disk keeps what was said), grades
 * committed to the schedule with source `mock` (follow-ups: to the report only).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import type { Store } from '../adapters/store.js';
import { ExitCode } from '../errors.js';
import type { DrillState } from '../core/drill.js';
import type { MockKind, MockPlan } from '../core/mock-plan.js';
import { mockReport, type MockReport, type ReportMeta } from '../core/mock-report.js';
import { studyDay } from '../core/studyday.js';
import type { LoadedItem, Role, Settings } from '../core/types.js';
import { toJson } from '../core/sanitize.js';

export interface MockRun {
  kind: MockKind;
  plan: Extract<MockPlan, { ok: true }>;
  seed: number;
  minutes: number | undefined;
  interview: string | null;
  roles: Role[];
  store: Store;
  settings: Settings;
}

/** Where the report goes: the data file, or (when it cannot be written) a file in the temp folder, said at the end. */
export class ReportSink {
  fallback: string | null = null;
  failure: string | null = null;
  constructor(private readonly rounds: Pick<import('../adapters/mock-rounds.js').MockRounds, 'save'>, readonly id: number, private readonly dir = tmpdir()) {}

  save(report: MockReport, status: 'running' | 'finished' | 'interrupted'): void {
    if (this.fallback === null) {
      try {
        return this.rounds.save(this.id, report, status);
      } catch (e) {
        this.failure = (e as Error).message;
        this.fallback = join(this.dir, `prep-mock-${this.id}-${report.startedAt.replace(/[:.]/g, '-')}.json`);
      }
    }
    try {
      writeFileSync(this.fallback, `${toJson({ ...report, id: this.id }, 2)}\n`);
    } catch {
      this.fallback = 'standard error';
      process.stderr.write(`${toJson({ ...report, id: this.id })}\n`);
    }
  }
}

export async function runMock(ctx: Ctx, run: MockRun): Promise<Outcome> {
  const { plan, settings, store } = run;
  const { readItemsById } = await import('../adapters/bank-db.js');
  const ids = plan.rounds.flatMap((r) => r.questions.map((q) => q.id));
  const full = readItemsById(await ctx.bankDb(), ids) as Map<string, LoadedItem>;
  const items = ids.map((id) => full.get(id)!).filter(Boolean);
  const now = ctx.now();
  const minutes = plan.rounds.reduce((a, r) => a + r.minutes, 0);
  const meta: ReportMeta = { kind: run.kind, startedAt: now.toISOString(), minutes, seed: run.seed, interview: run.interview, roles: run.roles, rounds: plan.rounds };
  const { MockRounds } = await import('../adapters/mock-rounds.js');
  const rounds = new MockRounds(store);
  const empty: MockReport = { version: 1, id: null, kind: run.kind, startedAt: meta.startedAt, minutes, seed: run.seed, interview: run.interview, roles: run.roles, status: 'interrupted', ended: null, questions: [], summary: { questions: 0, answered: 0, followUps: 0, followUpsAnswered: 0, coverage: null, timedOut: 0, seconds: 0, graded: 0 } };
  const sink = new ReportSink(rounds, rounds.start(empty, studyDay(now, settings.timeZone, settings.dayCutoffHour)));
  const [{ buildMock }, { Repo }, { loadDrillContent }] = await Promise.all([import('./mock-items.js'), import('../adapters/repo.js'), import('./drill-items.js')]);
  const build = buildMock(run.kind, plan.rounds, full, await loadDrillContent(ctx, items), new Repo(store).stories(), settings.timeScale);
  let last: MockReport | null = null;
  const { runSession } = await import('./drill-session.js');
  const { reportText } = await import('../format/mock-view.js');
  const paint = await (await import('../format/paint.js')).painter(ctx);
  const result = await runSession(ctx, {
    items, settings, store, time: { kind: 'auto' }, source: 'mock',
    round: {
      seconds: build.seconds,
      label: run.kind === 'loop' ? 'Loop' : 'Round',
      items: () => build.items,
      extra: build.extra,
      unscheduled: (id) => id.includes('#'),
      save: (s: DrillState, final: boolean) => {
        last = mockReport(s, meta, sink.id);
        sink.save(last, final ? last.status : 'running');
        return final ? closing(last, sink, paint, reportText) : '';
      },
    },
  });
  const skipped = plan.skipped.length ? `\n${plan.skipped.map((s) => `No ${s.kind} round: ${s.reason}.`).join('\n')}` : '';
  const lost = sink.fallback !== null;
  return {
    text: `${result.summary}${skipped}`, json: last ?? empty,
    exitCode: lost ? ExitCode.cantWrite : result.interrupted ? ExitCode.interrupted : ExitCode.ok,
  };
}

function closing(r: MockReport, sink: ReportSink, paint: import('../format/paint.js').Paint, reportText: (r: MockReport, p: import('../format/paint.js').Paint) => string): string {
  const where = sink.fallback !== null
    ? `\nThe data file could not be written (${sink.failure}): the answers held before that are in round ${sink.id} (\`prep mock show ${sink.id}\`), the rest in ${sink.fallback}.`
    : `\nSaved as round ${sink.id}: \`prep mock show ${sink.id}\` shows it again; \`prep mock history\` lists your rounds.`;
  return `${reportText(r, paint)}${where}`;
}
