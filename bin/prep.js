#!/usr/bin/env node
'use strict';
// Entry point (CommonJS, see bin/package.json: starting Node's ESM loader costs more than a shell prompt
// can spare). Scripted `prep due --json|--quiet`, `prep stats` and `prep search` take warm-cache fast paths (dist/cjs/fast/);
// everything else loads the ESM program. If loading fails (not built, or a native module built for another
// Node), exit 70 with a hint so a crash never reads as `prep due --quiet`'s "nothing due" (1).
const nodeModule = require('node:module');
const { writeSync } = require('node:fs');
// node:tty pulls in net and streams: load it only when a command asks whether it talks to a terminal.
const isatty = (fd) => require('node:tty').isatty(fd);
const { join } = require('node:path');

if (typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache();

// Streams are created lazily: touching process.stdout/stdin loads Node's stream and readline machinery,
// which a scripted `prep due --json` does not need. Until a command asks for the real stream, output
// goes straight to the file descriptor (synchronously, so order is kept when the stream takes over).
// stderr is best effort (`bestEffort`): when it cannot be written (2>/dev/full) the message is lost but
// the exit code stays the one the message was about; a throw here would end as exit 1, which
// `prep due --quiet` uses for "nothing due".
function lazyOut(fd, real, bestEffort) {
  let stream;
  let closed = false;
  const out = {
    write(s) {
      if (stream) return stream.write(s);
      if (closed) return false;
      try {
        writeSync(fd, s);
      } catch (err) {
        if (err && err.code === 'EPIPE') closed = true; // reader went away (`| head`): stay quiet
        else if (err && err.code === 'EAGAIN') return (stream = real()).write(s);
        else if (bestEffort) closed = true;
        else throw err;
      }
      return true;
    },
    get isTTY() { return isatty(fd); },
    get columns() { return isatty(fd) ? (stream = stream || real()).columns : undefined; },
    get rows() { return isatty(fd) ? (stream = stream || real()).rows : undefined; },
    get stream() { return (stream = stream || real()); },
    /** Call back once anything written through the real stream has been handed to the OS. */
    drain(cb) { if (stream) stream.write('', cb); else cb(); },
    on(event, fn) { (stream = stream || real()).on(event, fn); return out; },
    off(event, fn) { (stream = stream || real()).off(event, fn); return out; },
  };
  return out;
}

// An error on the real stdout stream arrives later, as an event: remember it, and finish() turns a
// success into 74 (output could not be written) instead of letting it crash as exit 1.
let stdoutFailed;
const stdout = lazyOut(1, () => {
  process.stdout.on('error', (err) => {
    if (!err || err.code !== 'EPIPE') stdoutFailed = stdoutFailed || err;
  });
  return process.stdout;
});
const stderr = lazyOut(2, () => {
  process.stderr.on('error', () => {});
  return process.stderr;
}, true);
const io = {
  get stdin() { return process.stdin; },
  stdout,
  stderr,
  get stdinIsTTY() { return isatty(0); },
};
const argv = process.argv.slice(2);
const root = join(__dirname, '..');

async function run() {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    try {
      stdout.write(`${require('../package.json').version}\n`);
    } catch (err) {
      // Output that cannot be written (a full disk, /dev/full) is exit 74, as for every other command.
      if (err && (err.code === 'ENOSPC' || err.code === 'EIO' || err.code === 'EROFS')) {
        stderr.write(`prep: cannot write the output (${err.code})\n`);
        return 74;
      }
      throw err;
    }
    return 0;
  }
  if (argv[0] === 'search') {
    let fast;
    try {
      fast = require('../dist/cjs/fast/search-fast.js');
    } catch {
      // not built, or a Node that cannot require an ES module (stemmer): the full program below
    }
    const code = fast ? fast.runFastSearch(argv, process.env, { stdout: { write: (s) => stdout.write(s), get isTTY() { return stdout.isTTY; } } }, root) : undefined;
    if (code !== undefined) return code;
  }
  if (argv[0] === 'due' || argv[0] === 'stats') {
    let fast;
    try {
      fast = require(argv[0] === 'due' ? '../dist/cjs/fast/due-fast.js' : '../dist/cjs/fast/stats-fast.js');
    } catch {
      // not built: the full program below says so
    }
    const code = fast ? await (argv[0] === 'due' ? fast.runFastDue : fast.runFastStats)(argv, process.env, io, root) : undefined;
    if (code !== undefined) return code;
  }
  let main;
  try {
    ({ main } = await import('../dist/main.js'));
  } catch (err) {
    const missing = err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist');
    stderr.write(
      `prep: could not load the program: ${err && err.message ? err.message.split('\n')[0] : err}\n` +
        `hint: ${missing ? 'it is not built yet: run `npm ci` (or `npm run build`) in the prep folder.' : 'run `npm ci` (or `npm rebuild`) with the Node version you are using now.'}\n`,
    );
    return 70;
  }
  return main(argv, process.env, io);
}

// End explicitly once output has drained: better-sqlite3 12 on Node 24 can abort while native objects
// are finalised during teardown (see src/adapters/sql.ts), which would turn a clean run into exit 134.
function finish(code) {
  process.exitCode = code;
  stdout.drain(() => stderr.drain(() => {
    if (stdoutFailed && code === 0) {
      stderr.write(`prep: cannot write the output (${stdoutFailed.code || stdoutFailed.message})\n`);
      code = 74;
    }
    process.exit(code);
  }));
}

run().then(finish, (err) => {
  stderr.write(`prep: internal error: ${err && err.stack ? err.stack : err}\n`);
  finish(70);
});
