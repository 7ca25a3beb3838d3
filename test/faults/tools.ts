/**
 * The fault suite's means: a full file system (a small tmpfs in a private mount namespace, or `ulimit -f`
 * without root), another user (setpriv), /dev/full for a stream, and plain spawns. A test skips only when
 * its tool is missing, and says why on stderr (the closing note of a run lists every skip).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, chownSync, closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers.js';

export const NOBODY = 65534;
export const isRoot = process.getuid?.() === 0;

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

const baseEnv = (env: Record<string, string>) => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'UTC', CI: 'true', PREP_NOW: '2026-03-01T09:00:00Z', ...env });

const ran = (r: ReturnType<typeof spawnSync>): Ran => ({ code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') });

/** Run bin/prep.js with any stdio (e.g. a /dev/full descriptor for stdout). */
export function spawnPrep(args: string[], env: Record<string, string>, opts: SpawnSyncOptions = {}): Ran {
  return ran(spawnSync(process.execPath, [BIN, ...args], { env: baseEnv(env), encoding: 'utf8', timeout: 30_000, input: '', ...opts }));
}

/** stdout or stderr (or both) on /dev/full: every write fails with ENOSPC. */
export function withFullStream(which: 'stdout' | 'stderr', args: string[], env: Record<string, string>): Ran {
  const fd = openSync('/dev/full', 'w');
  try {
    return spawnPrep(args, env, { stdio: ['ignore', which === 'stdout' ? fd : 'pipe', which === 'stderr' ? fd : 'pipe'] });
  } finally {
    closeSync(fd);
  }
}

/** Why a tool cannot be used here, or undefined when it can. */
function missing(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 10_000 });
  if (r.error) return `${cmd} is not installed (${(r.error as NodeJS.ErrnoException).code})`;
  return r.status === 0 ? undefined : `${cmd} ${args.join(' ')} failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`;
}

export function skipNote(test: string, why: string | undefined): boolean {
  if (why) process.stderr.write(`[faults] skipped "${test}": ${why}\n`);
  return !!why;
}

/** How this machine fills a disk: a 'tmpfs' (root, unshare -m) or 'ulimit' (-f, any user, files fail with EFBIG). */
export const fullDisk: { kind: 'tmpfs' | 'ulimit'; why?: string } = (() => {
  if (!isRoot) return { kind: 'ulimit', why: 'not root: unshare -m cannot mount a tmpfs, so ulimit -f stands in for a full disk' };
  const why = missing('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs "${tmpdir()}"`]);
  return why ? { kind: 'ulimit', why } : { kind: 'tmpfs' };
})();

/**
 * Run a shell script against a small file system mounted at $MNT (`prep` in it runs bin/prep.js,
 * `fill` fills the disk).
 * With a tmpfs the folder exists only inside the script's mount namespace, so the script itself lists
 * what it leaves behind; with ulimit -f, no file the script writes can grow past `kb`.
 */
export function onSmallDisk(kb: number, script: string, env: Record<string, string> = {}): Ran {
  const mnt = mkdtempSync(join(tmpdir(), 'prep-full-'));
  // `fill` makes the disk full from then on (in a subshell: `(fill; prep grade …)`).
  const fill = fullDisk.kind === 'tmpfs' ? 'dd if=/dev/zero of="$MNT/fill" bs=4k 2>/dev/null; true' : 'ulimit -f 1';
  const body = `prep() { "$PREP_NODE" "$PREP_BIN" "$@"; }; fill() { ${fill}; }; ${script}`;
  try {
    const cmd = fullDisk.kind === 'tmpfs'
      ? ['unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=${kb}k tmpfs "$MNT" && ${body}`]] as const
      : ['sh', ['-c', `ulimit -f ${kb * 2} && ${body}`]] as const;
    return ran(spawnSync(cmd[0], [...cmd[1]], { env: { ...baseEnv(env), MNT: mnt, PREP_NODE: process.execPath, PREP_BIN: BIN, PREP_HOME: mnt }, encoding: 'utf8', timeout: 60_000 }));
  } finally {
    rmSync(mnt, { recursive: true, force: true });
  }
}

/** Running as another user: setpriv as root; a plain user is refused a chmod 000 file by itself. */
export const otherUser: { why?: string } = (() => {
  if (!isRoot) return {};
  const why = missing('setpriv', ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', process.execPath, BIN, '--version']);
  return why ? { why: `${why} (setpriv missing, or the checkout at ${ROOT} is not readable by uid ${NOBODY})` } : {};
})();

/** Run as uid 65534 when root (root reads any file), as ourselves otherwise. */
export function asOtherUser(args: string[], env: Record<string, string>): Ran {
  if (!isRoot) return spawnPrep(args, env);
  return ran(spawnSync('setpriv', ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', process.execPath, BIN, ...args], { env: baseEnv(env), encoding: 'utf8', timeout: 30_000 }));
}

/** A temp folder the other user can use as PREP_HOME (and read beneath). */
export function sharedDir(prefix = 'prep-faults-'): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  if (isRoot) chownSync(dir, NOBODY, NOBODY);
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

// eslint-disable-next-line no-control-regex
export const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
