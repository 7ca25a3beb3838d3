import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

  it('src/ has no import cycles (static imports, type imports and import() of a literal path)', () => {
    const all = files(join(ROOT, 'src'));
    const known = new Set(all);
    const edges = new Map(all.map((f) => {
      const src = readFileSync(f, 'utf8');
      const specs = [...src.matchAll(/(?:from\s+|import\(\s*)['"](\.{1,2}\/[^'"]+)\.js['"]/g)].map((m) => join(dirname(f), `${m[1]}.ts`));
      return [f, specs.filter((t) => known.has(t))];
    }));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(ROOT, p)).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const t of edges.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of all) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('core files stay small', () => {
    for (const f of core) expect(readFileSync(f, 'utf8').split('\n').length, f).toBeLessThan(260);
  });
});
