/** The interactive checklist in a terminal. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPrep, tempDir } from '../helpers.js';
import { spawnPrep } from './pty.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeEach(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_NOW: '2026-11-30T10:00:00Z' };
  expect(runPrep(['interview', 'add', 'Acme', '--date', '2026-12-01'], env).code).toBe(0);
});
afterEach(() => t.done());
const ticked = () => JSON.parse(runPrep(['interview', 'show', 'acme', '--json'], env).stdout).checked;

describe('prep checklist in a terminal', () => {
  it('saves each tick the moment space is pressed, so Ctrl-C keeps it', async () => {
    const s = spawnPrep(['checklist'], env);
    await s.waitFor(/Tick what you have done/);
    s.send(' ');
    s.send('\u001b[B');
    s.send('\u001b[B');
    s.send(' ');
    await s.waitFor(/◉[\s\S]*◉/, 5000, s.mark() - 2000);
    s.send('\u0003');
    expect(await s.exited).toBe(130);
    expect(ticked().sort()).toEqual(['light-review', 'research-stack']);
  });

  it('on the day lists only the day\'s items to tick, not the overdue ones', async () => {
    const s = spawnPrep(['checklist'], { ...env, PREP_NOW: '2026-12-01T08:00:00Z' });
    const m = await s.waitFor(/Tick what you have done[\s\S]*enter: done/);
    expect(m[0]).toMatch(/Read the round structures/);
    expect(m[0]).not.toMatch(/overdue|Research the company/);
    s.send('\u0003');
    expect(await s.exited).toBe(130);
  });
});
