#!/usr/bin/env node
// Entry point. Loads the compiled program; if that fails (not built, or a native module built for
// another Node), exit 70 with a hint so a crash never reads as `prep due --quiet`'s "nothing due" (1).
import module from 'node:module';
import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';

module.enableCompileCache?.();

// Streams are created lazily: touching process.stdout/stdin loads Node's stream and readline machinery,
// which a scripted `prep due --json` does not need. Until a command asks for the real stream, output
// goes straight to the file descriptor (synchronously, so order is kept when the stream takes over).
function lazyOut(fd, real) {
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
        else throw err;
      }
      return true;
    },
    get isTTY() { return isatty(fd); },
    get columns() { return isatty(fd) ? (stream ??= real()).columns : undefined; },
    get rows() { return isatty(fd) ? (stream ??= real()).rows : undefined; },
    get stream() { return (stream ??= real()); },
    on(event, fn) { (stream ??= real()).on(event, fn); return out; },
    off(event, fn) { (stream ??= real()).off(event, fn); return out; },
  };
  return out;
}

const stdout = lazyOut(1, () => {
  process.stdout.on('error', (err) => {
    if (!err || err.code !== 'EPIPE') throw err;
  });
  return process.stdout;
});
const stderr = lazyOut(2, () => process.stderr);
const io = {
  get stdin() { return process.stdin; },
  stdout,
  stderr,
  stdinIsTTY: isatty(0),
};

let main;
try {
  ({ main } = await import('../dist/main.js'));
} catch (err) {
  const missing = err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist');
  stderr.write(
    `prep: could not load the program: ${err && err.message ? err.message.split('\n')[0] : err}\n` +
      `hint: ${missing ? 'it is not built yet: run `npm ci` (or `npm run build`) in the prep folder.' : 'run `npm ci` (or `npm rebuild`) with the Node version you are using now.'}\n`,
  );
  process.exitCode = 70;
}
if (main) process.exitCode = await main(process.argv.slice(2), process.env, io);
