/** `prep bank coverage`: written by the content-linter work (issue 4). */
import type { Ctx } from '../context.js';
import type { Outcome } from '../main.js';
import { PrepError } from '../errors.js';

export async function bankCoverage(_ctx: Ctx): Promise<Outcome> {
  throw new PrepError('internal', 'bank coverage is not built yet');
}
