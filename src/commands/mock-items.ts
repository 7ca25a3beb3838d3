/**
 * A planned mock round as drill items: each question with the round's time, its follow-up (the first
 * one with key points, so it can be scored), a 5-minute break between the rounds of a loop, a heading
 * saying where the candidate is, and for behavioural questions their own story as notes.
 */
import type { DrillItem } from '../core/drill.js';
import type { MockKind, PlannedRound } from '../core/mock-plan.js';
import { BREAK_MINUTES } from '../core/mock-plan.js';
import type { Story } from '../core/star.js';
import type { LoadedItem } from '../core/types.js';
import { toDrillItem, type DrillContent } from './drill-items.js';

export interface MockBuild {
  items: DrillItem[];
  /** What the view shows for ids no bank has (follow-ups, breaks), and design prompts that ask for the estimate. */
  extra: Map<string, LoadedItem>;
  seconds: number;
}

const scaled = (seconds: number, scale: number) => Math.max(5, Math.round(seconds * scale));

const CAPACITY = 'In this round: ask for the numbers you need, then give a capacity estimate (QPS from daily users, storage, latency per stage, machines) before you scale the design.';

/** The follow-up a round asks: one that can be scored when there is one. */
function followUpOf(item: LoadedItem) {
  return item.follow_ups?.find((f) => f.key_points?.length) ?? item.follow_ups?.[0];
}

function followUp(item: LoadedItem, seconds: number, heading: string): { drill: DrillItem; view: LoadedItem } | null {
  const f = followUpOf(item);
  if (!f || seconds <= 0) return null;
  const id = `${item.id}#1`;
  const view = {
    id, type: 'concept', bank: item.bank, file: item.file, line: item.line, roles: item.roles, difficulty: item.difficulty, tags: [], prompt: f.prompt,
    answer: f.answer ?? 'This follow-up has no model answer in the bank yet: compare with the main answer and your notes.',
    key_points: f.key_points ?? [], ...(item.topic ? { topic: item.topic } : {}),
  } as LoadedItem;
  return { drill: { id, budget: seconds, phases: [], keyPoints: f.key_points ?? [], prompt: f.prompt, followUpOf: item.id, heading }, view };
}

/**
 * The candidate's story for a behavioural question, as notes: shown for the first fifth of the answer,
 * then put away. A story already told in this round is offered again only when no other fits.
 */
function notesFor(item: LoadedItem, stories: readonly Story[], budget: number, told: Set<string>): DrillItem['notes'] {
  if (item.type !== 'behavioural') return undefined;
  const fits = [...stories.filter((s) => s.template === item.template), ...stories.filter((s) => s.template !== item.template && s.themes.includes(item.template))];
  const st = fits.find((s) => !told.has(s.id)) ?? fits[0];
  if (!st) return undefined;
  told.add(st.id);
  return { text: `${st.title}. S: ${st.situation} T: ${st.task} A: ${st.action} R: ${st.result}`, seconds: Math.min(90, Math.max(15, Math.round(budget / 5))) };
}

function headingOf(kind: MockKind, rounds: readonly PlannedRound[], ri: number, qi: number): string {
  const r = rounds[ri]!;
  const where = `question ${qi + 1} of ${r.questions.length}`;
  return kind === 'loop' ? `Loop · round ${ri + 1} of ${rounds.length}: ${r.kind} · ${where}` : `Mock ${r.kind} round · ${where}`;
}

export function buildMock(kind: MockKind, rounds: readonly PlannedRound[], full: ReadonlyMap<string, LoadedItem>, content: DrillContent, stories: readonly Story[], scale: number): MockBuild {
  const items: DrillItem[] = [];
  const extra = new Map<string, LoadedItem>();
  const told = new Set<string>();
  let seconds = 0;
  rounds.forEach((r, ri) => {
    if (ri > 0) {
      const id = `break-${ri}`;
      items.push({ id, budget: scaled(BREAK_MINUTES * 60, scale), phases: [], keyPoints: [], kind: 'break', heading: `${headingOf(kind, rounds, ri, 0).replace(/ · question.*/, '')}` });
      extra.set(id, { id, type: 'card', bank: 'mock', file: '', line: 0, roles: ['ds'], difficulty: 'easy', tags: [], prompt: 'Break', answer: '-' } as LoadedItem);
      seconds += scaled(BREAK_MINUTES * 60, scale);
    }
    r.questions.forEach((q, qi) => {
      const item = full.get(q.id);
      if (!item) return;
      const heading = headingOf(kind, rounds, ri, qi);
      const f = r.kind === 'concept' || r.kind === 'design' || r.kind === 'behavioural' ? followUp(item, scaled(q.followUpSeconds, scale), `${heading} · follow-up`) : null;
      // A design round's one question leaves its follow-up's minutes inside the round.
      const budget = scaled(f && r.kind === 'design' ? q.seconds - q.followUpSeconds : q.seconds, scale);
      const notes = notesFor(item, stories, budget, told);
      items.push({ ...toDrillItem(item, content, { kind: 'fixed', seconds: budget }, 1), heading, ...(notes ? { notes } : {}) });
      seconds += budget;
      if (item.type === 'design') extra.set(item.id, { ...item, prompt: `${item.prompt}\n\n${CAPACITY}` });
      if (f) {
        items.push(f.drill);
        extra.set(f.drill.id, f.view);
        seconds += f.drill.budget!;
      }
    });
  });
  return { items, extra, seconds };
}
