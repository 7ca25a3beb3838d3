/** interview rm's confirmation and interview edit's prompts, typed at in a terminal. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPrep, tempDir } from '../helpers.js';
import { spawnPrep } from './pty.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeEach(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_NOW: '2026-11-20T10:00:00Z' };
  expect(runPrep(['interview', 'add', 'Acme', '--date', '2026-12-01', '--role', 'MLE'], env).code).toBe(0);
  expect(runPrep(['checklist', 'check', 'research-stack'], env).code).toBe(0);
});
afterEach(() => t.done());
const interviews = () => JSON.parse(runPrep(['interview', 'list', '--json'], env).stdout).interviews;

describe('prep interview in a terminal', () => {
  it('rm asks first (default No); y removes it with its ticks', async () => {
    const s = spawnPrep(['interview', 'rm', 'acme'], env);
    await s.waitFor(/Remove acme \(Acme on 2026-12-01\) with 1 checklist tick and 0 picked questions\?/);
    s.send('\r');
    await s.waitFor(/Kept acme; nothing was removed\./);
    expect(await s.exited).toBe(0);
    expect(interviews()).toHaveLength(1);
    const again = spawnPrep(['interview', 'rm', 'acme'], env);
    await again.waitFor(/Remove acme/);
    again.send('y\r');
    await again.waitFor(/Removed acme/);
    expect(await again.exited).toBe(0);
    expect(interviews()).toEqual([]);
  });

  it('edit with no options asks for each field, prefilled; Ctrl-C changes nothing', async () => {
    const s = spawnPrep(['interview', 'edit', 'acme'], env);
    await s.waitFor(/Company/);
    s.send('\r');
    await s.waitFor(/Date \(YYYY-MM-DD\)/);
    s.send('\u007f'.repeat(10) + '2026-12-02\r');
    await s.waitFor(/Role/);
    s.send('\r');
    await s.waitFor(/Notes/);
    s.send('final round\r');
    await s.waitFor(/Updated acme: date "2026-12-01" -> "2026-12-02"; notes none -> "final round"\./);
    expect(await s.exited).toBe(0);
    expect(interviews()[0]).toMatchObject({ id: 'acme', company: 'Acme', date: '2026-12-02', role: 'MLE', notes: 'final round' });
    const stop = spawnPrep(['interview', 'edit', 'acme'], env);
    await stop.waitFor(/Company/);
    stop.send('\u0003');
    expect(await stop.exited).toBe(130);
    expect(interviews()[0]).toMatchObject({ date: '2026-12-02' });
  });
});
