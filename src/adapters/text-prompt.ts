/**
 * A text field on the raw terminal, built on the pure editor reducer. Unlike @inquirer/input it
 * reports every change (so a draft can be saved as the candidate types) and keeps the text on Ctrl-C.
 */
import type { IO } from '../context.js';
import { edit, editorText, type EditorState } from '../core/editor.js';
import { answerKey } from './keymap.js';
import type { Paint } from '../format/paint.js';
import { sanitize, wrap } from '../format/text.js';
import { openTerminal } from './terminal.js';

export interface TextPromptOptions {
  label: string;
  guide?: string;
  /** Live note under the box, e.g. the spoken-time estimate against a target. */
  note?: (text: string) => string;
  initial: EditorState;
  multiline: boolean;
  onChange: (e: EditorState) => void;
  paint: Paint;
}

export type TextPromptResult = { kind: 'done'; text: string; editor: EditorState } | { kind: 'cancel'; editor: EditorState } | { kind: 'back'; editor: EditorState };

export function textPrompt(io: IO, o: TextPromptOptions): Promise<TextPromptResult> {
  const term = openTerminal(io);
  let editor = o.initial;
  const draw = () => {
    const width = term.columns();
    const lines = [o.paint('bold', o.label)];
    if (o.guide) lines.push(o.paint('dim', wrap(o.guide, width - 2, '  ')));
    editor.lines.forEach((l, r) => {
      const v = sanitize(l);
      lines.push(`${o.paint('dim', '│')} ${r === editor.row ? `${v.slice(0, editor.col)}${o.paint('inverse', v[editor.col] ?? ' ')}${v.slice(editor.col + 1)}` : v}`);
    });
    const note = o.note?.(editorText(editor));
    if (note) lines.push(o.paint('dim', note));
    lines.push(o.paint('dim', o.multiline ? 'Enter: new line · Ctrl-D: next · Esc: back · Ctrl-C: stop (the draft is kept)' : 'Enter: next · Esc: back · Ctrl-C: stop (the draft is kept)'));
    term.frame(lines.join('\n'));
  };
  return new Promise((resolve) => {
    const end = (r: TextPromptResult, keep: boolean) => {
      term.clearFrame();
      if (keep) term.print(`${o.paint('dim', `${o.label}:`)} ${sanitize(editorText(editor)).split('\n').join('\n  ')}`);
      term.close();
      resolve(r);
    };
    term.onKey((key) => {
      if (key.ctrl && key.name === 'c') return end({ kind: 'cancel', editor }, false);
      if (key.name === 'escape') return end({ kind: 'back', editor }, false);
      if (key.paste && !o.multiline && (key.name === 'return' || key.name === 'enter')) key = { sequence: ' ' };
      if ((key.ctrl && key.name === 'd') || (!o.multiline && (key.name === 'return' || key.name === 'enter'))) return end({ kind: 'done', text: editorText(editor).trim(), editor }, true);
      // Reuse the drill's key map, but Enter on an empty box is a new line here, not "reveal".
      const e = key.name === 'return' || key.name === 'enter' ? { type: 'edit' as const, action: { kind: 'newline' as const }, at: 0 } : answerKey(key, { editor }, 0);
      if (e?.type === 'edit') {
        editor = edit(editor, e.action);
        o.onChange(editor);
        draw();
      }
    });
    term.onResize(draw);
    draw();
  });
}
