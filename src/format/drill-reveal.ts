/**
 * The reveal: what the grader found (each key point covered, missed or contradicted, with the answer's
 * own words), the misconceptions, the tests, your answer and the model answer, in a pane that pages;
 * under it, pinned, the score, the next interval per grade and the keys. Pure.
 */
import type { Attempt, CheckOutcome, DrillItem, DrillState } from '../core/drill.js';
import { coverageOf, currentItem, elapsedSeconds, suggestionFor } from '../core/drill.js';
import { GRADE_KEYS, TICK_KEYS, toScale } from '../core/drill-keys.js';
import { editorText } from '../core/editor.js';
import { formatInterval } from '../core/scheduler.js';
import type { Rating } from '../core/types.js';
import { answerSide, keyPointsList } from './item.js';
import { plain } from './paint.js';
import { fitText, mmss, sanitize, wrap, wrapLines } from './text.js';
import { proseWidth, statusLines, titleRule, type DrillView, type Frame } from './drill-parts.js';

const rowsOf = (text: string) => (text ? text.split('\n') : []);

/** The first row of a wrapped text, with … when there is more. */
function oneRow(text: string, width: number): string {
  const [first = '', ...rest] = wrap(text, width - 1).split('\n');
  return rest.length ? `${first.replace(/[”"]$/, '')}…` : first;
}

/** Each key point with its mark, the candidate's words for it, and the sentence that covered or contradicted it. */
function pointRows(s: DrillState, d: DrillItem, v: DrillView, width: number): string[] {
  const { paint } = v;
  const a = s.attempt;
  if (!d.keyPoints.length) return [];
  const out = [paint('bold', a.mode === 'typed' ? 'Key points (from your typed answer; letters toggle):' : 'Key points: tick what you covered (letters toggle, optional):')];
  let phase: string | undefined;
  d.keyPoints.forEach((k, i) => {
    if (k.phase && k.phase !== phase) out.push(paint('dim', `  ${(phase = k.phase)}`));
    const mark = a.marks[i];
    const verdict = a.grade?.points[i];
    const sign = mark === 'covered' ? paint('green', '✓') : mark === 'contradicted' ? paint('red', '✗') : a.mode === 'typed' ? paint('red', '✗') : '·';
    const said = mark === 'covered' && verdict?.covered && verdict.matched.length ? ` (said: ${verdict.matched.join(', ')})` : '';
    const indent = k.phase ? '    ' : '  ';
    // Wrap plain text first, then add the coloured mark: wrap() sanitises and would strip colour codes.
    const body = wrap(`${TICK_KEYS[i] ?? ' '}) ${k.point}${said}${mark === 'contradicted' ? ' — contradicted' : ''}`, width - indent.length - 2).split('\n');
    out.push(...body.map((l, j) => `${indent}${j === 0 ? sign : ' '} ${l}`));
    // The sentence that decided it: in full when it contradicts the point, one row when it covers it.
    if (verdict?.evidence && mark === 'contradicted') out.push(...wrap(`You wrote: “${verdict.evidence}”`, width - indent.length - 5).split('\n').map((l) => paint('dim', `${indent}    ${l}`)));
    else if (verdict?.evidence && mark === 'covered' && verdict.covered) out.push(paint('dim', `${indent}    ${oneRow(`“${verdict.evidence}”`, width - indent.length - 4)}`));
  });
  return out;
}

function misconceptionRows(a: Attempt, v: DrillView, width: number): string[] {
  const hits = a.grade?.misconceptions ?? [];
  if (!hits.length) return [];
  return [v.paint('bold', 'Misconceptions'), ...hits.flatMap((m) => wrap(`- You said: “${m.sentence}”${/[.!?]$/.test(m.sentence) ? '' : '.'} In fact: ${m.correction}`, width, '  ').split('\n'))];
}

/** A SQL answer's verdict: per data set, with what differs (the hidden data's rows are never shown). */
function queryRows(c: Extract<CheckOutcome, { kind: 'query' }>, v: DrillView, width: number): string[] {
  const { paint } = v;
  const mark = (ok: boolean) => (ok ? paint('green', '✓') : paint('red', '✗'));
  const head = c.correct ? paint('green', 'Query: correct on the visible and the hidden data') : paint('bold', 'Query: not correct');
  const ran = !c.error || c.visible;
  const sets = ran ? [`  ${mark(c.visible)} visible data   ${mark(c.hidden)} hidden data`] : [];
  const error = c.error ? wrap(`${ran ? '' : 'It did not run: '}${c.error}`, width - 2, '  ').split('\n').map((l) => paint('yellow', l)) : [];
  const why = (c.differences ?? []).flatMap((t) => wrap(`- ${t}`, width - 2, '  ').split('\n'));
  return [head, ...sets, ...error, ...why, ''];
}

/** Running the code: still running, each test's result, or why it could not run. */
function checkRows(a: Attempt, d: DrillItem, v: DrillView, width: number): string[] {
  const { paint } = v;
  if (a.checking) return [paint('dim', d.check === 'query' ? 'Running your query on the visible and the hidden data…' : 'Running your code against the tests…')];
  const c = a.check;
  if (!c || c.kind === 'trial') return [];
  if (c.kind === 'not-run') return wrap(`Not run: ${c.reason}.`, width).split('\n').map((l) => paint('yellow', l));
  if (c.kind === 'query') return queryRows(c, v, width);
  const lines = [paint('bold', `Tests: ${c.tests.filter((t) => t.ok).length}/${c.tests.length} passed`)];
  for (const t of c.tests) {
    const name = `${sanitize(t.name)}${t.hidden ? ' (hidden)' : ''}`;
    lines.push(t.ok ? `  ${paint('green', '✓')} ${name}` : `  ${paint('red', '✗')} ${name}${t.error ? paint('dim', `: ${sanitize(t.error)}`) : ''}`);
  }
  return lines;
}

