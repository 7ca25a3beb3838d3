/** Checks on the non-bank content files beyond their schemas: STAR templates and the checklist. Pure. */
import type { ChecklistFile, StarTemplate } from '../schema.js';
import { issue, type LintIssue } from './types.js';
import { scanStrings } from './text.js';

export function checkStarTemplate(file: string, stem: string, t: StarTemplate): LintIssue[] {
  const out = scanStrings(file, [], t);
  if (t.id !== stem) out.push(issue(file, ['id'], `template id "${t.id}" does not match the file name "${stem}"`, `Set id: ${stem}, or rename the file to ${t.id}.yaml.`));
  return out;
}

export interface ChecklistRefs {
  banks: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  themes: ReadonlySet<string>;
}

export function checkChecklist(file: string, c: ChecklistFile, refs: ChecklistRefs): LintIssue[] {
  const out = scanStrings(file, [], c);
  const stages = new Set<string>();
  const items = new Map<string, string>();
  c.stages.forEach((s, si) => {
    if (stages.has(s.id)) out.push(issue(file, ['stages', si, 'id'], `stage "${s.id}" appears twice`, 'Merge the two stages.'));
    stages.add(s.id);
    s.items.forEach((it, ii) => {
      const at = ['stages', si, 'items', ii];
      const prev = items.get(it.id);
      if (prev) out.push(issue(file, [...at, 'id'], `checklist item id "${it.id}" is also used in stage ${prev}`, 'Item ids are unique across all stages (`prep checklist check ID` uses them).'));
      else items.set(it.id, s.id);
      const a = it.action;
      if (a?.kind === 'drill') {
        a.filter.bank?.forEach((b, k) => {
          if (!refs.banks.has(b)) out.push(issue(file, [...at, 'action', 'filter', 'bank', k], `unknown bank "${b}" in the drill filter`, `Use one of: ${[...refs.banks].sort().join(', ')}.`));
        });
        a.filter.topic?.forEach((t, k) => {
          if (!refs.topics.has(t)) out.push(issue(file, [...at, 'action', 'filter', 'topic', k], `unknown topic "${t}" in the drill filter`, 'Use a topic id from content/taxonomy.yaml.'));
        });
      } else if (a?.kind === 'star-coverage') {
        a.themes.forEach((t, k) => {
          if (!refs.themes.has(t)) out.push(issue(file, [...at, 'action', 'themes', k], `unknown STAR theme "${t}"`, 'Use a star_themes id from content/taxonomy.yaml.'));
        });
      }
    });
  });
  return out;
}
