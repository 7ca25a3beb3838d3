/** Keys to editor and drill events while an answer is being typed. Pure mapping, shared by the drill and text fields. */
import type { DrillEvent, DrillState } from '../core/drill.js';
import type { EditAction } from '../core/editor.js';
import type { Key } from './terminal.js';

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
export function answerKey(key: Key, s: Pick<DrillState, 'editor'>, at: number): DrillEvent | undefined {
  if (key.ctrl && key.name === 'c') return { type: 'quit', at };
  // Pasted text is text: a pasted newline breaks the line (it never submits or reveals).
  if (key.paste && (key.name === 'return' || key.name === 'enter')) return { type: 'edit', action: { kind: 'newline' }, at };
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