/** The scrolling body of the reveal, top to bottom. */
function revealBody(s: DrillState, d: DrillItem, v: DrillView): string[] {
  const { paint } = v;
  const a = s.attempt;
  const item = v.item(d.id);
  const width = proseWidth(s.screen.columns);
  const took = elapsedSeconds(s);
  const time = a.timedOut ? paint('yellow', `Time is up (${mmss(d.budget ?? took)}).`) : `Answered in ${mmss(took, 'round')}${d.budget ? ` of ${mmss(d.budget)}` : ''}${a.mode === 'spoken' ? ' (aloud)' : ''}.`;
  const typed = a.mode === 'typed' ? [paint('bold', 'Your answer'), ...wrapLines(editorText(a.editor), width, '  ')] : [];
  return [
    time, ...wrap(item.prompt, width).split('\n').map((l) => paint('dim', l)), '',
    ...checkRows(a, d, v, width), ...pointRows(s, d, v, width), ...(item.type === 'sql' ? rowsOf(keyPointsList(item, paint, width)) : []), ...misconceptionRows(a, v, width),
    ...typed, ...rowsOf(answerSide(item, paint, width)), ...rowsOf(v.revealExtra(item, width).replace(/^\n/, '')),
  ];
}

/** Pinned under the pane: the score, the next interval per grade with the suggestion marked, the keys. */
function gradeRows(s: DrillState, d: DrillItem, v: DrillView, previews: Record<Rating, number>): string[] {
  const { paint } = v;
  const width = s.screen.columns;
  const a = s.attempt;
  const c = coverageOf(d, a);
  const lines: string[] = [];
  if (a.check?.kind === 'query') lines.push(`Score: ${paint('bold', a.check.correct ? 'correct' : 'not correct')}`);
  else if (a.check?.kind === 'tests' && a.check.tests.length) lines.push(`Score: ${paint('bold', `${Math.round(c! * 100)}%`)} (${a.check.tests.filter((t) => t.ok).length}/${a.check.tests.length} tests passed)`);
  else if (d.keyPoints.length) lines.push(c === null ? paint('dim', 'Coverage: tick points to score a spoken answer.') : `Coverage: ${paint('bold', `${Math.round(c * 100)}%`)}${a.marks.includes('contradicted') ? paint('red', ' · a point contradicted') : ''}`);
  const suggested = toScale(suggestionFor(s), s.grading);
  const options = GRADE_KEYS[s.grading].map((g) => {
    // A follow-up's grade changes no schedule: no interval to show.
    const text = d.followUpOf ? `${g.key} ${g.label}` : `${g.key} ${g.label} ${formatInterval(previews[g.rating])}`;
    // Without colour the suggestion is marked with brackets (reverse video would be stripped).
    return g.rating === suggested ? (paint === plain ? `[${text}]` : paint('inverse', ` ${text} `)) : ` ${text} `;
  });
  // A mock round's follow-up is graded for the round's report only: the schedule is the main question's.
  lines.push(d.followUpOf ? `Your grade, for the report only:${options.join('')}` : `Next review:${options.join('')}`);
  const label = GRADE_KEYS[s.grading].find((g) => g.rating === suggested)!.label;
  const keys = GRADE_KEYS[s.grading].map((g) => g.key).join('/');
  lines.push(paint('dim', fitText(width, [
    `Grade with ${keys} · Enter: ${label} (suggested) · u u: undo last grade · q q: stop`,
    `${keys}: grade · Enter: ${label} · u u: undo · q q: stop`,
    `${keys} · Enter: ${label} · u u · q q`,
  ])));
  if (s.ui.notice) lines.push(...wrap(s.ui.notice, width - 1).split('\n').map((l) => paint('yellow', l)));
  return lines;
}

export function revealScreen(s: DrillState, v: DrillView): Frame {
  const d = currentItem(s)!;
  const head = [titleRule(s, v.item(d.id), v), ...statusLines(s, v)];
  const body = revealBody(s, d, v);
  const foot = gradeRows(s, d, v, v.previews());
  const room = Math.max(1, s.screen.rows - head.length - foot.length);
  if (body.length <= room) return { lines: [...head, ...body, ...foot], page: room, maxScroll: 0 };
  const page = Math.max(1, room - 1);
  const maxScroll = body.length - page;
  const scroll = Math.min(s.ui.scroll, maxScroll);
  const end = Math.min(body.length, scroll + page);
  const more = end < body.length ? 'PgDn/space: more' : 'the end';
  const rule = v.paint('dim', fitText(s.screen.columns, [`┄ rows ${scroll + 1}-${end} of ${body.length} · ${more}${scroll ? ' · PgUp: back' : ''} · keys below still grade ┄`, `┄ ${scroll + 1}-${end}/${body.length} · ${more}${scroll ? ' · PgUp' : ''} ┄`]));
  return { lines: [...head, ...body.slice(scroll, end), rule, ...foot], page, maxScroll };
}
