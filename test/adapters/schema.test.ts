import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSchema, SCHEMAS } from '../../src/scripts/gen-schema.js';
import { ROOT } from '../helpers.js';

describe('generated JSON Schemas', () => {
  it.each(Object.keys(SCHEMAS).map((k) => [k]))('content/schema/%s.schema.json is up to date (run `npm run schema`)', (name) => {
    const onDisk = readFileSync(join(ROOT, 'content', 'schema', `${name}.schema.json`), 'utf8');
    expect(onDisk).toBe(renderSchema(name as keyof typeof SCHEMAS));
  });
});
