/**
 * The interactive shell around the pure drill reducer: turns keys and a 250 ms timer into events,
 * commits every grade to SQLite before the reducer hears of it, and prints the pure views.
 */
import type { Ctx } from '../context.js';
import type { Store } from '../adapters/store.js';
import { openTerminal } from '../adapters/terminal.js';
import { currentItem, coverageOf, elapsedSeconds, startDrill, step, suggestionFor, type DrillEvent } from '../core/drill.js';
import { editorText } from '../core/editor.js';
import { answerKey, gradingKey } from '../adapters/keymap.js';
import { newCard, preview, schedule } from '../core/scheduler.js';
import { studyDay } from '../core/studyday.js';
import type { LoadedItem, Rating, Settings } from '../core/types.js';
import { painter, relativeTime } from '../format/paint.js';
import { gradeFrame, gradedLine, intro, liveFrame, revealText, summary, testsText, toScale, type ViewEnv } from '../format/drill-view.js';
import { rowsOf } from '../format/text.js';
import { preciseWidths } from '../format/width.js';
import { storyOffer, storyReveal } from '../format/behavioural-view.js';
import { bankVocabulary, loadDrillContent, toDrillItem, type TimeOption } from './drill-items.js';
import { runCandidateCode } from './drill-code.js';
import { Repo } from '../adapters/repo.js';

export interface SessionInput {
  items: LoadedItem[];
  settings: Settings;
  store: Store;
  time: TimeOption;
  source: 'drill' | 'review';
}

