/**
 * `bank lint --strict` on the rubrics: misconceptions name a real key point; every check's answer is
 * scored by the grader and must stay under its `max` (wrong in the topic's words) or reach its `min`
 * (a correct paraphrase); a `max` check must not be trivially easy (two of the item's evidence phrases
 * and one of its misconceptions in it); and `complete:` entries `rubrics-<bank>` hold every concept and
 * compare item of that bank to having misconceptions and both kinds of check. Pure.
 */
import type { SynonymsFile, Taxonomy } from '../schema.js';
import type { LoadedItem } from '../types.js';
import { issue, type LintIssue } from './types.js';
import type { LintBank } from './references.js';
import { gradeFor } from '../grader/report.js';
import { keyPointsOf } from '../grader/item.js';
import { pointIndex } from '../grader/compile.js';
import { gradeAnswer, lexiconFor } from '../grader/index.js';
import { compilePhrase, phraseHits } from '../grader/match.js';
import { readAnswer } from '../grader/text.js';

export interface RubricLintOptions {
  known?: ReadonlySet<string>;
  synonyms?: SynonymsFile;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** How many distinct evidence phrases of the item the text says (in any synonym form, denied or not). */
export function evidenceSaid(text: string, item: LoadedItem, synonyms?: SynonymsFile): number {
  const lex = lexiconFor(synonyms);
  const sents = readAnswer(text);
  const phrases = [...new Set(keyPointsOf(item).flatMap((k) => [...k.evidence, ...(k.together?.flat() ?? [])]))];
  return phrases.filter((p) => {
    const c = compilePhrase(p, lex);
    return sents.some((s) => phraseHits(s, c, undefined, 'words').length);
  }).length;
}

function itemIssues(file: string, i: number, item: LoadedItem, opts: RubricLintOptions): LintIssue[] {
  const out: LintIssue[] = [];
  const points = keyPointsOf(item);
  (item.misconceptions ?? []).forEach((m, mi) => {
    if (pointIndex(m, points) < 0) {
      out.push(issue(file, ['items', i, 'misconceptions', mi, 'contradicts'], `misconception contradicts ${JSON.stringify(m.contradicts)}, which is no key point of ${item.id}`, `Use a key point's index (0-${points.length - 1}) or its exact text.`));
    }
  });
  // SQL items' checks are wrong queries, run by the SQL checks (lint/sql.ts), not rubric self-tests.
  (item.type === 'sql' ? [] : item.checks ?? []).forEach((c, ci) => {
    const at = ['items', i, 'checks', ci];
    const grade = gradeFor(item, { answer: c.answer, ...(opts.known ? { known: opts.known } : {}), ...(opts.synonyms ? { synonyms: opts.synonyms } : {}) });
    const cov = grade.coverage ?? 0;
    if (c.max !== undefined) {
      if (cov > c.max + 1e-9) out.push(issue(file, at, `check scores ${pct(cov)}, above its max ${pct(c.max)}: the grader credits this wrong answer`, 'Add or sharpen a misconception (or a `together` on the point it fooled), so the wrong claim is caught.'));
      const said = evidenceSaid(c.answer, item, opts.synonyms);
      if (said < 2 || !grade.misconceptions.length) {
        out.push(issue(file, at, `max check is trivially easy: it says ${said} of the item's evidence phrases and triggers ${grade.misconceptions.length ? 'a' : 'no'} misconception`, 'A max check must use two or more of the item\'s evidence phrases and state one of its misconceptions.'));
      }
    } else if (c.min !== undefined && cov < c.min - 1e-9) {
      const missed = grade.points.filter((p) => !p.covered).map((p) => `${p.contradicted ? 'contradicted' : 'missed'}: ${p.point}`);
      out.push(issue(file, at, `check scores ${pct(cov)}, below its min ${pct(c.min)} (${missed.slice(0, 2).join('; ')})`, 'Add the paraphrase\'s words to the points\' evidence or to content/synonyms.yaml, or loosen a `together`.'));
    }
  });
  out.push(...followUpScores(file, i, item, opts));
  return out;
}

/** A follow-up's own answer, graded as a typed mock answer would be, must earn at least 80% of its key points. */
function followUpScores(file: string, i: number, item: LoadedItem, opts: RubricLintOptions): LintIssue[] {
  return (item.follow_ups ?? []).flatMap((f, fi) => {
    if (!f.key_points?.length || f.answer === undefined) return [];
    const g = gradeAnswer(f.answer, { keyPoints: f.key_points, prompt: f.prompt }, { ...(opts.known ? { known: opts.known } : {}), ...(opts.synonyms ? { synonyms: opts.synonyms } : {}) });
    const cov = g.coverage ?? 0;
    if (cov >= 0.8 - 1e-9) return [];
    const missed = g.points.filter((p) => !p.covered).map((p) => p.point);
    return [issue(file, ['items', i, 'follow_ups', fi, 'answer'], `follow-up answer scores ${pct(cov)} on its own key points (missed: ${missed.slice(0, 2).join('; ')})`, 'Reword the answer or the points\' evidence so the model answer earns at least 80%.')];
  });
}

export function checkRubrics(banks: readonly LintBank[], opts: RubricLintOptions): LintIssue[] {
  const out: LintIssue[] = [];
  for (const b of banks) b.data.items.forEach((it, i) => out.push(...itemIssues(b.file, i, { ...it, bank: b.id, file: b.file, line: 0 } as LoadedItem, opts)));
  return out;
}

export const RUBRICS_AREA = /^rubrics-([a-z0-9-]+)$/;

/** Item types a finished rubric covers: what a typed answer is scored against (design by all phases, behavioural by what the interviewer listens for). */
const RUBRIC_TYPES: ReadonlySet<string> = new Set(['concept', 'compare', 'design', 'behavioural']);

/** Banks listed as `rubrics-<bank>` under `complete:`: every concept, compare, design and behavioural item needs misconceptions and both checks. */
export function rubricCompleteness(taxonomy: Taxonomy, banks: readonly LintBank[], taxonomyFile: string): LintIssue[] {
  const out: LintIssue[] = [];
  (taxonomy.complete ?? []).forEach((area, ci) => {
    const bankId = RUBRICS_AREA.exec(area)?.[1];
    if (!bankId) return;
    const bank = banks.find((b) => b.id === bankId);
    if (!bank) {
      out.push(issue(taxonomyFile, ['complete', ci], `"${area}" names bank ${bankId}, which has no file`, `Add content/banks/${bankId}.yaml, or remove "${area}".`));
      return;
    }
    bank.data.items.forEach((it, i) => {
      if (!RUBRIC_TYPES.has(it.type)) return;
      const lacks = [
        ...(it.misconceptions?.length ? [] : ['misconceptions']),
        ...(it.checks?.some((c) => 'max' in c && c.max !== undefined) ? [] : ['a max check (a wrong answer)']),
        ...(it.checks?.some((c) => 'min' in c && c.min !== undefined) ? [] : ['a min check (a correct paraphrase)']),
      ];
      if (lacks.length) out.push(issue(bank.file, ['items', i], `${it.id} lacks ${lacks.join(", ")}`, `"${area}" is listed under complete in taxonomy.yaml: every concept, compare, design and behavioural item of ${bankId} needs misconceptions and both kinds of check.`));
    });
  });
  return out;
}
