import { describe, expect, it } from 'vitest';
import { stripHeader, withHeader } from '../../src/core/edit-header.js';

describe('the star edit header', () => {
  it.each([
    ['no header', 'id: a\ntitle: b', 0, 'id: a\ntitle: b'],
    ['one header line', '# prep: Edit\nid: a', 1, 'id: a'],
    ['a stacked header', '# prep: x\n# prep: y\n# prep: z\nid: a', 3, 'id: a'],
    ["the user's own comment stays", '# prep: x\n# my note\nid: a', 1, '# my note\nid: a'],
  ])('stripHeader: %s', (_n, text, lines, body) => {
    expect(stripHeader(text)).toEqual({ lines, body });
  });

  it.each([
    ['a longer header moves the lines down', 1, ['f.yaml has errors', 'f.yaml:5:1: bad', 'Fix it'], 'f.yaml:7:1: bad'],
    ['a shorter header moves them up', 4, ['f.yaml:9:3: bad'], 'f.yaml:6:3: bad'],
    ['multi-line details count as lines', 0, ['f.yaml:2:1: bad\n  hint: fix'], 'f.yaml:4:1: bad'],
  ])('withHeader: %s', (_n, oldHeader, lines, want) => {
    const out = withHeader(lines, 'body', { file: 'f.yaml', oldHeader });
    expect(out).toContain(`# prep: ${want}`);
    expect(out.split('\n').every((l, i, all) => i === all.length - 1 || l.startsWith('# prep: '))).toBe(true);
    expect(stripHeader(out).body).toBe('body');
  });
});
