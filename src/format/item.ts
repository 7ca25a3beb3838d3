/** Human views of an item: the question side (what a drill shows first) and the answer side. Pure. */
import type { LoadedItem } from '../core/types.js';
import type { Paint } from './paint.js';
import { block, sanitize, wrap } from './text.js';
import { sqlAnswerSide, sqlQuestionSide } from './sql-table.js';

type Of<T extends LoadedItem['type']> = Extract<LoadedItem, { type: T }>;

export function heading(item: LoadedItem, paint: Paint): string {
  const meta = [item.bank, item.type.replace('_', '-'), item.difficulty, item.roles.join('/'), item.topic].filter(Boolean).join(' · ');
  return `${paint('bold', sanitize(item.id))}  ${paint('dim', sanitize(meta))}`;
}

/** The prompt and everything a candidate may see before answering (never hidden tests or the answer). */
export function questionSide(item: LoadedItem, paint: Paint, width: number, opts: { starter?: boolean } = {}): string {
  const parts = [wrap(item.prompt, width)];
  if (item.type === 'coding') {
    const c = item as Of<'coding'>;
    // The drill's answer box starts with the starter: it need not be shown twice.
    parts.push(paint('dim', 'Signature:'), block(c.signature), ...(opts.starter === false ? [] : [paint('dim', 'Starter:'), block(c.starter)]), paint('dim', 'Tests:'), block(c.tests));
  }
  if (item.type === 'code_review') {
    const r = item as Of<'code_review'>;
    parts.push(paint('dim', `Snippet (${sanitize(r.language)}):`), numbered(r.snippet));
  }
  if (item.type === 'sql') parts.push(...sqlQuestionSide(item as Of<'sql'>, paint, width));
  if (item.type === 'design') {
    const d = item as Of<'design'>;
    parts.push(paint('dim', 'Requirements:'), d.requirements.map((r) => wrap(`- ${r}`, width, '  ')).join('\n'));
  }
  return parts.join('\n');
}

export function numbered(code: string): string {
  const lines = sanitize(code).replace(/\s+$/, '').split('\n');
  const w = String(lines.length).length;
  return lines.map((l, i) => `  ${String(i + 1).padStart(w)} | ${l}`).join('\n');
}

export function answerSide(item: LoadedItem, paint: Paint, width: number): string {
  const parts: string[] = [];
  const answer = 'answer' in item && item.answer ? item.answer : undefined;
  if (item.type === 'ask') parts.push(paint('bold', 'Why ask it'), wrap((item as Of<'ask'>).why, width, '  '));
  if (answer) parts.push(paint('bold', item.type === 'card' ? 'Back' : 'Model answer'), wrap(answer, width, '  '));
  if (item.type === 'coding') {
    const c = item as Of<'coding'>;
    parts.push(paint('bold', 'Reference solution'), block(c.solution));
    if (c.complexity) parts.push(`${paint('dim', 'Complexity:')} ${sanitize(c.complexity)}`);
  }
  if (item.type === 'sql') parts.push(...sqlAnswerSide(item as Of<'sql'>, paint));
  if (item.type === 'code_review') {
    const r = item as Of<'code_review'>;
    parts.push(paint('bold', 'Bugs'), r.bugs.map((b) => wrap(`- line ${b.line}: ${b.issue} Fix: ${b.fix}`, width, '  ')).join('\n'));
    if (r.fixed) parts.push(paint('bold', 'Fixed'), block(r.fixed));
  }
  if (item.type === 'design') {
    const d = item as Of<'design'>;
    if (d.diagram) parts.push(paint('bold', 'Diagram'), block(d.diagram));
    parts.push(paint('bold', 'Trade-offs'), d.tradeoffs.map((t) => wrap(`- ${t}`, width, '  ')).join('\n'));
  }
  if (item.pitfalls?.length) parts.push(paint('bold', 'Pitfalls'), item.pitfalls.map((p) => wrap(`- ${p}`, width, '  ')).join('\n'));
  if (item.follow_ups?.length) parts.push(paint('bold', 'Follow-ups'), item.follow_ups.map((f) => wrap(`- ${f.prompt}${f.answer ? ` ${f.answer}` : ''}`, width, '  ')).join('\n'));
  return parts.join('\n');
}

export function keyPointsList(item: LoadedItem, paint: Paint, width: number): string {
  const rows: string[] = [];
  if (item.key_points?.length) rows.push(...item.key_points.map((k) => wrap(`- ${k.point}`, width, '  ')));
  if (item.type === 'design') {
    for (const [phase, p] of Object.entries((item as Of<'design'>).phases)) {
      if (!p) continue;
      rows.push(paint('dim', `  ${phase}:`), ...p.key_points.map((k) => wrap(`- ${k.point}`, width, '    ')));
    }
  }
  return rows.length ? [paint('bold', 'Key points'), ...rows].join('\n') : '';
}

export function fullItem(item: LoadedItem, paint: Paint, width: number): string {
  return [heading(item, paint), '', questionSide(item, paint, width), '', keyPointsList(item, paint, width), '', answerSide(item, paint, width)]
    .filter((s, i, a) => !(s === '' && a[i - 1] === ''))
    .join('\n')
    .trim();
}
