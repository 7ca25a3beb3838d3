/** The context @inquirer/prompts needs, from the streams a command was given, and how its Ctrl-C looks. */
import type { IO } from '../context.js';

export const promptContext = (io: IO) => ({
  input: io.stdin,
  output: (io.stdout.stream ?? io.stdout) as NodeJS.WritableStream,
});

/** Ctrl-C (or an abort) in an inquirer prompt. */
export const isPromptExit = (e: unknown): boolean => e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
