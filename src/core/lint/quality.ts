/**
 * Per-item quality rules for `bank lint --strict` (CONTENT.md §4, FORMATS.md): answer length by type,
 * key points, design phases, follow-ups, pitfalls, rubric honesty (the evidence occurs in the answer),
 * test counts and code-review bug lines. Pure.
 */
import { DESIGN_PHASES, type Item, type ItemType, type KeyPoint } from '../schema.js';
import { phraseIn, tokens } from '../rubric.js';
import { issue, type LintIssue } from './types.js';
import type { LintBank } from './references.js';
import { scanStrings } from './text.js';
import { sqlQualityIssues } from './sql.js';

type Path = (string | number)[];

/** Words (whitespace tokens) an answer may have, by type. Behavioural answers are optional. */
export const ANSWER_WORDS: Partial<Record<ItemType, readonly [number, number]>> = {
  concept: [80, 180],
  compare: [80, 180],
  coding: [30, 160],
  code_review: [30, 160],
  design: [60, 220],
  behavioural: [100, 260],
  card: [1, 300],
  sql: [60, 140],
};
export const ASK_WHY_WORDS = [15, 80] as const;
export const MIN_TESTS = 5;
const FOLLOW_UPS_ON: ReadonlySet<ItemType> = new Set(['concept', 'compare', 'coding', 'design', 'behavioural', 'sql']);

