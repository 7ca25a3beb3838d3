/** `prep due` in the full program: the data file attached to the bank cache, counted in SQL. */
import type { Ctx } from '../context.js';
import type { DueDeps } from './due.js';

export function dueDeps(ctx: Ctx): DueDeps {
  return {
    now: ctx.now,
    settings: ctx.settings,
    store: async () => {
      const [store, bank] = await Promise.all([ctx.store(), ctx.bankDb()]);
      const { attach, dueCounts } = await import('../adapters/due-queries.js');
      attach(bank, store.file, 'data');
      return {
        dueCounts: (now, dayStart) => dueCounts(bank, { data: 'data', bank: 'main' }, now, dayStart),
        storyCount: () => store.storyCount(),
        newStartedOn: (day) => store.newStartedOn(day),
        reviewsOn: (day) => store.reviewsOn(day),
      };
    },
  };
}

