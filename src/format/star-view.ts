/** A coach's notes on a story, wrapped for the terminal. Pure. */
import type { StarFinding } from '../core/star.js';
import { wrap } from './text.js';

export function formatFindings(findings: StarFinding[], width: number): string {
  return findings
    .map((f) => `${wrap(`${f.severity === 'warning' ? '!' : '·'} ${f.part}: ${f.message}`, width - 2, '  ')}\n${wrap(`fix: ${f.fix}`, width - 4, '    ')}`)
    .join('\n');
}
