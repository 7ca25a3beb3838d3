#!/usr/bin/env node
// Entry point. Loads the compiled program; if that fails (not built, or a native module built for
// another Node), exit 70 with a hint so a crash never reads as `prep due --quiet`'s "nothing due" (1).
import module from 'node:module';

module.enableCompileCache?.();

process.stdout.on('error', (err) => {
  // EPIPE (e.g. `prep search x | head -1`): stop quietly with 0.
  if (err && err.code === 'EPIPE') process.exit(0);
  throw err;
});

let main;
try {
  ({ main } = await import('../dist/main.js'));
} catch (err) {
  const missing = err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist');
  process.stderr.write(
    `prep: could not load the program: ${err && err.message ? err.message.split('\n')[0] : err}\n` +
      `hint: ${missing ? 'it is not built yet: run `npm ci` (or `npm run build`) in the prep folder.' : 'run `npm ci` (or `npm rebuild`) with the Node version you are using now.'}\n`,
  );
  process.exitCode = 70;
}
if (main) {
  process.exitCode = await main(process.argv.slice(2), process.env, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
