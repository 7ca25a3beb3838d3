/** `prep mock` from scripts: what is wrong with a request is said (exit 2) before the missing terminal is. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runPrep, tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeEach(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_CONTENT_DIR: join(FIXTURES, 'mock-content'), PREP_NOW: '2026-03-01T09:00:00Z' };
});
afterEach(() => t.done());

describe('prep mock without a terminal', () => {
  it.each([
    [['mock', 'panel'], /unknown round "panel"[\s\S]*Rounds: concept, coding, design, behavioural, sql, loop/],
    [['mock', '--minutes', '5'], /--minutes takes whole minutes from 10 to 120; got "5"/],
    [['mock', '--minutes', '121'], /--minutes takes whole minutes from 10 to 120/],
    [['mock', '--interview', 'nope'], /no interview "nope"/],
    [['mock', '--role', 'pm'], /unknown role "pm"/],
    [['mock', 'sql'], /no items fit the sql round: no sql items in the banks/],
    [['mock', 'concept', '--role', 'fs'], /no items fit the concept round: the roles \(fs\): no concept item is for them/],
    [['mock', 'concept'], /needs an interactive terminal[\s\S]*prep mock history --json/],
  ])('%j exits 2 and says why', (args, message) => {
    const r = runPrep(args as string[], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('history and show work from scripts; an unknown round number is exit 2', () => {
    expect(JSON.parse(runPrep(['mock', 'history', '--json'], env).stdout)).toEqual({ version: 1, rounds: [] });
    expect(runPrep(['mock', 'history'], env).stdout).toMatch(/No mock rounds yet/);
    expect(runPrep(['mock', 'show', '3'], env)).toMatchObject({ code: 2, stderr: expect.stringMatching(/no mock round 3/) });
    expect(runPrep(['mock', 'show', 'x'], env).code).toBe(2);
  });
});