export async function runSession(ctx: Ctx, input: SessionInput): Promise<{ summary: string; interrupted: boolean }> {
  const { settings, store } = input;
  const content = await loadDrillContent(ctx);
  const byId = new Map(input.items.map((i) => [i.id, i]));
  const drillItems = input.items.map((i) => toDrillItem(i, content, input.time, settings.timeScale));
  const paint = await painter(ctx);
  const term = openTerminal(ctx.io);
  await preciseWidths();
  let introRows = 0;
  const view = (): ViewEnv => ({ paint, width: term.columns(), rows: term.rows(), grading: settings.grading, introRows });
  const sessionId = `${ctx.now().toISOString()}-${Math.random().toString(36).slice(2, 8)}`;
  const clock = () => ctx.now().getTime();
  // Every word of the banks: a typed word that is one of them was meant, not a typo ("small" ≠ "stall").
  const known = bankVocabulary((await ctx.banks()).items);
  const synonyms = await (await import('../adapters/synonyms.js')).loadSynonyms(ctx.contentDir);
  let state = startDrill(drillItems, clock(), known, synonyms);
  let lastTick = -1;
  let graceUntil = 0;
  /** Typed code is being run against the tests. */
  let testing = false;
  /** Ctrl-C (exit 130) rather than a deliberate stop with q q (exit 0). */
  let interrupted = false;
  /** One line under the grading frame: what a stray key means, or what a second press would do. */
  let notice = '';

  const item = () => byId.get(currentItem(state)!.id)!;
  const cardOf = (id: string) => store.getCard(id) ?? newCard(id, 'item', ctx.now());
  const previews = (): Record<Rating, number> => {
    const now = ctx.now();
    const p = preview(cardOf(currentItem(state)!.id), now, settings);
    return { again: p.again.due.getTime() - now.getTime(), hard: p.hard.due.getTime() - now.getTime(), good: p.good.due.getTime() - now.getTime(), easy: p.easy.due.getTime() - now.getTime() };
  };
  const draw = () => {
    if (state.stage === 'question') term.frame(liveFrame(state, view()));
    else if (state.stage === 'answer') term.frame(gradeFrame(state, previews(), view(), notice));
  };
  // Behavioural prompts offer the candidate's own stories for their template as the example to tell.
  const stories = new Repo(store).stories();
  // The revealed side: the model answer, and for behavioural prompts the candidate's stories or the sample.
  const answerText = () => revealText(state, item(), view()) + storyReveal(item(), stories, content.templates, paint, Math.min(term.columns(), 100));
  // An item already answered, shown again whole (after an undo or a resize).
  const showAnswered = (before = '') => {
    term.print(`${before}${intro(state, item(), view())}\n${answerText()}`);
    draw();
  };
  const showItem = () => {
    notice = '';
    const text = intro(state, item(), view(), storyOffer(item(), stories, paint));
    term.print(text);
    introRows = rowsOf(text, term.columns());
    lastTick = -1;
    draw();
  };

  return await new Promise((resolve, reject) => {
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      term.clearFrame();
      term.close();
      const now = ctx.now();
      const cards = store.cards('item');
      const dueNow = cards.filter((c) => c.state !== 'new' && c.due.getTime() <= now.getTime()).length;
      const next = cards.filter((c) => c.due.getTime() > now.getTime()).sort((a, b) => a.due.getTime() - b.due.getTime())[0];
      const nextText = dueNow ? `now: ${dueNow} item${dueNow === 1 ? ' is' : 's are'} due (\`prep review\`)` : next ? relativeTime(next.due.toISOString(), now, settings.timeZone) : null;
      resolve({ summary: summary(state, nextText, view()), interrupted: state.quit && interrupted });
    };
    // A failure inside a key or timer handler (the database locked or full while grading): restore the
    // terminal, show what was saved, and let main map the error to its exit code.
    const fail = (e: unknown) => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      term.clearFrame();
      term.close();
      ctx.io.stdout.write(`${summary(state, null, view())}\n`);
      reject(e);
    };
    term.onError(fail);

    const dispatch = (e: DrillEvent) => {
      const before = state;
      state = step(state, e);
      if (state.stage === 'done') return finish();
      if (before.stage === 'question' && state.stage === 'answer') {
        term.clearFrame();
        term.print(answerText());
        // Keys typed as the clock ran out were meant for the answer, not for grading: ignore them briefly.
        if (state.timedOut) graceUntil = clock() + 1200;
        notice = '';
        testCode();
      }
      if (state.index !== before.index && state.stage === 'question') showItem();
      else draw();
    };

    // Typed code for a coding item is run against its tests (hidden ones too) while the candidate reads.
    const testCode = () => {
      const it = item();
      if (it.type !== 'coding' || state.mode !== 'typed') return;
      const index = state.index;
      const code = editorText(state.editor);
      term.print(paint('dim', 'Running your code against the tests…'));
      testing = true;
      void runCandidateCode(ctx.env, it, code).then((r) => {
        testing = false;
        if (finished || state.index !== index || state.stage !== 'answer') return;
        term.print(testsText(r, view()));
        if (typeof r !== 'string') dispatch({ type: 'tested', tests: r });
      });
    };

    const grade = (rating: Rating) => {
      const id = currentItem(state)!.id;
      const now = ctx.now();
      const coverage = coverageOf(state);
      testing = false; // a run still going belongs to this item; its result will be ignored
      // Committed before the reducer moves on: Ctrl-C after this line never loses the grade. The card is
      // read under the write lock, so a `prep grade` from another terminal meanwhile is built on, not lost.
      const { reviewId, review } = store.review(id, (current) => {
        const before = current ?? newCard(id, 'item', now);
        return {
          cardBefore: before, cardAfter: schedule(before, rating, now, settings), rating, reviewedAt: now, studyDay: studyDay(now, settings.timeZone, settings.dayCutoffHour),
          seconds: Math.round(elapsedSeconds(state) * 10) / 10, timeLimit: currentItem(state)!.budget, timedOut: state.timedOut,
          typedAnswer: state.mode === 'typed' ? editorText(state.editor) : null, rubricScore: coverage, suggested: suggestionFor(state), source: input.source, sessionId,
        };
      });
      const after = review.cardAfter;
      // A missed item (Again) due again within the learn-ahead window returns at the end of the session, as
      // in Anki; items passed with a short learning step wait for the next session (rounds are minutes long).
      const again = rating === 'again' && settings.learnAheadMinutes > 0 && after.due.getTime() - now.getTime() <= settings.learnAheadMinutes * 60_000;
      term.clearFrame();
      term.print(gradedLine(rating, after.due.getTime() - now.getTime(), view()) + (again ? paint('dim', ' It comes back at the end of this session.') : '') + (after.lapses >= settings.leechThreshold ? paint('yellow', ' Leech: this one keeps slipping; rewrite your notes on it.') : ''));
      dispatch({ type: 'graded', rating, reviewId, at: clock(), again });
    };

    // Undo puts the last graded item back on screen (its prompt and model answer) to be graded again.
    const undo = () => {
      const last = state.results[state.results.length - 1];
      if (!last) return;
      store.undoReview(last.reviewId);
      term.clearFrame();
      dispatch({ type: 'undone', at: clock() });
      showAnswered(`${paint('yellow', `Undid the grade of ${last.id}; grade it again.`)}\n`);
    };

    let armed: 'u' | 'q' | null = null;
    term.onKey((key) => {
      if (finished) return;
      const at = clock();
      if (state.stage === 'question') {
        if (key.ctrl && key.name === 'c') interrupted = true;
        if (key.ctrl && key.name === 'z' && state.results.length) return undo();
        const e = answerKey(key, { editor: state.editor, code: currentItem(state)!.starter !== undefined }, at);
        if (e) dispatch(e);
        return;
      }
      const last = state.results[state.results.length - 1];
      const a = gradingKey(key, { at, graceUntil, armed, testing, lastGraded: last?.id ?? null, points: state.covered.length, grading: settings.grading });
      armed = null;
      if (a.kind !== 'hold') notice = '';
      switch (a.kind) {
        case 'interrupt':
          interrupted = true;
          return dispatch({ type: 'quit', at });
        case 'hold':
          // Each held key extends the hold, so a burst of typing is absorbed until it stops.
          graceUntil = at + 900;
          if (a.notice) notice = a.notice;
          return draw();
        case 'cancel':
          return draw();
        case 'arm':
          armed = a.key;
          notice = a.notice;
          return draw();
        case 'undo':
          return undo();
        case 'stop':
          return dispatch({ type: 'quit', at });
        case 'suggested':
          return grade(toScale(suggestionFor(state), settings.grading));
        case 'grade':
          return grade(a.rating);
        case 'toggle':
          return dispatch({ type: 'toggle', index: a.index });
      }
    });
    // A resize re-wraps what is on screen, so the frame cannot be erased row by row: once the size settles,
    // clear the screen and show the item again (its prompt, and the answer if it is revealed).
    let resizing: NodeJS.Timeout | undefined;
    term.onResize(() => {
      clearTimeout(resizing);
      resizing = setTimeout(() => {
        if (finished) return;
        term.clearScreen();
        if (state.stage === 'question') return showItem();
        showAnswered();
      }, 150);
    });
    const timer = setInterval(() => {
      if (finished) return;
      try {
        onTimer();
      } catch (e) {
        fail(e);
      }
    }, 250);
    const onTimer = () => {
      const at = clock();
      const second = Math.floor((at - state.shownAt) / 1000);
      // A tick only redraws when the countdown's second changes (or the time runs out).
      if (state.stage === 'question' && (second !== lastTick || (currentItem(state)!.budget ?? Infinity) * 1000 <= at - state.shownAt)) {
        lastTick = second;
        dispatch({ type: 'tick', at });
      } else state = step(state, { type: 'tick', at });
    };
    showItem();
  });
}
