/** Keys to editor and drill events while an answer is being typed. Pure mapping, shared by the drill and text fields. */
import type { DrillEvent, DrillState } from '../core/drill.js';
import type { EditAction } from '../core/editor.js';
import type { Key } from './terminal.js';
import type { Rating } from '../core/types.js';
import { GRADE_KEYS, TICK_KEYS } from '../format/drill-view.js';

const EDIT_KEYS: Record<string, EditAction> = {
  backspace: { kind: 'backspace' },
  delete: { kind: 'delete' },
  left: { kind: 'move', dir: 'left' },
  right: { kind: 'move', dir: 'right' },
  up: { kind: 'move', dir: 'up' },
  down: { kind: 'move', dir: 'down' },
  home: { kind: 'move', dir: 'home' },
  end: { kind: 'move', dir: 'end' },
};

/** Map a key in the answering stage to a drill event. */
export function answerKey(key: Key, s: Pick<DrillState, 'editor'> & { code?: boolean }, at: number): DrillEvent | undefined {
  if (key.ctrl && key.name === 'c') return { type: 'quit', at };
  // Pasted text is text: a pasted newline breaks the line (it never submits or reveals).
  if (key.paste && (key.name === 'return' || key.name === 'enter')) return { type: 'edit', action: { kind: 'newline' }, at };
  // In code, Enter is always a new line, indented like the one before (Ctrl-D submits; unchanged, it reveals).
  if (s.code && (key.name === 'return' || key.name === 'enter')) return { type: 'edit', action: { kind: 'newline', indent: true }, at };
  if (key.ctrl && key.name === 'd') return { type: 'submit', at };
  if (key.name === 'return' || key.name === 'enter') {
    const blank = s.editor.lines.length === 1 && s.editor.lines[0]!.trim() === '';
    return blank ? { type: 'submit', at } : { type: 'edit', action: { kind: 'newline' }, at };
  }
  if (key.ctrl && key.name === 'u') return { type: 'edit', action: { kind: 'killLine' }, at };
  if (key.ctrl && key.name === 'w') return { type: 'edit', action: { kind: 'deleteWord' }, at };
  if (key.ctrl && key.name === 'a') return { type: 'edit', action: { kind: 'move', dir: 'home' }, at };
  if (key.ctrl && key.name === 'e') return { type: 'edit', action: { kind: 'move', dir: 'end' }, at };
  if (key.name && EDIT_KEYS[key.name] && !key.ctrl && !key.meta) return { type: 'edit', action: EDIT_KEYS[key.name]!, at };
  if (key.name === 'tab') return { type: 'edit', action: { kind: 'insert', text: '    ' }, at };
  const seq = key.sequence ?? '';
  // eslint-disable-next-line no-control-regex
  if (!key.ctrl && !key.meta && seq && !/[\u0000-\u001f\u007f]/.test(seq)) return { type: 'edit', action: { kind: 'insert', text: seq }, at };
  return undefined;
}


/** What a key on the grading screen (after the reveal) does. */
export type GradingAction =
  | { kind: 'interrupt' }
  | { kind: 'hold'; notice?: string }
  | { kind: 'cancel' }
  | { kind: 'arm'; key: 'u' | 'q'; notice: string }
  | { kind: 'undo' }
  | { kind: 'stop' }
  | { kind: 'suggested' }
  | { kind: 'grade'; rating: Rating }
  | { kind: 'toggle'; index: number };

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

/**
 * After the reveal single keys act at once, so a burst of typing meant for an answer box must not turn
 * into grades: a key that means nothing here (or a paste) says where the candidate is and holds the keys
 * until they stop typing; undo and stop take a second press. Pure.
 */
export function gradingKey(key: Key, s: GradingKeyState): GradingAction {
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
  if (key.name === 'return' || key.name === 'enter') {
    return s.testing ? { kind: 'hold', notice: 'Your code is still running against the tests; the suggestion follows their result.' } : { kind: 'suggested' };
  }
  const g = GRADE_KEYS[s.grading].find((k) => k.key === seq);
  if (g) return { kind: 'grade', rating: g.rating };
  const tick = seq.length === 1 ? TICK_KEYS.indexOf(seq) : -1;
  if (tick >= 0 && tick < s.points) return { kind: 'toggle', index: tick };
  const keys = GRADE_KEYS[s.grading].map((k) => k.key).join('/');
  const ticks = s.points ? `, ${TICK_KEYS[0]}-${TICK_KEYS[Math.min(s.points, TICK_KEYS.length) - 1]} tick key points` : '';
  return { kind: 'hold', notice: `The answer is shown: keys now grade. ${keys} grade, Enter takes the suggestion${ticks}, u u undoes, q q stops.` };
}
