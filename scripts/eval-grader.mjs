// `npm run eval:grader [-- --set FILE] [--json]`: the grader's figures on a labelled set; exit 1 when a goal is missed.
const { evalCli } = await import('../dist/scripts/eval-grader.js');
const { output, ok } = await evalCli(process.argv.slice(2));
process.stdout.write(output);
if (!ok) process.exitCode = 1;
