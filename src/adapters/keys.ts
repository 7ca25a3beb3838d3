/** Raw-mode keys from a terminal's stdin, with bracketed pastes marked as such. */
import { emitKeypressEvents } from 'node:readline';
import type { IO } from '../context.js';
import type { KeyPress } from '../core/drill-keys.js';

/** Start delivering keys; the returned function stops, leaves raw mode and pauses stdin. */
export function listenKeys(stdin: IO['stdin'], onKey: (k: KeyPress) => void): () => void {
  const input = stdin as NodeJS.ReadStream;
  let pasting = false;
  const onKeypress = (seq: string | undefined, key: KeyPress | undefined) => {
    if (key?.name === 'paste-start' || key?.name === 'paste-end') {
      pasting = key.name === 'paste-start';
      return;
    }
    const k: KeyPress = { ...(key ?? { sequence: seq }), ...(pasting ? { paste: true } : {}) };
    if (k.sequence === undefined && seq !== undefined) k.sequence = seq;
    onKey(k);
  };
  emitKeypressEvents(input);
  input.setRawMode?.(true);
  input.on('keypress', onKeypress);
  input.resume();
  return () => {
    input.off('keypress', onKeypress);
    input.setRawMode?.(false);
    input.pause();
  };
}
