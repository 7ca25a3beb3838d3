import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cachedContent } from '../../src/adapters/content-cache.js';
import { contentDir } from '../../src/adapters/content-dir.js';
import { readContentFile } from '../../src/adapters/content-loader.js';
import { FrameworksFileSchema, StarTemplateSchema } from '../../src/core/schema.js';

// dist/content-cache.json is written by `npm run build` (pretest); the src module reads the one beside dist.
describe('the build-time cache of shipped content files', () => {
  const shipped = join(contentDir(), 'frameworks.yaml');
  const text = readFileSync(shipped, 'utf8');

  it('holds the parsed, validated shipped file, keyed by its exact text', async () => {
    // The build's copy (dist/); run from src/ the module looks beside src/ and finds none, which is fine.
    const built = (await import('../../dist/adapters/content-cache.js' as string)) as { cachedContent: typeof cachedContent };
    const hit = built.cachedContent(shipped, text);
    expect(hit === undefined ? 'no cache: run npm run build' : hit).toEqual(FrameworksFileSchema.parse(parse(text)));
    expect(built.cachedContent(shipped, `${text}\n# edited`)).toBeUndefined();
  });

  it('an edited or user-supplied file is parsed as usual', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prep-cc-'));
    const edited = text.replace(/seconds: 30/, 'seconds: 31');
    writeFileSync(join(dir, 'frameworks.yaml'), edited);
    const fw = await readContentFile(join(dir, 'frameworks.yaml'), FrameworksFileSchema);
    expect(fw).toEqual(FrameworksFileSchema.parse(parse(edited)));
    expect(fw).not.toEqual(FrameworksFileSchema.parse(parse(text)));
  });

  it('the same text under another kind of file is not taken from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prep-cc-'));
    mkdirSync(join(dir, 'star'));
    writeFileSync(join(dir, 'star', 'x.yaml'), text);
    expect(cachedContent(join(dir, 'star', 'x.yaml'), text)).toBeUndefined();
    await expect(readContentFile(join(dir, 'star', 'x.yaml'), StarTemplateSchema)).rejects.toThrow();
  });
});
