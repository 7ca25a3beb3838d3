/**
 * `npm run eval:grader [-- --set FILE] [--json]`: scores a labelled set of answers through the same
 * function as `prep score` (shipped banks, synonyms, vocabulary, budgets) and prints the figures the
 * grader issue sets goals for, by kind. The set is written blind to the rubrics: never edit an item
 * because of a case in it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext } from '../context.js';
import { loadScoreEnv, scoreWith } from '../commands/score.js';
import { goals, graderFigures, KINDS, type AnswerKind, type GraderFigures, type Scored } from '../core/grader/metrics.js';

export interface LabelledAnswer {
  id: string;
  kind: AnswerKind;
  answer: string;
}

export const DEFAULT_SET = fileURLToPath(new URL('../../test/fixtures/grader/answers.json', import.meta.url));

export async function evaluate(set: readonly LabelledAnswer[], env: NodeJS.ProcessEnv = process.env): Promise<{ figures: GraderFigures; rows: Scored[] }> {
  const home = mkdtempSync(join(tmpdir(), 'prep-eval-'));
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr } as unknown as Parameters<typeof createContext>[1];
  const ctx = createContext({ ...env, PREP_HOME: home, PREP_BANK_DIRS: '' } as never, io, { bankDir: [], json: true, color: false });
  try {
    const scoreEnv = await loadScoreEnv(ctx);
    const byId = new Map(scoreEnv.items.map((i) => [i.id, i]));
    const rows: Scored[] = [];
    for (const a of set) {
      const item = byId.get(a.id);
      if (!item) throw new Error(`the evaluation set names an unknown item: ${a.id}`);
      const r = await scoreWith(scoreEnv, ctx.env, item, a.answer, null);
      rows.push({ id: a.id, kind: a.kind, coverage: r.coverage ?? 0, suggested: r.suggested });
    }
    return { figures: graderFigures(rows), rows };
  } finally {
    ctx.close();
    rmSync(home, { recursive: true, force: true });
  }
}

const f2 = (x: number) => (Number.isNaN(x) ? '  n/a' : x.toFixed(2).padStart(5));

export function formatFigures(f: GraderFigures): string {
  const lines = [`${f.answers} answers over ${f.items} items`, '', 'kind         n  mean coverage  suggested again/hard/good/easy'];
  for (const k of KINDS) {
    const b = f.byKind[k];
    lines.push(`${k.padEnd(11)}${String(b.n).padStart(4)}  ${f2(b.meanCoverage)}          ${b.suggested.again}/${b.suggested.hard}/${b.suggested.good}/${b.suggested.easy}`);
  }
  lines.push('', ...goals(f).map((g) => `${g.ok ? 'ok  ' : 'MISS'}  ${g.name.padEnd(36)} ${f2(g.value)}  (goal ${g.limit})`));
  return lines.join('\n');
}

/** The command line of `npm run eval:grader` (scripts/eval-grader.mjs sets the exit code from `ok`). */
/** A labelled set: a list of answers, or {version, note, answers: [...]} when it records how it was written. */
export function readSet(file: string): LabelledAnswer[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as LabelledAnswer[] | { answers?: LabelledAnswer[] };
  const set = Array.isArray(raw) ? raw : raw.answers;
  if (!Array.isArray(set)) throw new Error(`${file}: expected a list of {id, kind, answer} or {answers: [...]}`);
  return set;
}

export async function evalCli(args: readonly string[]): Promise<{ output: string; ok: boolean }> {
  const at = args.indexOf('--set');
  const file = at >= 0 ? args[at + 1]! : DEFAULT_SET;
  const { figures } = await evaluate(readSet(file));
  const output = args.includes('--json') ? `${JSON.stringify({ version: 1, ...figures }, null, 2)}\n` : `${formatFigures(figures)}\n`;
  return { output, ok: goals(figures).every((g) => g.ok) };
}
