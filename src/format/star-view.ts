/** Stories as Markdown and a coach's notes, for the terminal and for notes apps. Pure. */
import { STAR_PARTS, type StarFinding, type StarPart, type Story } from '../core/star.js';
import type { StarTemplate } from '../core/schema.js';
import { wrap } from './text.js';
import { sanitizeDeep } from '../core/sanitize.js';

export function formatFindings(findings: StarFinding[], width: number): string {
  return findings
    .map((f) => `${wrap(`${f.severity === 'warning' ? '!' : '·'} ${f.part}: ${f.message}`, width - 2, '  ')}\n${wrap(`fix: ${f.fix}`, width - 4, '    ')}`)
    .join('\n');
}

const label = (part: StarPart) => part[0]!.toUpperCase() + part.slice(1);

/** Markdown a candidate can paste into notes. */
export function storyMarkdown(stories: Story[], templates: Map<string, StarTemplate>): string {
  return stories
    .map((story) => sanitizeDeep(story))
    .map((s) => {
      const template = templates.get(s.template);
      const themes = [...new Set([s.template, ...s.themes])];
      const lines = [`## ${s.title.trim()}`, '', `_${template ? template.title : s.template} · themes: ${themes.join(', ')}_`];
      for (const part of STAR_PARTS) lines.push('', `**${label(part)}** ${paragraph(s[part]) || '_(not written yet)_'}`);
      const before = s.metrics?.before?.trim();
      const after = s.metrics?.after?.trim();
      if (before || after) lines.push('', `**Metrics** ${before && after ? `${before} -> ${after}` : before ? `before: ${before}` : `after: ${after}`}`);
      const reflection = paragraph(s.reflection ?? '');
      if (reflection) lines.push('', `**Reflection** ${reflection}`);
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** Trim, and keep blank-line paragraph breaks but join wrapped lines (YAML block scalars). */
function paragraph(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '))
    .join('\n\n');
}
