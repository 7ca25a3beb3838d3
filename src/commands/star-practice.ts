/**
 * `prep star practice [ID]`: tell a story aloud against the template's per-part targets. Keys: Enter or
 * Space for the next part, p to pause, q to stop. Time per part is recorded and the story's own FSRS
 * card is scheduled from the grade the candidate gives the telling.
 */
import type { Ctx } from '../context.js';
import type { Outcome } from '../outcome.js';
import { ExitCode, PrepError } from '../errors.js';
import { newCard, schedule } from '../core/scheduler.js';
import { studyDay } from '../core/studyday.js';
import type { Rating } from '../core/types.js';
import type { Story } from '../core/star.js';
import type { StarTemplate } from '../core/schema.js';
import { painter, relativeTime, type Paint } from '../format/paint.js';
import { mmss, sanitize, wrap } from '../format/text.js';
import { GRADE_KEYS } from '../core/drill-keys.js';
import { openTerminal, type Terminal } from '../adapters/terminal.js';
import { loadTemplates } from '../adapters/content-files.js';
import { repoOf } from './interview.js';
import { NO_TTY_HINT } from './drill.js';

const PARTS = ['situation', 'task', 'action', 'result'] as const;

/** `quit`: stopped with q (a normal end, exit 0) or Ctrl-C (`interrupted`, exit 130). */
type Telling = { parts: Record<string, number>; completed: boolean; rating: Rating | null; quit: boolean; interrupted: boolean };

function tell(ctx: Ctx, term: Terminal, story: Story, t: StarTemplate, paint: Paint, grading: 'four' | 'two'): Promise<Telling> {
  const clock = () => ctx.now().getTime();
  const parts: Record<string, number> = {};
  let i = 0;
  let started = clock();
  let pausedAt: number | null = null;
  let stage: 'telling' | 'grading' = 'telling';
  const elapsed = () => ((pausedAt ?? clock()) - started) / 1000;
  const draw = () => {
    const width = term.columns();
    if (stage === 'grading') {
      const total = Object.values(parts).reduce((a, b) => a + b, 0);
      const target = PARTS.reduce((a, p) => a + t.parts[p].seconds, 0);
      term.frame([`Told in ${mmss(total)} (target ${mmss(target)}): ${PARTS.map((p) => `${p} ${mmss(parts[p] ?? 0)}/${mmss(t.parts[p].seconds)}`).join(' · ')}`, `How did it go? ${GRADE_KEYS[grading].map((g) => `${g.key} ${g.label}`).join(' · ')} · q: stop`].join('\n'));
      return;
    }
    const p = PARTS[i]!;
    const target = t.parts[p].seconds;
    const e = elapsed();
    const over = e > target;
    const clockText = over ? paint('red', `+${mmss(e - target)} over ${mmss(target)}`) : `${mmss(target - e)} left of ${mmss(target)}`;
    term.frame([
      `${paint('bold', p[0]!.toUpperCase() + p.slice(1))} (${i + 1}/4)   ⏱ ${clockText}${pausedAt ? paint('yellow', '  paused') : ''}`,
      paint('dim', wrap(t.parts[p].guide, width - 2, '  ')),
      wrap(story[p] || '(empty: tell it anyway, then fill it in with `prep star edit`)', width - 2, '  '),
      paint('dim', `Enter/Space: ${i < 3 ? 'next part' : 'finish'} · p: ${pausedAt ? 'resume' : 'pause'} · q: stop`),
    ].join('\n'));
  };
  return new Promise((resolve) => {
    const timer = setInterval(draw, 250);
    const end = (r: Telling) => {
      clearInterval(timer);
      term.clearFrame();
      resolve(r);
    };
    term.onKey((key) => {
      if (key.paste) return; // pasted text is not a key press
      if ((key.ctrl && key.name === 'c') || key.name === 'q') return end({ parts, completed: false, rating: null, quit: true, interrupted: !!key.ctrl && key.name === 'c' });
      if (stage === 'grading') {
        const g = GRADE_KEYS[grading].find((k) => k.key === key.sequence);
        if (g) end({ parts, completed: true, rating: g.rating, quit: false, interrupted: false });
        return;
      }
      if (key.name === 'p') {
        if (pausedAt) {
          started += clock() - pausedAt;
          pausedAt = null;
        } else pausedAt = clock();
      } else if ((key.name === 'return' || key.name === 'space') && !pausedAt) {
        parts[PARTS[i]!] = Math.round(elapsed() * 10) / 10;
        term.print(paint('dim', `${PARTS[i]}: ${mmss(parts[PARTS[i]!]!)} (target ${mmss(t.parts[PARTS[i]!].seconds)})`));
        i++;
        started = clock();
        if (i >= PARTS.length) stage = 'grading';
      }
      draw();
    });
    draw();
  });
}

export async function starPractice(ctx: Ctx, id: string | undefined): Promise<Outcome> {
  const [repo, templates, settings, store, paint] = await Promise.all([repoOf(ctx), loadTemplates(ctx.contentDir), ctx.settings(), ctx.store(), painter(ctx)]);
  const all = repo.stories();
  const now = ctx.now();
  const queue = id
    ? all.filter((s) => s.id === id)
    : all.filter((s) => (store.getCard(`story:${s.id}`)?.due.getTime() ?? 0) <= now.getTime());
  if (id && !queue.length) {
    const { unknownId } = await import('./items.js');
    throw unknownId(id, all.map((s) => s.id), 'story');
  }
  // The story id is checked first: a script with a typo hears about the typo, not about the terminal.
  if (!ctx.interactive) throw new PrepError('no-tty', 'prep star practice needs an interactive terminal', { hint: NO_TTY_HINT });
  if (!queue.length) return { text: all.length ? 'No stories are due for rehearsal. `prep star practice ID` tells one anyway.' : 'No stories yet. `prep star new` walks you through one.' };
  const done: string[] = [];
  let interrupted = false;
  for (const story of queue) {
    const t = templates.get(story.template);
    if (!t) continue;
    const term = openTerminal(ctx.io);
    term.print(`\n${paint('bold', sanitize(story.title))} ${paint('dim', `· ${t.title}`)}`);
    const r = await tell(ctx, term, story, t, paint, settings.grading);
    term.close();
    const at = ctx.now();
    if (Object.keys(r.parts).length) repo.recordTelling(story.id, at, r.parts, r.completed);
    if (r.rating) {
      const cardId = `story:${story.id}`;
      const rating = r.rating;
      const after = store.review(cardId, (current) => {
        const before = current ?? newCard(cardId, 'story', at);
        return { cardBefore: before, cardAfter: schedule(before, rating, at, settings), rating, reviewedAt: at, studyDay: studyDay(at, settings.timeZone, settings.dayCutoffHour), seconds: Object.values(r.parts).reduce((a, b) => a + b, 0), timeLimit: PARTS.reduce((a, p) => a + t.parts[p].seconds, 0), source: 'practice' };
      }).review.cardAfter;
      done.push(story.id);
      ctx.io.stdout.write(paint('dim', `Next rehearsal of ${story.id}: ${relativeTime(after.due.toISOString(), at, settings.timeZone)}\n`));
    }
    if (r.quit) {
      interrupted = r.interrupted;
      break;
    }
  }
  return { text: `Rehearsed ${done.length} stor${done.length === 1 ? 'y' : 'ies'}.`, exitCode: interrupted ? ExitCode.interrupted : ExitCode.ok };
}
