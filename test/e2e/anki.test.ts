/** Anki both ways through the real bin/prep.js: our deck imports back as a linted bank of cards. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runPrep, tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
const prep = (args: string[]) => runPrep(args, env);
beforeAll(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_CONTENT_DIR: join(FIXTURES, 'content') };
});
afterAll(() => t.done());

describe('prep export --format anki, then prep import --format anki', () => {
  it('writes a deck Anki reads: headers, one note per item with an answer (not questions to ask)', () => {
    const r = prep(['export', '--format', 'anki', '--out', join(t.dir, 'deck.txt'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1, format: 'anki', notes: 3 });
    const lines = readFileSync(join(t.dir, 'deck.txt'), 'utf8').split('\n');
    expect(lines.slice(0, 6)).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#guid column:1', '#tags column:4', '#columns:guid\tFront\tBack\tTags']);
    expect(lines[6]).toMatch(/^mini-bias-variance\t.+\t.*<b>Key points<\/b><ul><li>.*\tbank::mini topic::eval-fit role::/);
  });

  it('imports it back as a bank of type: card items in the default bank folder, which lints clean', () => {
    const r = prep(['import', join(t.dir, 'deck.txt'), '--format', 'anki', '--bank', 'mine']);
    expect(r.code, r.stderr).toBe(0);
    const file = join(t.dir, 'banks', 'mine.yaml');
    expect(r.stdout).toContain(`Added 3 cards to a new bank "mine" (${file}).`);
    expect(prep(['bank', 'lint', file])).toMatchObject({ code: 0, stdout: '0 errors, 0 warnings in 1 file\n' });
    // --strict adds the content rules: the only findings are the cards' prompts repeating the bank they came from.
    const strict = JSON.parse(prep(['bank', 'lint', '--strict', file, '--json']).stdout);
    expect(strict.findings.map((f: { message: string }) => f.message.replace(/"[^"]+" \(mini\.yaml\)/, 'X'))).toEqual(Array(3).fill('prompt duplicates the prompt of X: similarity 1.00'));
    const list = JSON.parse(prep(['bank', 'list', '--json']).stdout);
    expect(list.banks.find((b: { id: string }) => b.id === 'mine')).toMatchObject({ items: 3, byType: { card: 3 } });
    const show = JSON.parse(prep(['show', 'mine-mini-bias-variance', '--json']).stdout);
    expect(show.item).toMatchObject({ type: 'card', topic: 'eval-fit', difficulty: 'medium' });
    expect(show.item.answer).toContain('Key points\n- ');
    expect(prep(['grade', 'mine-mini-bias-variance', 'good']).code).toBe(0);
  });

  it('refuses an existing bank without --append, and with it adds only cards it does not have', () => {
    const file = join(t.dir, 'banks', 'mine.yaml');
    const before = readFileSync(file, 'utf8');
    expect(prep(['import', join(t.dir, 'deck.txt'), '--format', 'anki', '--bank', 'mine'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/you already have a bank "mine".*\nhint: Add --append/) });
    const again = prep(['import', join(t.dir, 'deck.txt'), '--format', 'anki', '--bank', 'mine', '--append', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, unchanged: 3, appended: true });
    expect(readFileSync(file, 'utf8')).toBe(before);
    writeFileSync(join(t.dir, 'more.txt'), 'One more front\tits back\n');
    expect(prep(['import', join(t.dir, 'more.txt'), '--format', 'anki', '--bank', 'mine', '--append']).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after).toContain('- id: mine-one-more-front\n    type: card\n    roles: [ds, mle, mlops, fs]');
  });

  it('never writes to a shipped bank, and --bank must be a slug', () => {
    expect(prep(['import', join(t.dir, 'deck.txt'), '--format', 'anki', '--bank', 'mini', '--append'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/"mini" is a shipped bank/) });
    expect(prep(['import', join(t.dir, 'deck.txt'), '--format', 'anki', '--bank', 'My Deck']).code).toBe(2);
    expect(prep(['import', join(t.dir, 'deck.txt'), '--format', 'anki']).code).toBe(2);
  });

  it('turns HTML into plain text and drops terminal escapes from a hostile deck', () => {
    const deck = ['#separator:tab', '#html:true', 'What is <b>2+2</b>?\u001b]0;pwned\u0007\t<div>Four</div><div>&lt;4&gt; \u001b[31mred\u001b[0m &#27;[2J</div>', 'A front with no back\t'].join('\n');
    writeFileSync(join(t.dir, 'hostile.txt'), deck);
    const r = prep(['import', join(t.dir, 'hostile.txt'), '--format', 'anki', '--bank', 'hostile']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Skipped line 4: the back is empty.');
    const yaml = readFileSync(join(t.dir, 'banks', 'hostile.yaml'), 'utf8');
    expect(yaml).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(yaml).toContain('prompt: What is 2+2?');
    expect(yaml).toMatch(/answer: \|-\n\s+Four\n\s+<4> red/);
  });
});
