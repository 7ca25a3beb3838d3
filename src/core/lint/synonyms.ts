/** content/synonyms.yaml beyond its schema: a term belongs to one group of its scope; opposites name two different groups. Pure. */
import type { SynonymsFile } from '../schema.js';
import { phraseTokens } from '../grader/text.js';
import { issue, type LintIssue } from './types.js';

export function checkSynonyms(file: string, data: SynonymsFile): LintIssue[] {
  const out: LintIssue[] = [];
  const seen = new Map<string, number>();
  const norm = (t: string) => phraseTokens(t).toks.join(' ');
  data.groups.forEach((g, gi) => {
    g.terms.forEach((t, ti) => {
      const k = norm(t) && `${g.scope}:${norm(t)}`;
      if (!k) out.push(issue(file, ['groups', gi, 'terms', ti], `term "${t}" has no words once stop words are dropped`, 'Use a term with content words.'));
      else if (seen.has(k) && seen.get(k) !== gi) out.push(issue(file, ['groups', gi, 'terms', ti], `term "${t}" is also in group ${seen.get(k)! + 1}`, 'A term belongs to one group: merge the groups or drop one copy.'));
      else seen.set(k, gi);
    });
  });
  data.opposites.forEach(([a, b], oi) => {
    const ga = seen.get(`both:${norm(a)}`);
    if (ga !== undefined && ga === seen.get(`both:${norm(b)}`)) out.push(issue(file, ['opposites', oi], `"${a}" and "${b}" are synonyms (group ${ga + 1}), not opposites`, 'Remove the pair or split the group.'));
  });
  return out;
}
