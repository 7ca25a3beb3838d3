import type { Ctx } from '../context.js';
import type { Outcome } from '../main.js';
const todo = async (_ctx: Ctx): Promise<Outcome> => ({ text: 'todo' });
export const configPath = todo, configList = todo, configGet = todo, configSet = todo, configUnset = todo, configEdit = todo;
