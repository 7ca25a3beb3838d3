/** A system clock stepped back an hour during a drill: the countdown and the stored seconds do not notice. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers.js';
import { spawnPrep } from './pty.js';

const Database = createRequire(import.meta.url)('better-sqlite3');
const LIB = ['/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1', '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1'].find((p) => spawnSync('test', ['-f', p]).status === 0);
let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.done());

describe('the drill clock', () => {
  // libfaketime (Debian package faketime) steps the wall clock of one process and leaves its monotonic clock alone.
  it.skipIf(!LIB)('a wall clock stepped back an hour mid-answer changes neither the countdown nor the stored seconds', async () => {
    const offset = join(t.dir, 'offset');
    writeFileSync(offset, '+0\n');
    writeFileSync(join(t.dir, 'config.yaml'), 'learn_ahead_minutes: 0\n');
    const s = spawnPrep(['drill', '-n', '1', '--time', '60', '--type', 'concept'], {
      PREP_HOME: t.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content'),
      LD_PRELOAD: LIB!, FAKETIME_TIMESTAMP_FILE: offset, FAKETIME_NO_CACHE: '1', FAKETIME_DONT_FAKE_MONOTONIC: '1',
    });
    await s.waitScreen(/⏱ 0:5\d left of 1:00/);
    s.send('bias and variance');
    writeFileSync(offset, '-3600\n'); // an hour back, as NTP or a person might
    await new Promise((r) => setTimeout(r, 1500));
    const screen = s.screen().join('\n');
    expect(screen).toMatch(/⏱ 0:5\d left of 1:00/);
    s.send('\u0004');
    await s.waitScreen(/Answered in 0:0\d of 1:00/);
    s.send('3');
    expect(await s.exited).toBe(0);
    const db = new Database(join(t.dir, 'prep.db'), { readonly: true });
    const row = db.prepare('SELECT seconds, reviewed_at FROM reviews').get() as { seconds: number; reviewed_at: string };
    db.close();
    expect(row.seconds).toBeGreaterThan(0);
    expect(row.seconds).toBeLessThan(10);
  }, 20_000);
});
