/**
 * What a key means in the drill, as pure mappings: while answering (an editor with a few commands) and
 * on the reveal screen (single keys grade, tick, page). Shared with the text fields of `prep star new`.
 */
import type { EditAction, EditorState } from './editor.js';
import type { Rating } from './types.js';

/** A key as the terminal reports it (Node's readline keypress, plus bracketed paste). */
export interface KeyPress {
  name?: string;
  sequence?: string;
  ctrl?: boolean;
  meta?: boolean;
  shift?: boolean;
  /** Part of a bracketed paste: text to insert, never a command (a pasted newline must not submit). */
  paste?: boolean;
}

/** Letters for ticking key points: q quits and u undoes, so they are skipped. */
export const TICK_KEYS = 'abcdefghijklmnoprstvwxyz';

export const GRADE_KEYS: Record<'four' | 'two', { key: string; rating: Rating; label: string }[]> = {
  four: [
    { key: '1', rating: 'again', label: 'Again' },
    { key: '2', rating: 'hard', label: 'Hard' },
    { key: '3', rating: 'good', label: 'Good' },
    { key: '4', rating: 'easy', label: 'Easy' },
  ],
  two: [
    { key: '1', rating: 'again', label: 'Fail' },
    { key: '2', rating: 'good', label: 'Pass' },
  ],
};

/** On the two-button scale a suggestion of Hard or Easy shows as Fail or Pass. */
export const toScale = (r: Rating, grading: 'four' | 'two'): Rating => (grading === 'four' ? r : r === 'again' || r === 'hard' ? 'again' : 'good');

export const gradeLabel = (r: Rating, grading: 'four' | 'two') => GRADE_KEYS[grading].find((g) => g.rating === toScale(r, grading))?.label ?? r;

const EDIT_KEYS: Record<string, EditAction> = {
  delete: { kind: 'delete' },
  left: { kind: 'move', dir: 'left' },
  right: { kind: 'move', dir: 'right' },
  up: { kind: 'move', dir: 'up' },
  down: { kind: 'move', dir: 'down' },
  home: { kind: 'move', dir: 'home' },
  end: { kind: 'move', dir: 'end' },
};

/** Scrolling a pane: by a line, a page, or to an end. */
export interface Scroll {
  dir: 1 | -1;
  unit: 'line' | 'page' | 'end';
}

export type AnswerIntent =
  | { kind: 'edit'; action: EditAction }
  | { kind: 'submit' }
  | { kind: 'interrupt' }
  | { kind: 'undo' }
  | { kind: 'scroll'; scroll: Scroll }
  /** Swap the box between a restored draft and a fresh start. */
  | { kind: 'swap-draft' }
  /** SQL: run the query on the visible data and show its first rows. */
  | { kind: 'try' }
  /** Stop every clock, or start them again (Ctrl-P: never answer text). */
  | { kind: 'pause' };

const isEnter = (key: KeyPress) => key.name === 'return' || key.name === 'enter';

/**
 * A key in the answering stage. `code`: the answer is code (Enter indents, Backspace dedents); `query`:
 * it is a SQL query (Ctrl-T or F5 runs it on the visible data).
 */
export function answerKey(key: KeyPress, s: { editor: EditorState; code?: boolean; query?: boolean }): AnswerIntent | undefined {
  const edit = (action: EditAction): AnswerIntent => ({ kind: 'edit', action });
  if (key.ctrl && key.name === 'c') return { kind: 'interrupt' };
  if (key.ctrl && key.name === 'p' && !key.paste) return { kind: 'pause' };
  if (s.query && !key.paste && ((key.ctrl && key.name === 't') || key.name === 'f5')) return { kind: 'try' };
  // Pasted text is text: a pasted newline breaks the line (it never submits or reveals).
  if (key.paste && isEnter(key)) return edit({ kind: 'newline' });
  // In code, Enter is always a new line, indented like the one before (Ctrl-D submits; unchanged, it reveals).
  if (s.code && isEnter(key)) return edit({ kind: 'newline', indent: true });
  if (key.ctrl && key.name === 'd') return { kind: 'submit' };
  if (isEnter(key)) return s.editor.lines.length === 1 && s.editor.lines[0]!.trim() === '' ? { kind: 'submit' } : edit({ kind: 'newline' });
  if (key.ctrl && key.name === 'z') return { kind: 'undo' };
  if (key.ctrl && key.name === 'r') return { kind: 'swap-draft' };
  if (key.ctrl && key.name === 'u') return edit({ kind: 'killLine' });
  if (key.ctrl && key.name === 'w') return edit({ kind: 'deleteWord' });
  if (key.ctrl && key.name === 'a') return edit({ kind: 'move', dir: 'home' });
  if (key.ctrl && key.name === 'e') return edit({ kind: 'move', dir: 'end' });
  if (key.name === 'pageup' || key.name === 'pagedown') return { kind: 'scroll', scroll: { dir: key.name === 'pageup' ? -1 : 1, unit: 'page' } };
  if (key.name === 'backspace' && !key.ctrl && !key.meta) return edit({ kind: 'backspace', ...(s.code ? { dedent: true } : {}) });
  if (key.name && EDIT_KEYS[key.name] && !key.ctrl && !key.meta) return edit(EDIT_KEYS[key.name]!);
  if (key.name === 'tab') return edit({ kind: 'insert', text: '    ' });
  const seq = key.sequence ?? '';
  // eslint-disable-next-line no-control-regex
  if (!key.ctrl && !key.meta && seq && !/[\u0000-\u001f\u007f]/.test(seq)) return edit({ kind: 'insert', text: seq });
  return undefined;
}

