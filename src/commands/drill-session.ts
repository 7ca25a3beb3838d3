/**
 * The interactive drill, wired: keys, a 250 ms tick, the terminal's size and the results of the
 * effects go into the pure reducer (core/drill.ts) as events; its effects are performed
 * (drill-effects.ts); every state is drawn whole by the pure view (format/drill-screen.ts). Times the
 * reducer sees come from a monotonic clock, so a system clock stepped mid-drill changes no countdown.
 */
import type { Ctx } from '../context.js';
import type { Store } from '../adapters/store.js';
import { Drafts } from '../adapters/drafts.js';
import { Repo } from '../adapters/repo.js';
import { openScreen } from '../adapters/screen.js';
import { startDrill, step, type DrillEvent, type DrillState } from '../core/drill.js';
import { newCard, preview } from '../core/scheduler.js';
import type { LoadedItem, Rating, Settings } from '../core/types.js';
import { localStamp, painter, relativeTime } from '../format/paint.js';
import { drillScreen, type DrillView } from '../format/drill-screen.js';
import { summary } from '../format/drill-summary.js';
import { preciseWidths } from '../format/width.js';
import { storyOffer, storyReveal } from '../format/behavioural-view.js';
import { lazyGraderOptions, loadDrillContent, toDrillItem, type DrillContent, type TimeOption } from './drill-items.js';
import type { DrillItem } from '../core/drill.js';
import { perform } from './drill-effects.js';
import { closeSqlRunner, sqlRunner } from './sql-answer.js';

export interface SessionInput {
  items: LoadedItem[];
  settings: Settings;
  store: Store;
  time: TimeOption;
  source: 'drill' | 'review' | 'mock';
  /** A mock round: its own items, its clock, and where its report goes. */
  round?: RoundSetup;
}

/** What a mock round adds to a session (commands/mock-session.ts builds it). */
export interface RoundSetup {
  seconds: number;
  /** The clock's name on screen (Round, Loop). */
  label: string;
  /** The round's drill items (follow-ups and breaks included), from the loaded items and the frameworks. */
  items(content: DrillContent): DrillItem[];
  /** Items the view shows that are no bank's: follow-ups and breaks. */
  extra: Map<string, LoadedItem>;
  /** Follow-ups: graded for the report, not the schedule. */
  unscheduled(id: string): boolean;
  /** An answer was held, or the round ended: keep the report. Returns the text to print at the end. */
  save(s: DrillState, final: boolean): string;
}

const monotonic = () => performance.now();

/** The view's inputs that come from outside the state: the items, your stories, the schedule's previews. */
async function makeView(ctx: Ctx, input: SessionInput, content: DrillContent, current: () => string): Promise<DrillView> {
  const { settings, store } = input;
  const byId = new Map([...input.items.map((i) => [i.id, i] as const), ...(input.round?.extra ?? [])]);
  const paint = await painter(ctx);
  // Behavioural prompts offer the candidate's own stories for their template as the example to tell.
  const stories = new Repo(store).stories();
  return {
    paint,
    item: (id) => byId.get(id)!,
    offer: (item) => storyOffer(item, stories, paint),
    revealExtra: (item, width) => storyReveal(item, stories, content.templates, paint, width),
    previews: (): Record<Rating, number> => {
      const now = ctx.now();
      const p = preview(store.getCard(current()) ?? newCard(current(), 'item', now), now, settings);
      return { again: p.again.due.getTime() - now.getTime(), hard: p.hard.due.getTime() - now.getTime(), good: p.good.due.getTime() - now.getTime(), easy: p.easy.due.getTime() - now.getTime() };
    },
    stamp: (iso) => localStamp(new Date(iso), ctx.now(), settings.timeZone),
  };
}

function nextDueText(ctx: Ctx, store: Store, settings: Settings): string | null {
  const now = ctx.now();
  const cards = store.cards('item');
  const dueNow = cards.filter((c) => c.state !== 'new' && c.due.getTime() <= now.getTime()).length;
  const next = cards.filter((c) => c.due.getTime() > now.getTime()).sort((a, b) => a.due.getTime() - b.due.getTime())[0];
  return dueNow ? `now: ${dueNow} item${dueNow === 1 ? ' is' : 's are'} due (\`prep review\`)` : next ? relativeTime(next.due.toISOString(), now, settings.timeZone) : null;
}

