/** Interactive commands: a normal quit is exit 0, Ctrl-C is 130; without a TTY the flags are checked first. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers.js';
import { spawnPrep as inTerminal } from '../e2e/pty.js';
import { sharedDir, spawnPrep } from './tools.js';

let t: ReturnType<typeof sharedDir>;
let env: Record<string, string>;
beforeAll(() => {
  t = sharedDir();
  env = { PREP_HOME: t.dir, PREP_NOW: '2026-03-01T09:00:00Z' };
  const file = join(t.dir, 'story.yaml');
  writeFileSync(file, 'id: churn\ntitle: Churn model rescue\ntemplate: technical-challenge\nsituation: s\ntask: t\naction: a\nresult: r\n');
  expect(spawnPrep(['star', 'import', file], env).code).toBe(0);
});
afterAll(() => t.done());

describe('prep star practice in a terminal', () => {
  it.each([['q', 0], ['\u0003', 130]])('%j stops: exit %i', async (key, code) => {
    const s = inTerminal(['star', 'practice', 'churn'], env);
    await s.waitFor(/Situation \(1\/4\)/);
    s.send(key);
    expect(await s.exited).toBe(code);
    expect(s.output()).toMatch(/Rehearsed 0 stories/);
  });
});

describe('without a TTY, a mistake in the flags is named before the missing terminal', () => {
  const fixtures = () => ({ ...env, PREP_CONTENT_DIR: join(FIXTURES, 'content') });
  it.each([
    [['drill', '--bank', 'nope'], /unknown bank "nope"/],
    [['drill', '--topic', 'nope'], /unknown topic "nope"/],
    [['drill', '--difficulty', 'hardest'], /unknown difficulty "hardest"/],
    [['drill', '--extra-new', '0'], /--extra-new takes a whole number/],
    [['review', '--limit', 'x'], /--limit takes a whole number/],
    [['star', 'new', '--template', 'nope'], /unknown template "nope"/],
    [['star', 'practice', 'no-such-story'], /no story .*no-such-story/],
    [['ask', '--pick', '--interview', 'nope'], /no interview "nope"/],
  ])('%j', (args, words) => {
    const r = spawnPrep(args, args[0] === 'drill' || args[0] === 'review' ? fixtures() : env);
    expect(r.stderr).toMatch(words);
    expect(r.stderr).not.toMatch(/interactive terminal/);
    expect(r.code).toBe(2);
  });

  it('with every flag right it is the terminal that is missing', () => {
    const r = spawnPrep(['drill', '--bank', 'mini'], { ...env, PREP_CONTENT_DIR: join(FIXTURES, 'content') });
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/^prep drill needs an interactive terminal/)]);
  });
});