/** What a key on the reveal screen does. */
export type GradingAction =
  | { kind: 'interrupt' }
  | { kind: 'hold'; notice?: string }
  | { kind: 'cancel' }
  | { kind: 'arm'; key: 'u' | 'q'; notice: string }
  | { kind: 'undo' }
  | { kind: 'stop' }
  | { kind: 'suggested' }
  | { kind: 'grade'; rating: Rating }
  | { kind: 'toggle'; index: number }
  | { kind: 'scroll'; scroll: Scroll };

export interface GradingKeyState {
  at: number;
  /** Keys before this time are held (typing still going on, or the clock just ran out). */
  graceUntil: number;
  /** A first u or q waiting for its second press. */
  armed: 'u' | 'q' | null;
  /** Typed code still running against the tests (the suggestion waits for it). */
  testing: boolean;
  /** The id of the last graded item of the session, if any. */
  lastGraded: string | null;
  points: number;
  grading: 'four' | 'two';
}

const SCROLL_KEYS: Record<string, Scroll> = {
  pagedown: { dir: 1, unit: 'page' },
  space: { dir: 1, unit: 'page' },
  pageup: { dir: -1, unit: 'page' },
  down: { dir: 1, unit: 'line' },
  up: { dir: -1, unit: 'line' },
  home: { dir: -1, unit: 'end' },
  end: { dir: 1, unit: 'end' },
};

/**
 * After the reveal single keys act at once, so a burst of typing meant for an answer box must not turn
 * into grades: a key that means nothing here (or a paste) says where the candidate is and holds the keys
 * until they stop typing; undo and stop take a second press. Paging keys (PgUp/PgDn, space, arrows)
 * neither grade nor tick.
 */
export function gradingKey(key: KeyPress, s: GradingKeyState): GradingAction {
  if (key.ctrl && key.name === 'c') return { kind: 'interrupt' };
  if (s.at < s.graceUntil || key.paste) return { kind: 'hold' };
  const seq = key.sequence ?? '';
  const isQ = seq === 'q' || key.name === 'escape';
  const isU = seq === 'u' || (!!key.ctrl && key.name === 'z');
  if (s.armed && !(s.armed === 'q' ? isQ : isU)) return { kind: 'cancel' };
  if (isU) {
    if (!s.lastGraded) return { kind: 'hold', notice: 'Nothing to undo yet in this session (`prep undo` undoes the newest grade of any session).' };
    if (s.armed === 'u' || key.ctrl) return { kind: 'undo' };
    return { kind: 'arm', key: 'u', notice: `Press u again to undo the grade of ${s.lastGraded}; any other key cancels.` };
  }
  if (isQ) {
    if (s.armed === 'q') return { kind: 'stop' };
    return { kind: 'arm', key: 'q', notice: 'Press q again to stop the session (every grade so far is saved); any other key cancels.' };
  }
  const scroll = key.name && !key.ctrl && !key.meta ? SCROLL_KEYS[key.name] : undefined;
  if (scroll) return { kind: 'scroll', scroll };
  if (isEnter(key)) {
    return s.testing ? { kind: 'hold', notice: 'Your code is still running against the tests; the suggestion follows their result.' } : { kind: 'suggested' };
  }
  const g = GRADE_KEYS[s.grading].find((k) => k.key === seq);
  if (g) return { kind: 'grade', rating: g.rating };
  const tick = seq.length === 1 ? TICK_KEYS.indexOf(seq) : -1;
  if (tick >= 0 && tick < s.points) return { kind: 'toggle', index: tick };
  const keys = GRADE_KEYS[s.grading].map((k) => k.key).join('/');
  const ticks = s.points ? `, ${TICK_KEYS[0]}-${TICK_KEYS[Math.min(s.points, TICK_KEYS.length) - 1]} tick key points` : '';
  return { kind: 'hold', notice: `The answer is shown: keys now grade. ${keys} grade, Enter takes the suggestion${ticks}, PgDn/space pages, u u undoes, q q stops.` };
}
