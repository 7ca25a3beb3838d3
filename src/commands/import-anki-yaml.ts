/** The bank file an Anki import writes: new YAML, or the existing file with the cards appended; linted before it is written. */
import { join } from 'node:path';
import type { Ctx } from '../context.js';
import { PrepError } from '../errors.js';
import type { CardItem } from '../core/anki-cards.js';
import { BankFileSchema, FrameworksFileSchema, TaxonomySchema } from '../core/schema.js';
import { checkReferences } from '../core/lint/references.js';
import type { LoadedItem } from '../core/types.js';
import { readContentFile } from '../adapters/content-loader.js';
import { locateIssues, starTemplateIds } from '../adapters/lint-files.js';
import { formatFinding, parseYaml } from '../adapters/yaml-doc.js';
import { schemaFindings } from '../adapters/validate.js';

export async function bankYaml(existing: string | undefined, bank: string, deckName: string, cards: CardItem[]): Promise<string> {
  const { Document, isSeq, parseDocument } = await import('yaml');
  const doc = existing !== undefined ? parseDocument(existing) : new Document({ title: `${bank} (from Anki)`, description: `Cards imported from ${deckName.replace(/[^\w .()-]/g, '_')}.`, items: [] });
  if (existing === undefined) doc.commentBefore = ' Imported by `prep import --format anki`. type: card items are self-graded: the prompt is the front, the answer the back.';
  for (const c of cards) {
    const node = doc.createNode(c);
    // Roles and tags read best on one line: roles: [ds, mle]
    for (const key of ['roles', 'tags']) {
      const seq = node.get(key, true);
      if (isSeq(seq)) seq.flow = true;
    }
    doc.addIn(['items'], node);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The same checks loading and `prep bank lint` make, on the text about to be written; any error refuses it. */
export async function lintBankText(ctx: Ctx, file: string, text: string, others: readonly LoadedItem[]): Promise<void> {
  const parsed = parseYaml(file, text);
  const { data, findings } = parsed.findings.length ? { data: undefined, findings: parsed.findings } : schemaFindings(parsed, BankFileSchema);
  const problems = [...findings];
  if (data) {
    const [frameworks, taxonomy] = await Promise.all([
      readContentFile(join(ctx.contentDir, 'frameworks.yaml'), FrameworksFileSchema),
      readContentFile(join(ctx.contentDir, 'taxonomy.yaml'), TaxonomySchema),
    ]);
    const bank = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    const otherIds = new Map(others.map((i) => [i.id, `${i.file}:${i.line}`]));
    const issues = checkReferences([{ id: bank, file, data }], { frameworks: new Set(frameworks.frameworks.map((f) => f.id)), templates: new Set(starTemplateIds(ctx.contentDir)), taxonomy, otherIds }, false);
    problems.push(...locateIssues(issues.filter((i) => i.severity === 'error'), new Map([[file, parsed]])));
  }
  if (problems.length) {
    throw new PrepError('invalid-input', `the cards would not make a valid bank; ${file} was not written`, {
      details: problems.slice(0, 10).map(formatFinding),
      hint: 'If you appended, fix the bank file first (`prep bank lint FILE`); otherwise this is a bug in prep: please report it.',
    });
  }
}
