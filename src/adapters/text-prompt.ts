/**
 * A text field on the raw terminal, built on the pure editor reducer. Unlike @inquirer/input it
 * reports every change (so a draft can be saved as the candidate types) and keeps the text on Ctrl-C.
 */
import type { IO } from '../context.js';
import { edit, editorText, type EditorState } from '../core/editor.js';
import { answerKey } from '../core/drill-keys.js';
import type { Paint } from '../format/paint.js';
import { fitText, rowsOf, wrap } from '../format/text.js';
import { openTerminal } from './terminal.js';
import { answerBox } from '../format/answer-box.js';
import { preciseWidths } from '../format/width.js';

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

export async function textPrompt(io: IO, o: TextPromptOptions): Promise<TextPromptResult> {
  await preciseWidths();
  const term = openTerminal(io);
  let editor = o.initial;
  const draw = () => {
    const width = term.columns();
    const lines = [o.paint('bold', o.label)];
    if (o.guide) lines.push(o.paint('dim', wrap(o.guide, width - 2, '  ')));
    const note = o.note?.(editorText(editor));
    const tail = [...(note ? [o.paint('dim', wrap(note, width - 1))] : []), o.paint('dim', fitText(width, o.multiline
      ? ['Enter: new line · Ctrl-D: next · Esc: back · Ctrl-C: stop (the draft is kept)', 'Ctrl-D: next · Esc: back · Ctrl-C: stop']
      : ['Enter: next · Esc: back · Ctrl-C: stop (the draft is kept)', 'Enter: next · Esc: back · Ctrl-C: stop']))];
    const used = [...lines, ...tail].reduce((n, l) => n + rowsOf(l, width), 0);
    lines.push(...answerBox(editor, width, Math.max(3, term.rows() - 1 - used), o.paint), ...tail);
    term.frame(lines.join('\n'));
  };
  return new Promise((resolve) => {
    const end = (r: TextPromptResult, keep: boolean) => {
      term.clearFrame();
      if (keep) term.print(`${o.paint('dim', `${o.label}:`)}\n${wrap(editorText(editor) || '(empty)', term.columns() - 1, '  ')}`);
      term.close();
      resolve(r);
    };
    term.onKey((key) => {
      if (key.ctrl && key.name === 'c') return end({ kind: 'cancel', editor }, false);
      if (key.name === 'escape') return end({ kind: 'back', editor }, false);
      if (key.paste && !o.multiline && (key.name === 'return' || key.name === 'enter')) key = { sequence: ' ' };
      if ((key.ctrl && key.name === 'd') || (!o.multiline && (key.name === 'return' || key.name === 'enter'))) return end({ kind: 'done', text: editorText(editor).trim(), editor }, true);
      // Reuse the drill's key map, but Enter on an empty box is a new line here, not "reveal".
      const e = key.name === 'return' || key.name === 'enter' ? { kind: 'edit' as const, action: { kind: 'newline' as const } } : answerKey(key, { editor });
      if (e?.kind === 'edit') {
        editor = edit(editor, e.action);
        o.onChange(editor);
        draw();
      }
    });
    term.onResize(draw);
    draw();
  });
}
