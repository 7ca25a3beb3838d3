/** Keys and a fold for the drill reducer's table tests (shared by the item types' test files). */
import { step, type DrillEvent, type DrillState, type Effect } from '../../src/core/drill.js';
import type { KeyPress } from '../../src/core/drill-keys.js';

export const T0 = 1_000; // monotonic milliseconds: any origin will do
export const s = (sec: number) => T0 + sec * 1000;
export const key = (k: KeyPress, at: number): DrillEvent => ({ type: 'key', key: k, at });
export const type = (text: string, at: number) => key({ sequence: text }, at);
export const ctrl = (name: string, at: number) => key({ name, ctrl: true, sequence: String.fromCharCode(name.charCodeAt(0) - 96) }, at);
export const enter = (at: number) => key({ name: 'return', sequence: '\r' }, at);

/** Fold events through the reducer, collecting every effect on the way. */
export function fold(events: DrillEvent[], from: DrillState): DrillState & { all: Effect[] } {
  const all: Effect[] = [];
  const end = events.reduce((st, e) => {
    const next = step(st, e);
    all.push(...next.effects);
    return next;
  }, from);
  return { ...end, all };
}
