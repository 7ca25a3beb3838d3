// Marks dist/cjs as CommonJS (the package itself is "type": "module"); see src/fast/due-fast.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync(new URL('../dist/cjs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../dist/cjs/package.json', import.meta.url), '{ "type": "commonjs" }\n');
