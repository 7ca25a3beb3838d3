import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../src/core/lint/', import.meta.url);

describe('core/lint stays pure', () => {
  it.each(readdirSync(dir).filter((n) => n.endsWith('.ts')))('%s imports no node:*, fs, yaml or child_process', (name) => {
    const src = readFileSync(new URL(name, dir), 'utf8');
    const imports = [...src.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    expect(imports.filter((m) => !m.startsWith('.') && m !== 'zod' && m !== 'stemmer')).toEqual([]);
  });
});
