import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPrep, tempDir } from '../helpers.js';
import { spawnPrep } from './pty.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeEach(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_NOW: '2026-11-24T10:00:00Z' };
});
afterEach(() => t.done());

describe('prep star new in a terminal', () => {
  it('keeps the draft, including the half-typed part, across Ctrl-C and offers it back', async () => {
    const s = spawnPrep(['star', 'new', '--template', 'technical-challenge'], env);
    await s.waitFor(/Title/);
    s.send('Churn model rescue\r');
    await s.waitFor(/Situation/);
    s.send('The churn model lost ten points of AUC after a pricing change.');
    s.send('\u0004');
    await s.waitFor(/Task\s/);
    s.send('I had to fix it in two weeks');
    s.send('\r');
    s.send('before the renewal camp');
    await new Promise((r) => setTimeout(r, 500)); // longer than the 300 ms save throttle
    s.send('\u0003');
    expect(await s.exited).toBe(130);
    expect(s.output()).toMatch(/Draft saved \(at Task\)/);

    const again = spawnPrep(['star', 'new'], env);
    await again.waitFor(/Resume your draft "Churn model rescue"/);
    again.send('\r');
    await again.waitFor(/I had to fix it in two weeks\s*\n.*before the renewal camp/);
    again.send('aign.');
    again.send('\u0004');
    await again.waitFor(/Action/);
    again.send('\u0003');
    expect(await again.exited).toBe(130);
    const third = spawnPrep(['star', 'new'], env);
    await third.waitFor(/Resume your draft/);
    third.send('\r');
    await third.waitFor(/Task: I had to fix it in two weeks/);
    third.send('\u0003');
    await third.exited;
    expect(runPrep(['star', 'list', '--json'], env).stdout).toMatch(/"stories": \[\]/);

    // Start over asks first, naming the draft; "no" keeps (and resumes) it.
    const fourth = spawnPrep(['star', 'new'], env);
    await fourth.waitFor(/You have a draft "Churn model rescue"/);
    fourth.send('\u001b[B');
    fourth.send('\r');
    await fourth.waitFor(/Discard the draft "Churn model rescue" for good\?/);
    fourth.send('n\r');
    await fourth.waitFor(/Task: I had to fix it in two weeks/);
    fourth.send('\u0003');
    await fourth.exited;
    // "yes" discards it; the new story starts empty.
    const fifth = spawnPrep(['star', 'new', '--template', 'teamwork'], env);
    await fifth.waitFor(/You have a draft "Churn model rescue"/);
    fifth.send('\u001b[B');
    fifth.send('\r');
    await fifth.waitFor(/for good\?/);
    fifth.send('y\r');
    await fifth.waitFor(/Title/, 10_000, fifth.mark());
    fifth.send('\u0003');
    await fifth.exited;
    const sixth = spawnPrep(['star', 'new'], env);
    await sixth.waitFor(/You have a draft "teamwork"/);
    sixth.send('\u0003');
    await sixth.exited;
  });

  it('an interactive command without a TTY exits 2 naming the scriptable commands', () => {
    for (const args of [['star', 'new'], ['star', 'practice'], ['drill'], ['review']]) {
      const r = runPrep(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/needs an interactive terminal[\s\S]*prep (due --json|star import)/);
    }
  });
});
