/**
 * Reads untrusted YAML: core schema (YAML 1.2), unique keys, no aliases, warnings are errors, and every
 * problem carries a line and column. Positions of any value can be looked up afterwards by path.
 */
import { Document as YamlDocument, isAlias, isMap, isNode, isPair, isScalar, LineCounter, parseDocument, Scalar, visit, type Document } from 'yaml';

import type { Finding } from './finding.js';
import { readUtf8 } from './read-text.js';
export { formatFinding, safeFinding, type Finding } from './finding.js';

export interface ParsedYaml {
  file: string;
  value: unknown;
  findings: Finding[];
  /** Line and column of the node at a path (or of its nearest existing ancestor); `key` points at a mapping key. */
  locate(path: readonly PropertyKey[], key?: string): { line: number; col: number };
}

const MAX_BYTES = 8 * 1024 * 1024;

export function parseYaml(file: string, source: string): ParsedYaml {
  const lc = new LineCounter();
  const findings: Finding[] = [];
  const at = (offset: number) => {
    const p = lc.linePos(Math.max(0, offset));
    return { line: p.line, col: p.col };
  };
  if (source.length > MAX_BYTES) {
    findings.push({ file, line: 1, col: 1, severity: 'error', message: `file is larger than ${MAX_BYTES / 1024 / 1024} MB`, hint: 'Split it into several bank files.' });
    return { file, value: undefined, findings, locate: () => ({ line: 1, col: 1 }) };
  }
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, lineCounter: lc, prettyErrors: false, strict: true });
  for (const e of [...doc.errors, ...doc.warnings]) {
    findings.push({
      file,
      ...at(e.pos[0]),
      severity: 'error',
      message: e.code === 'MULTIPLE_DOCS' ? 'the file holds more than one YAML document' : e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      hint: e.code === 'MULTIPLE_DOCS' ? 'A bank or config file is one YAML document: remove the `---` line (and merge what follows it).'
        : e.code === 'DUPLICATE_KEY' ? 'Each key may appear once per mapping; merge or rename the duplicate.' : 'Check indentation and quote values that contain ": " or start with a special character.',
    });
  }
  const yamlVersion = (doc.directives as { yaml?: { explicit?: boolean; version?: string } } | undefined)?.yaml;
  if (yamlVersion?.explicit && yamlVersion.version !== '1.2') {
    findings.push({
      file, line: 1, col: 1, severity: 'error',
      message: `%YAML ${yamlVersion.version} is not supported: content files are YAML 1.2 (core schema)`,
      hint: 'Delete the %YAML line. Under 1.1, words like yes/no/on/off would silently become booleans.',
    });
  }
  visit(doc, {
    Alias(_k, node) {
      findings.push({
        file, ...at(node.range?.[0] ?? 0), severity: 'error',
        message: `alias *${node.source} is not allowed in content files`,
        hint: 'Write the value out in full; aliases can expand into huge documents (an "alias bomb").',
      });
    },
    Node(_k, node) {
      if (isScalar(node) && node.tag && !['tag:yaml.org,2002:str', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float', 'tag:yaml.org,2002:bool', 'tag:yaml.org,2002:null'].includes(node.tag)) {
        findings.push({ file, ...at(node.range?.[0] ?? 0), severity: 'error', message: `tag ${node.tag} is not allowed`, hint: 'Remove the !tag; plain strings, numbers, lists and mappings are enough.' });
      }
    },
  });
  const hasErrors = findings.length > 0;
  const value = hasErrors ? undefined : doc.toJS({ maxAliasCount: 0 });
  return { file, value, findings, locate: (path, key) => locateIn(doc, path, key, at) };
}

function locateIn(
  doc: Document,
  path: readonly PropertyKey[],
  key: string | undefined,
  at: (o: number) => { line: number; col: number },
): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (!isNode(node) || isAlias(node)) continue;
    if (key !== undefined && n === path.length && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    if (n < path.length && isMap(node)) {
      // The value is missing: point at the mapping's key for the next path element if present.
      const k = path[n];
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === k);
      if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    if (node.range) return at(node.range[0]);
  }
  return { line: 1, col: 1 };
}

/**
 * Read a file as strict UTF-8 and parse it; a file that is not UTF-8, or cannot be read at all (then
 * `unreadable` holds the reason in words), is one finding, with no value.
 */
export function parseYamlFile(file: string): ParsedYaml & { source: string; unreadable?: string } {
  const r = readUtf8(file);
  if ('finding' in r) return { file, value: undefined, findings: [r.finding], locate: () => ({ line: 1, col: 1 }), source: '', ...(r.unreadable ? { unreadable: r.finding.message } : {}) };
  return { ...parseYaml(file, r.text), source: r.text };
}

const ESCAPE = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_QUOTES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;

/**
 * YAML for export: a string holding a control character (C0, DEL, C1, bidi) is written double-quoted
 * with it escaped (\u202E), so the file reads back the same but printing it cannot drive a terminal.
 */
export function stringifySafe(value: unknown): string {
  const doc = new YamlDocument(value);
  visit(doc, {
    Scalar(_k, node) {
      if (typeof node.value === 'string' && NEEDS_QUOTES.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 }).replace(ESCAPE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
