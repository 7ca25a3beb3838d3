/** Cross-file checks every lint run makes: unique ids, and references to frameworks, templates and topics. */
import type { BankFile, Taxonomy } from '../schema.js';
import { issue, type LintIssue } from './types.js';

export interface LintBank {
  id: string;
  file: string;
  data: BankFile;
}

export interface RefContext {
  frameworks: Set<string>;
  templates: Set<string>;
  taxonomy?: Taxonomy;
  /** Ids already taken by banks not being linted (e.g. the shipped banks when linting a user file). */
  otherIds?: Map<string, string>;
}

export function checkReferences(banks: LintBank[], ctx: RefContext, strict: boolean): LintIssue[] {
  const out: LintIssue[] = [];
  const seen = new Map<string, string>(ctx.otherIds ?? []);
  const topics = new Set([...(ctx.taxonomy?.topics ?? []), ...(ctx.taxonomy?.extra_topics ?? [])].map((t) => t.id));
  const questions = new Set((ctx.taxonomy?.questions ?? []).map((q) => q.id));
  for (const b of banks) {
    b.data.items.forEach((it, i) => {
      const at = ['items', i];
      const prev = seen.get(it.id);
      if (prev) out.push(issue(b.file, [...at, 'id'], `duplicate id "${it.id}": also in ${prev}`, 'Ids are unique across all banks; rename one.'));
      else seen.set(it.id, b.file);
      if (strict && !it.id.startsWith(`${b.id}-`)) out.push(issue(b.file, [...at, 'id'], `id "${it.id}" should start with "${b.id}-"`, `Ids read <bank>-<slug>, e.g. ${b.id}-${it.id.replace(/^[a-z0-9]+-/, '')}.`));
      if (it.framework && !ctx.frameworks.has(it.framework)) out.push(issue(b.file, [...at, 'framework'], `unknown framework "${it.framework}"`, `Use one of: ${[...ctx.frameworks].join(', ')}.`));
      if (it.type === 'behavioural' && !ctx.templates.has(it.template)) out.push(issue(b.file, [...at, 'template'], `unknown STAR template "${it.template}"`, `Use one of: ${[...ctx.templates].join(', ')}.`));
      if (ctx.taxonomy && it.topic && !topics.has(it.topic)) {
        out.push(issue(b.file, [...at, 'topic'], `unknown topic "${it.topic}"`, 'Use a topic id from content/taxonomy.yaml (topics or extra_topics), or add it under extra_topics.', strict ? 'error' : 'warning'));
      }
      if (ctx.taxonomy && it.canonical && !questions.has(it.canonical)) out.push(issue(b.file, [...at, 'canonical'], `unknown named question "${it.canonical}"`, 'canonical: takes an id from the questions list in content/taxonomy.yaml.'));
      if (it.type === 'coding') {
        it.edge_cases.forEach((name, j) => {
          if (!new RegExp(`^def ${name}\\(`, 'm').test(it.tests)) out.push(issue(b.file, [...at, 'edge_cases', j], `edge case "${name}" is not a test function in tests`, 'Name a test_* function defined in the tests field.'));
        });
      }
    });
  }
  return out;
}
