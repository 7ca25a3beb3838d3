/**
 * Runs the code-check jobs (core/lint/code.ts) in ONE python3 process: the harness below reads every
 * job as JSON on stdin and writes one JSON line per job, so a run that hits the overall timeout keeps
 * what finished. `-I` (isolated: no user site, no PYTHON* variables) and a temporary working folder.
 * The harness is embedded as a string so it is found from dist/ as well as from src/.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Env } from './paths.js';
import type { CodeJob, CodeRun, JobResult } from '../core/lint/code.js';

export const HARNESS = String.raw`
import ast, io, json, os, signal, sys, time, traceback, types, importlib.util

class Timeout(BaseException):
    pass

def on_alarm(signum, frame):
    raise Timeout()

HAS_ALARM = hasattr(signal, "setitimer")
if HAS_ALARM:
    signal.signal(signal.SIGALRM, on_alarm)

class timer:
    def __init__(self, seconds):
        self.seconds = seconds
    def __enter__(self):
        if HAS_ALARM and self.seconds > 0:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
    def __exit__(self, *exc):
        if HAS_ALARM:
            signal.setitimer(signal.ITIMER_REAL, 0)
        return False

_found = {}
def available(name):
    if name not in _found:
        try:
            _found[name] = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            _found[name] = False
    return _found[name]

def describe(e, sources, per_test):
    if isinstance(e, Timeout):
        return "timed out after %g s" % per_test
    msg = type(e).__name__
    # A SyntaxError's str() already names the file and line; we add our own position below.
    text = (e.msg or "") if isinstance(e, SyntaxError) else str(e)
    if text:
        msg += ": " + text
    where = None
    for fr in traceback.extract_tb(e.__traceback__):
        if fr.filename in sources:
            where = fr
    if isinstance(e, SyntaxError) and e.filename in sources:
        msg += " (%s line %s)" % (e.filename, e.lineno)
    elif where is not None:
        lines = sources[where.filename].split("\n")
        line = lines[where.lineno - 1].strip() if 0 < where.lineno <= len(lines) else ""
        msg += " (%s line %d: %s)" % (where.filename, where.lineno, line)
    return msg[:300]

def imports(src):
    out = set()
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return out
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            out.add(node.module.split(".")[0])
    return out

def test_names(src):
    names = []
    for node in ast.parse(src).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_") and node.name not in names:
            names.append(node.name)
    return names

def run(job, per_test, budget):
    key = job["key"]
    missing = [m for m in job["requires"] if not available(m)]
    if missing:
        return {"key": key, "status": "skipped", "reason": "%s %s not installed" % (", ".join(missing), "is" if len(missing) == 1 else "are")}
    sources = {job["code"]["label"]: job["code"]["source"]}
    for t in job["tests"]:
        sources[t["label"]] = t["source"]
    result = {"key": key, "status": "ran", "tests": []}
    stdlib = getattr(sys, "stdlib_module_names", None)
    if stdlib is not None:
        used = set()
        for s in sources.values():
            used |= imports(s)
        declared = set(r.split(".")[0] for r in job["requires"])
        undeclared = sorted(m for m in used if m not in stdlib and m not in declared and m != "__future__")
        if undeclared:
            result["undeclared"] = undeclared
    mod = types.ModuleType("prep_item")
    sys.modules["prep_item"] = mod
    ns = mod.__dict__
    started = time.monotonic()
    try:
        names = []
        for label in [job["code"]["label"]] + [t["label"] for t in job["tests"]]:
            try:
                if label != job["code"]["label"]:
                    names += [(n, label) for n in test_names(sources[label]) if n not in [x for x, _ in names]]
                with timer(per_test):
                    exec(compile(sources[label], label, "exec"), ns)
            except BaseException as e:
                return {"key": key, "status": "error", "stage": label, "error": describe(e, sources, per_test)}
        for name, label in names:
            left = budget - (time.monotonic() - started)
            if left <= 0:
                result["tests"].append({"name": name, "file": label, "ok": False, "error": "not run: the item took over %g s" % budget})
                continue
            fn = ns.get(name)
            try:
                with timer(min(per_test, left)):
                    fn()
                result["tests"].append({"name": name, "file": label, "ok": True})
            except BaseException as e:
                result["tests"].append({"name": name, "file": label, "ok": False, "error": describe(e, sources, per_test)})
        return result
    finally:
        sys.modules.pop("prep_item", None)

def main():
    request = json.load(sys.stdin)
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    per_test = request["perTest"]
    budget = request["perJob"]
    out.write(json.dumps({"hello": sys.version.split()[0]}) + "\n")
    out.flush()
    for job in request["jobs"]:
        sys.stdout = io.StringIO()
        sys.stderr = io.StringIO()
        try:
            res = run(job, per_test, budget)
        except BaseException as e:
            res = {"key": job["key"], "status": "error", "stage": job["code"]["label"], "error": "harness: " + describe(e, {}, per_test)}
        finally:
            sys.stdout = sys.__stdout__
            sys.stderr = sys.__stderr__
        out.write(json.dumps(res) + "\n")
        out.flush()

main()
`;

export interface PythonOptions {
  env: Env;
  /** Seconds one test (or loading one source) may take. */
  perTestSeconds?: number;
  /** Seconds all the tests of one job may take together. */
  perJobSeconds?: number;
  /** Milliseconds for the whole run before python is killed. */
  totalMs?: number;
}

