import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { progressAllowed, progressBar } from '../../src/adapters/progress.js';
import { checkOut, readUserFile } from '../../src/adapters/user-files.js';
import { tempDir } from '../helpers.js';

describe('progressBar', () => {
  it('draws at most every 100 ms and erases itself when done', () => {
    const written: string[] = [];
    let now = 0;
    const bar = progressBar({ write: (s) => (written.push(s), true), columns: 60 }, 'Exporting', 200, true, () => now);
    now = 150;
    bar.tick(50);
    now = 200;
    bar.tick(100); // too soon: not drawn
    now = 300;
    bar.tick(200);
    bar.done();
    // 60 columns: the label, the percentage and a bar of 31 that fits beside them.
    expect(written).toEqual([`\rExporting [${'#'.repeat(8)}${'.'.repeat(23)}]  25%`, `\rExporting [${'#'.repeat(31)}] 100%`, '\r\u001b[K']);
    expect(written.every((w) => w.length <= 60)).toBe(true);
  });

  it('draws nothing when not allowed, and is allowed only on a terminal without --json or NO_COLOR', () => {
    const written: string[] = [];
    const bar = progressBar({ write: (s) => (written.push(s), true) }, 'x', 10, false, () => 1000);
    bar.tick(5);
    bar.done();
    expect(written).toEqual([]);
    const ctx = (over: { json?: boolean; tty?: boolean; env?: Record<string, string> }) => ({ env: over.env ?? {}, io: { stderr: { write: () => true, isTTY: over.tty ?? true } }, opts: { json: !!over.json, color: true, bankDir: [] } }) as never;
    expect(progressAllowed(ctx({}))).toBe(true);
    expect(progressAllowed(ctx({ tty: false }))).toBe(false);
    expect(progressAllowed(ctx({ json: true }))).toBe(false);
    expect(progressAllowed(ctx({ env: { NO_COLOR: '1' } }))).toBe(false);
  });
});

describe('user files', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.done());

  it('reads a file up to its cap and refuses a larger one without reading past it', () => {
    const f = join(t.dir, 'x.json');
    writeFileSync(f, 'x'.repeat(100));
    expect(readUserFile(f, 100, 'a file').length).toBe(100);
    expect(() => readUserFile(f, 99, 'a file')).toThrow(expect.objectContaining({ code: 'invalid-input', exitCode: 2 }));
    expect(() => readUserFile(t.dir, 100, 'a file')).toThrow(expect.objectContaining({ code: 'usage', message: expect.stringMatching(/is a folder, not a file/) }));
  });

  it('--out: a folder is refused, an existing file only without --force', () => {
    const f = join(t.dir, 'out.json');
    expect(() => checkOut(f, false)).not.toThrow();
    writeFileSync(f, '{}');
    expect(() => checkOut(f, false)).toThrow(/already exists/);
    expect(() => checkOut(f, true)).not.toThrow();
    expect(() => checkOut(t.dir, true)).toThrow(/is a folder/);
  });
});
