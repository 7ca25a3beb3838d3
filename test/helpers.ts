/** Builders and helpers shared by tests. */
import { expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Card } from '../src/core/types.js';

export const ROOT = new URL('..', import.meta.url).pathname;
export const BIN = join(ROOT, 'bin', 'prep.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export const at = (iso: string) => new Date(iso);
export const days = (n: number, from = at('2026-03-01T09:00:00Z')) => new Date(from.getTime() + n * 86_400_000);

export function aCard(over: Partial<Card> = {}): Card {
  return { id: 'x', kind: 'item', state: 'review', due: at('2026-03-01T04:00:00Z'), stability: 5, difficulty: 5, scheduledDays: 5, learningSteps: 0, reps: 3, lapses: 0, lastReview: at('2026-02-24T09:00:00Z'), ...over };
}

export function tempDir(prefix = 'prep-test-'): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real bin/prep.js as a script: no TTY, CI-like env, fixed clock unless overridden; killed after `timeoutMs`. */
export function runPrep(args: string[], env: Record<string, string | undefined> = {}, input?: string, timeoutMs = 30_000): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', TZ: 'UTC', PREP_NOW: '2026-03-01T09:00:00Z', ...env },
    encoding: 'utf8',
    input: input ?? '',
    timeout: timeoutMs,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `prep` and `json` bound to an environment read at call time (tests set it in beforeEach/beforeAll). */
export function prepWith(env: () => Record<string, string>) {
  const prep = (args: string[], extra: Record<string, string> = {}) => runPrep(args, { ...env(), ...extra });
  const json = (args: string[], extra: Record<string, string> = {}) => {
    const r = prep([...args, '--json'], extra);
    expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    return JSON.parse(r.stdout);
  };
  return { prep, json };
}