export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Top-level `def test_*(` names in a tests source, in order. */
export const testNames = (src: string): string[] => [...src.matchAll(/^def (test_\w*)\s*\(/gm)].map((m) => m[1]!);

function lengthIssue(file: string, at: Path, field: string, text: string, [min, max]: readonly [number, number], what: string): LintIssue[] {
  const n = wordCount(text);
  if (n >= min && n <= max) return [];
  const hint = field === 'why'
    ? 'In a sentence or three: what the answer tells you about the team or the role.'
    : n < min ? 'Say more: what a strong candidate would say out loud in the time the round allows.' : 'Cut it to what can be said in the time: move detail into follow_ups.';
  return [issue(file, [...at, field], `${field} has ${n} words; ${what} take ${min}-${max}`, hint)];
}

/** Each key point: evidence that tokenises to something, and (when `text` is given) one phrase that occurs in it. */
function honesty(file: string, at: Path, points: readonly KeyPoint[], text: string[] | undefined, where: string): LintIssue[] {
  const out: LintIssue[] = [];
  points.forEach((kp, k) => {
    const phrases = kp.evidence.map((e) => tokens(e));
    phrases.forEach((p, e) => {
      if (!p.length) out.push(issue(file, [...at, k, 'evidence', e], `evidence "${kp.evidence[e]}" has no words, so it never matches`, 'Answers are matched on words and numbers; punctuation and symbols are ignored.', 'warning'));
    });
    const usable = phrases.filter((p) => p.length).length;
    if (usable < 2) out.push(issue(file, [...at, k, 'evidence'], `key point ${k + 1} has ${usable} evidence phrase${usable === 1 ? '' : 's'} with words; at least 2 needed`, 'Give 2+ words or short phrases a good answer would contain.'));
    if (text && !phrases.some((p) => phraseIn(p, text))) {
      out.push(issue(file, [...at, k], `key point ${k + 1}: none of its evidence (${kp.evidence.map((e) => `"${e}"`).join(', ')}) occurs in the ${where}`, `Rubric honesty: the model answer should earn its own key points. Reword the ${where} or add an evidence phrase it uses.`));
    }
  });
  return out;
}

/** Follow-ups scored in mock rounds: key points need an answer that earns each of them. */
function followUpIssues(file: string, at: Path, it: Item): LintIssue[] {
  return (it.follow_ups ?? []).flatMap((f, fi) => {
    if (!f.key_points?.length) return [];
    const where: Path = [...at, 'follow_ups', fi];
    if (f.answer === undefined) return [issue(file, [...where, 'key_points'], 'follow-up has key_points but no answer', 'Write the answer a strong candidate gives; its key points are scored against typed answers in mock rounds.')];
    return honesty(file, [...where, 'key_points'], f.key_points, tokens(f.answer), 'follow-up answer');
  });
}

export function checkItemQuality(file: string, at: Path, it: Item): LintIssue[] {
  const out: LintIssue[] = [];
  const range = ANSWER_WORDS[it.type];
  if (range && it.answer !== undefined) out.push(...lengthIssue(file, at, 'answer', it.answer, range, `${it.type} answers`));
  if (it.type === 'ask') out.push(...lengthIssue(file, at, 'why', it.why, ASK_WHY_WORDS, 'ask items'));

  if (FOLLOW_UPS_ON.has(it.type) && it.difficulty !== 'easy' && !it.follow_ups?.length) {
    out.push(issue(file, [...at, 'follow_ups'], `${it.difficulty} ${it.type} item has no follow_ups`, 'Add at least one follow-up question an interviewer would ask next (follow_ups: [{prompt: ...}]).'));
  }
  out.push(...followUpIssues(file, at, it));
  if ((it.type === 'concept' || it.type === 'compare') && !it.pitfalls?.length) {
    out.push(issue(file, [...at, 'pitfalls'], `${it.type} item has no pitfalls`, 'List at least one common mistake: pitfalls: [...].'));
  }

  const answerTokens = it.answer !== undefined ? tokens(it.answer) : undefined;
  if (it.type === 'design') {
    const text = tokens([it.answer, ...it.requirements, ...it.tradeoffs, it.diagram ?? ''].join('\n'));
    const missing = DESIGN_PHASES.filter((p) => !it.phases[p]);
    if (missing.length) out.push({ ...issue(file, at, `design item has no key points for phase${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, `Add phases: {${missing[0]}: {key_points: [...]}} with 2+ points each; all five phases are drilled.`), key: 'phases' });
    for (const p of DESIGN_PHASES) {
      const kps = it.phases[p]?.key_points;
      if (kps) out.push(...honesty(file, [...at, 'phases', p, 'key_points'], kps, text, 'answer, requirements, tradeoffs or diagram'));
    }
    if (!it.requirements.some((r) => /\d/.test(r))) {
      out.push(issue(file, [...at, 'requirements'], 'requirements carry no numbers', 'State the scale: requests per second, latency budget, data size.', 'warning'));
    }
    if (it.key_points) out.push(...honesty(file, [...at, 'key_points'], it.key_points, text, 'answer, requirements, tradeoffs or diagram'));
  } else if (it.key_points) {
    out.push(...honesty(file, [...at, 'key_points'], it.key_points, answerTokens, 'answer'));
  }

  if (it.type === 'coding') {
    const n = testNames(it.tests).length;
    if (n < MIN_TESTS) out.push(issue(file, [...at, 'tests'], `tests define ${n} test_* function${n === 1 ? '' : 's'}; at least ${MIN_TESTS} needed`, 'Write top-level def test_...(): functions with plain assert.'));
  }
  if (it.type === 'sql') out.push(...sqlQualityIssues(file, at, it));
  if (it.type === 'code_review') {
    const lines = it.snippet.replace(/\n$/, '').split('\n').length;
    it.bugs.forEach((b, j) => {
      if (b.line > lines) out.push(issue(file, [...at, 'bugs', j, 'line'], `bug line ${b.line} is past the end of the snippet (${lines} lines)`, 'Lines are counted from 1 at the first line of snippet.'));
    });
    if (it.tests && !it.fixed) out.push(issue(file, [...at, 'tests'], 'tests without fixed: nothing shows that the fix passes them', 'Add fixed: with the corrected code.', 'warning'));
  }
  return out;
}

export function checkQuality(banks: readonly LintBank[]): LintIssue[] {
  const out: LintIssue[] = [];
  for (const b of banks) {
    out.push(...scanStrings(b.file, [], { title: b.data.title, ...(b.data.description ? { description: b.data.description } : {}) }));
    b.data.items.forEach((it, i) => {
      out.push(...checkItemQuality(b.file, ['items', i], it));
      out.push(...scanStrings(b.file, ['items', i], it));
    });
  }
  return out;
}
