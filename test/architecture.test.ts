import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN = /from\s+['"](node:[^'"]+|fs|path|os|child_process|better-sqlite3|yaml|chalk|ora|@inquirer\/[^'"]+|commander|fuse\.js)['"]|import\(\s*['"](node:|fs|better-sqlite3|yaml|chalk|ora|@inquirer)/;

describe('architecture', () => {
  const core = files(join(ROOT, 'src', 'core'));

  it.each(core.map((f) => [f.slice(ROOT.length)]))('%s is pure: no I/O or terminal imports', (rel) => {
    const src = readFileSync(join(ROOT, rel), 'utf8');
    expect(src).not.toMatch(FORBIDDEN);
    expect(src).not.toMatch(/new Date\(\)|Date\.now\(\)|process\.|Math\.random\(/);
  });

  it('only main.ts sets the exit code', () => {
    const code = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l)).join('\n');
    const offenders = files(join(ROOT, 'src')).filter((f) => /process\.exit(Code)?\b/.test(code(f)));
    expect(offenders.map((f) => f.slice(ROOT.length))).toEqual([]);
  });

  it('core files stay small', () => {
    for (const f of core) expect(readFileSync(f, 'utf8').split('\n').length, f).toBeLessThan(260);
  });
});