export const pythonPath = (env: Env): string => env.PREP_PYTHON || 'python3';

export async function runPythonJobs(jobs: readonly CodeJob[], opts: PythonOptions): Promise<CodeRun & { python: string; version?: string }> {
  const python = pythonPath(opts.env);
  const results = new Map<string, JobResult>();
  if (!jobs.length) return { available: true, python, results };
  const perTest = opts.perTestSeconds ?? 5;
  const perJob = opts.perJobSeconds ?? 10;
  const totalMs = opts.totalMs ?? 45_000;
  const cwd = mkdtempSync(join(tmpdir(), 'prep-py-'));
  const request = JSON.stringify({ perTest, perJob, jobs: jobs.map((j) => ({ key: j.key, requires: j.requires, code: j.code, tests: j.tests })) });
  try {
    return await new Promise((resolve) => {
      let version: string | undefined;
      let buffer = '';
      let stderr = '';
      let timedOut = false;
      let spawnError: NodeJS.ErrnoException | undefined;
      const child = spawn(python, ['-I', '-c', HARNESS], {
        cwd,
        env: { OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', ...opts.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, totalMs);
      const take = (line: string) => {
        if (!line.trim()) return;
        try {
          const msg = JSON.parse(line) as JobResult | { hello: string };
          if ('hello' in msg) version = msg.hello;
          else results.set(msg.key, msg);
        } catch {
          stderr += `${line}\n`;
        }
      };
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        lines.forEach(take);
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        if (stderr.length < 4000) stderr += chunk;
      });
      child.on('error', (e) => {
        spawnError = e;
      });
      child.stdin.on('error', () => {}); // python gone before reading: reported through 'close'
      child.stdin.end(request);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        take(buffer);
        if (spawnError || version === undefined) {
          const reason = spawnError?.code === 'ENOENT'
            ? `${python} was not found${opts.env.PREP_PYTHON ? ' (PREP_PYTHON)' : ' on PATH'}`
            : spawnError ? `${python} could not be started: ${spawnError.message}`
            : timedOut ? `${python} did not answer within ${totalMs / 1000} s`
            : `${python} failed before running any check (exit ${code ?? signal}): ${lastLine(stderr)}`;
          resolve({ available: false, reason, python, results });
          return;
        }
        const reason = timedOut ? `the code checks were stopped after ${totalMs / 1000} s in total` : `python exited early (exit ${code ?? signal}): ${lastLine(stderr)}`;
        for (const j of jobs) if (!results.has(j.key)) results.set(j.key, { key: j.key, status: 'not-run', reason });
        resolve({ available: true, python, version, results });
      });
    });
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

const lastLine = (s: string) => s.trim().split('\n').pop()?.slice(0, 200) || 'no message';
