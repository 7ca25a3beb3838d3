/** Prompts of `prep interview`: a Ctrl-C stops the command and changes nothing; rm's yes/no question. */
import type { Ctx } from '../context.js';
import { PrepError } from '../errors.js';
import { isPromptExit, promptContext } from '../adapters/prompts.js';

/** Ctrl-C in a prompt stops the command (exit 130) and changes nothing. */
export async function asking<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isPromptExit(e)) throw new PrepError('interrupted', 'stopped; nothing was changed');
    throw e;
  }
}

export async function confirmRemoval(ctx: Ctx, message: string): Promise<boolean> {
  const { confirm } = await import('@inquirer/prompts');
  return asking(() => confirm({ message, default: false }, promptContext(ctx.io)));
}
