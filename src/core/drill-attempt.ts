/** One attempt at an item: showing it (fresh, from a draft, or as an undo left it), paging, stopping. Pure. */
import type { Attempt, DrillItem, DrillState, Effect } from './drill-state.js';
import { editorText, editorWith, emptyEditor, isBlank, type EditorState } from './editor.js';
import { currentItem } from './drill-score.js';

const starterEditor = (item: DrillItem | undefined): EditorState => (item?.starter ? editorWith(item.starter) : emptyEditor());

export function blankAttempt(id: number, at: number, item: DrillItem | undefined): Attempt {
  return {
    id, shownAt: at, answeredAt: null, editor: starterEditor(item), mode: null, timedOut: false,
    grade: null, marks: Array(item?.keyPoints.length ?? 0).fill('missed'), check: null, checking: false, trial: null, trying: false, restored: null,
  };
}

/** The typed text worth keeping: not blank, and not the untouched starter. */
export function typedText(item: DrillItem | undefined, editor: EditorState): string | null {
  if (isBlank(editor)) return null;
  const text = editorText(editor);
  return item?.starter !== undefined && text === editorText(editorWith(item.starter)) ? null : text;
}

/**
 * Show the item at `index`: an attempt an undo stepped back over comes back as it was left (its clock
 * resumes where it stopped); else a draft from an earlier session fills the box; else a fresh box.
 */
export function enterItem(s: DrillState, index: number, at: number): DrillState {
  const item = s.items[index];
  const base = { ...s, index, now: at, ui: { ...s.ui, scroll: 0, maxScroll: 0, armed: null, notice: '' }, nextAttempt: s.nextAttempt + 1 };
  if (!item) return { ...base, stage: 'done' };
  const parked = s.parked[item.id];
  if (parked) {
    const { [item.id]: _, ...rest } = s.parked;
    const shift = at - parked.at;
    const attempt = { ...parked.attempt, shownAt: parked.attempt.shownAt + shift, answeredAt: parked.attempt.answeredAt === null ? null : parked.attempt.answeredAt + shift };
    return { ...base, parked: rest, stage: parked.stage, attempt };
  }
  const attempt = blankAttempt(s.nextAttempt, at, item);
  const draft = s.drafts[item.id];
  if (draft?.savedAt) return { ...base, stage: 'question', attempt: { ...attempt, editor: editorWith(draft.text), restored: { savedAt: draft.savedAt, other: attempt.editor, draftInBox: true } } };
  return { ...base, stage: 'question', attempt };
}


export function scrolled(s: DrillState, dir: 1 | -1, unit: 'line' | 'page' | 'end'): DrillState {
  const by = unit === 'line' ? 1 : unit === 'page' ? Math.max(1, s.ui.page - 1) : s.ui.maxScroll;
  return { ...s, ui: { ...s.ui, scroll: Math.max(0, Math.min(s.ui.maxScroll, s.ui.scroll + dir * by)) } };
}


/** Stop the session; an answer typed but not graded is kept as a draft for the next time. */
export function quitting(s: DrillState, at: number, interrupted: boolean): DrillState {
  const item = currentItem(s);
  const text = s.stage === 'done' ? null : typedText(item, s.attempt.editor);
  const effects: Effect[] = text !== null && item ? [{ kind: 'save-draft', id: item.id, text }] : [];
  return { ...s, now: at, stage: 'done', quit: true, interrupted, effects };
}
