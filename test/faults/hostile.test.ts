/** Hostile argv and content: prototype keys, terminal escape sequences, C1 controls, bidi overrides, DEL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FIXTURES } from '../helpers.js';
import { sharedDir, spawnPrep, UNSAFE } from './tools.js';

let t: ReturnType<typeof sharedDir>;
let fixtureEnv: Record<string, string>;
let env: Record<string, string>;
beforeAll(() => {
  t = sharedDir();
  fixtureEnv = { PREP_HOME: join(t.dir, 'fixture'), PREP_CONTENT_DIR: join(FIXTURES, 'content') };
  env = { PREP_HOME: t.dir }; // the shipped content: checklist, STAR templates, questions to ask
});
afterAll(() => t.done());

// ESC sequences (clear screen, set the title), an 8-bit CSI, a right-to-left override, DEL, an isolate.
const NASTY = 'Acme\u001b[2J\u001b]0;pwned\u0007 \u009b31m\u202eevil\u202c\u007f \u2066x\u2069';
const JSON_RAW = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/; // what JSON.stringify leaves raw

describe('prototype keys as arguments never reach exit 70', () => {
  it.each([
    [['grade', 'mini-bias-variance', '__proto__'], 2, /unknown rating "__proto__"/],
    [['grade', 'mini-bias-variance', 'constructor'], 2, /unknown rating "constructor"/],
    [['grade', 'mini-bias-variance', 'toString'], 2, /unknown rating/],
    [['grade', '__proto__', 'good'], 2, /no item with id "__proto__"/],
    [['show', 'constructor'], 2, /no item/],
    [['guide', '__proto__'], 2, /./],
    [['star', 'export', '--format', 'constructor'], 2, /--format is md, yaml or json/],
    [['drill', '--type', '__proto__'], 2, /unknown type "__proto__"/],
    [['checklist', 'check', 'constructor'], 2, /./],
    [['interview', 'show', '__proto__'], 2, /no interview "__proto__"/],
  ])('%j exits %i', (args, code, words) => {
    const r = spawnPrep(args, fixtureEnv);
    expect(r.stderr).toMatch(words);
    expect(r.code, r.stderr).toBe(code);
  });
});

describe('usage errors never echo terminal controls', () => {
  it.each([
    [[NASTY]],
    [['due', `--x${NASTY}`]],
    [['grade', NASTY, 'good']],
    [['grade', 'mini-bias-variance', NASTY]],
    [['search', 'x', '--limit', NASTY]],
    [['--db', '']],
  ])('%j: plain text is stripped, --json is escaped', (args) => {
    const text = spawnPrep(args, fixtureEnv);
    expect(text.code).toBe(2);
    expect(text.stderr).not.toMatch(UNSAFE);
    const json = spawnPrep(['--json', ...args], fixtureEnv);
    expect(json.code).toBe(2);
    expect(json.stderr).not.toMatch(UNSAFE);
    expect(json.stderr).not.toMatch(JSON_RAW);
    expect(['usage', 'unknown-id']).toContain(JSON.parse(json.stderr).error.code);
  });
});

describe('hostile content: kept exactly in JSON and YAML (escaped), stripped on the terminal', () => {
  beforeAll(() => {
    expect(spawnPrep(['interview', 'add', NASTY, '--date', '2026-03-05', '--role', `ML${NASTY}`, '--notes', NASTY], env).code).toBe(0);
    const story = { title: `Churn ${NASTY}`, template: 'technical-challenge', situation: NASTY, task: 't', action: `a\u0085b`, result: 'r', reflection: NASTY };
    writeFileSync(join(t.dir, 'story.json'), JSON.stringify(story));
    const imported = spawnPrep(['star', 'import', join(t.dir, 'story.json')], env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).not.toMatch(UNSAFE);
  });

  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

  it.each([
    [['interview', 'list', '--json']],
    [['interview', 'show', 'acme-2j-0-pwned-31m-evil-x', '--json']],
    [['checklist', '--json']],
    [['ask', '--json']],
    [['star', 'export', '--format', 'json']],
    [['star', 'export', '--json']],
  ])('%j escapes C1, bidi and DEL, and parses back to the very same strings', (args) => {
    const r = spawnPrep(args, env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stdout).not.toMatch(JSON_RAW);
    expect(strings(JSON.parse(r.stdout)).some((s) => s.includes(NASTY))).toBe(true);
  });

  it('star export --format yaml escapes them too and reads back the same', () => {
    const r = spawnPrep(['star', 'export', '--format', 'yaml'], env);
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stdout).not.toMatch(JSON_RAW);
    const story = parseYaml(r.stdout).stories[0];
    expect([story.title, story.situation, story.action]).toEqual([`Churn ${NASTY}`, NASTY, 'a\u0085b']);
  });

  it.each([[['interview', 'list']], [['interview', 'show', 'acme-2j-0-pwned-31m-evil-x']], [['checklist']], [['ask']], [['star', 'export']], [['star', 'list']], [['star', 'show', 'churn-acme-2j-0-pwned-31m-evil-x']]])('%j prints no terminal controls', (args) => {
    const r = spawnPrep(args, env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(UNSAFE);
  });
});