/** Everything a session reads before its first frame: the items, the grader's vocabulary, the drafts, the view. */
async function setUp(ctx: Ctx, input: SessionInput, current: () => string) {
  // SQL rounds: the query worker starts while the first screen is drawn and read (its start-up is ~0.1-0.5 s).
  if (input.items.some((i) => i.type === 'sql')) (await sqlRunner()).warm();
  const content = await loadDrillContent(ctx, input.items);
  await preciseWidths();
  // Every word of the banks: a typed word that is one of them was meant, not a typo ("small" ≠ "stall").
  const db = await ctx.bankDb();
  const { readVocabulary } = await import('../adapters/bank-db.js');
  const synonyms = await (await import('../adapters/synonyms.js')).loadSynonyms(ctx.contentDir);
  return {
    items: input.round ? input.round.items(content) : input.items.map((i) => toDrillItem(i, content, input.time, input.settings.timeScale)),
    grader: lazyGraderOptions(() => readVocabulary(db), synonyms ?? undefined),
    drafts: new Drafts(input.store),
    view: await makeView(ctx, input, content, current),
    byId: new Map([...input.items.map((i) => [i.id, i] as const), ...(input.round?.extra ?? [])]),
  };
}

export async function runSession(ctx: Ctx, input: SessionInput): Promise<{ summary: string; interrupted: boolean }> {
  const { settings, store } = input;
  let state: DrillState | undefined;
  const { items, grader, drafts, view, byId } = await setUp(ctx, input, () => state!.items[state!.index]!.id);
  const screen = openScreen(ctx.io);
  const round = input.round;
  // A mock round offers no drafts: it is a fresh sitting, like the interview.
  state = startDrill({ items, at: monotonic(), screen: screen.size(), grading: settings.grading, grader, drafts: round ? {} : drafts.all(), ...(round ? { round: { seconds: round.seconds, label: round.label } } : {}) });
  const sessionId = `${ctx.now().toISOString()}-${Math.random().toString(36).slice(2, 8)}`;

  return await new Promise((resolve, reject) => {
    let finished = false;
    const end = (error?: unknown) => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      closeSqlRunner();
      screen.close();
      const s = state!;
      if (round) return finishRound(s, error);
      if (error === undefined) return resolve({ summary: summary(s, nextDueText(ctx, store, settings), view.paint), interrupted: s.quit && s.interrupted });
      // A failure while grading (the database locked or full): show what was saved; main maps the error.
      ctx.io.stdout.write(`${summary(s, null, view.paint)}\n`);
      reject(error);
    };
    // A round's report is saved whatever ended it; if even that fails, the error says where the answers went.
    const finishRound = (s: DrillState, error: unknown) => {
      try {
        const text = round!.save(s, true);
        return error === undefined ? resolve({ summary: text, interrupted: s.interrupted }) : reject(error);
      } catch (e) {
        return reject(error ?? e);
      }
    };
    // Keys of one paste or one burst arrive together: draw once after them, not once per key.
    let queued = false;
    const later = () => {
      if (queued) return;
      queued = true;
      setImmediate(() => {
        queued = false;
        if (!finished) guarded(render);
      });
    };
    const render = () => {
      const frame = drillScreen(state!, view);
      if (frame.page !== state!.ui.page || frame.maxScroll !== state!.ui.maxScroll) {
        state = step(state!, { type: 'measured', page: frame.page, maxScroll: frame.maxScroll });
        return screen.draw(drillScreen(state, view).lines);
      }
      screen.draw(frame.lines);
    };
    const deps = {
      ctx, store, drafts, settings, source: input.source, sessionId, item: (id: string) => byId.get(id)!, clock: monotonic, dispatch: (e: DrillEvent) => dispatch(e),
      ...(round ? { unscheduled: round.unscheduled, held: () => round.save(state!, false) } : {}),
    };
    const dispatch = (e: DrillEvent) => {
      if (finished) return;
      state = step(state!, e);
      for (const fx of state.effects) perform(deps, fx);
      if (state.stage === 'done') return end();
      later();
    };
    const guarded = (fn: () => void) => {
      try {
        fn();
      } catch (e) {
        end(e);
      }
    };
    screen.onError(end);
    screen.onKey((key) => dispatch({ type: 'key', key, at: monotonic() }));
    screen.onResize(() => dispatch({ type: 'resize', ...screen.size() }));
    const timer = setInterval(() => guarded(() => dispatch({ type: 'tick', at: monotonic() })), 250);
    guarded(render);
  });
}
