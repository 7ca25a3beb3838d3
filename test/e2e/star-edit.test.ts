/** `prep star edit` with a scripted $EDITOR: what the user sees on each open, and what is kept. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPrep, tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
const ID = 'churn-model-rescue';
const editFile = () => join(t.dir, 'cache', 'edit', `${ID}.yaml`);
const seen = (n: number) => readFileSync(join(t.dir, `seen-${n}.yaml`), 'utf8');

/** An editor that saves a copy of what it was shown (seen-N.yaml), then applies the Nth step of ED_OPS. */
const EDITOR = `import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
const f = process.argv[2], c = process.env.ED_DIR + '/n';
const n = existsSync(c) ? Number(readFileSync(c, 'utf8')) + 1 : 1;
writeFileSync(c, String(n));
const text = readFileSync(f, 'utf8');
writeFileSync(process.env.ED_DIR + '/seen-' + n + '.yaml', text);
const op = JSON.parse(process.env.ED_OPS)[n - 1] ?? {};
let out = text;
if (op.append) out += op.append;
if (op.replace) out = out.replace(op.replace[0], op.replace[1]);
if (!op.none) writeFileSync(f, out);
`;

const edit = (ops: object[], extra: Record<string, string> = {}) =>
  runPrep(['star', 'edit', ID], { ...env, EDITOR: `node ${join(t.dir, 'ed.mjs')}`, ED_DIR: t.dir, ED_OPS: JSON.stringify(ops), ...extra });

/** Every `file:LINE:COL: ... unknown field "KEY"` in the header points at the line holding KEY. */
function positionsMatch(text: string): number {
  const lines = text.split('\n');
  const refs = [...text.matchAll(/\.yaml:(\d+):\d+: .*unknown field "(\w+)"/g)];
  for (const [, line, key] of refs) expect(lines[Number(line) - 1]).toMatch(new RegExp(`^${key}:`));
  return refs.length;
}

beforeEach(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_NOW: '2026-11-24T10:00:00Z' };
  writeFileSync(join(t.dir, 'ed.mjs'), EDITOR);
  writeFileSync(join(t.dir, 's.yaml'), 'title: Churn model rescue\ntemplate: technical-challenge\nsituation: The churn model lost ten points.\ntask: I had two weeks.\naction: I rebuilt it.\nresult: AUC went up 9 points.\n');
  expect(runPrep(['star', 'import', join(t.dir, 's.yaml')], env).code).toBe(0);
});
afterEach(() => t.done());

describe('prep star edit', () => {
  it('re-opens with one header (hint included) whose line numbers match; quitting unchanged stops and keeps the edits', () => {
    const r = edit([{ replace: ['task:', 'colour: red\ntask:'] }, { append: 'size: big\n' }, { none: true }]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/churn-model-rescue was not changed[\s\S]*hint: Your edits are kept in .*churn-model-rescue\.yaml/);
    for (const n of [2, 3]) {
      expect(seen(n).match(/Fix the problem above/g)).toHaveLength(1);
      expect(seen(n)).toMatch(/^# prep: hint: A story needs title and template/m);
      expect(seen(n)).not.toMatch(/Edit the story, save and close/);
    }
    expect(positionsMatch(seen(2))).toBe(1);
    expect(positionsMatch(seen(3))).toBe(2);
    expect(readFileSync(editFile(), 'utf8')).toMatch(/colour: red[\s\S]*size: big/);
    // The next edit carries on from the kept file (quitting again keeps it); fixing it saves.
    rmSync(join(t.dir, 'n'));
    expect(edit([{ none: true }]).code).toBe(2);
    expect(seen(1)).toMatch(/^# prep: Your unsaved edit from last time[\s\S]*colour: red/);
    expect(existsSync(editFile())).toBe(true);
    rmSync(join(t.dir, 'n'));
    const fixed = edit([{ replace: ['colour: red\n', ''], append: 'reflection: I would add a drift alert.\n' }]);
    expect(fixed.code, fixed.stderr).toBe(2); // size: big is still there
    rmSync(join(t.dir, 'n'));
    expect(edit([{ replace: ['size: big\n', ''] }]).stdout).toMatch(/Saved churn-model-rescue/);
    expect(runPrep(['star', 'show', ID, '--json'], env).stdout).toMatch(/drift alert/);
  });

  it('keeps re-opening past five failed saves until the story is valid', () => {
    const bad = Array.from({ length: 6 }, (_, i) => ({ append: `extra${i}: x\n` }));
    const r = edit([...bad, { replace: ['extra0: x\nextra1: x\nextra2: x\nextra3: x\nextra4: x\nextra5: x\n', ''] }]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Saved churn-model-rescue/);
    expect(existsSync(editFile())).toBe(false);
  });

  it('quitting without saving on the first open changes nothing', () => {
    const r = edit([{ none: true }]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No changes to churn-model-rescue/);
    expect(existsSync(editFile())).toBe(false);
  });

  it('without a TTY and with no EDITOR, exits 2 with a hint instead of starting vi', () => {
    const r = runPrep(['star', 'edit', ID], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs \$EDITOR or an interactive terminal[\s\S]*hint: Set EDITOR/);
  });
});
