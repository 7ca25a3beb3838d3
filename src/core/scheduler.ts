/**
 * The only module that imports ts-fsrs. It maps its snake_case Card to our camelCase Card and does
 * all scheduling in study time (see studyday.ts), so long intervals land at the start of a study day.
 */
import { createEmptyCard, fsrs, Rating as FsrsRating, State, StrategyMode, type AbstractScheduler, type Card as FsrsCard, type Grade } from 'ts-fsrs';
import type { Card, CardState, Rating, Settings } from './types.js';
import { startOfStudyDay, studyDayNumber, toStudyTime } from './studyday.js';

const stateNames: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const stateValues: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const grades: Record<Rating, Grade> = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy,
};

type SchedulerSettings = Pick<
  Settings,
  'desiredRetention' | 'maximumInterval' | 'timeZone' | 'dayCutoffHour' | 'fuzz'
>;

export function newCard(id: string, kind: Card['kind'], now: Date): Card {
  return {
    id,
    kind,
    state: 'new',
    due: now,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
  };
}

function toFsrs(card: Card, s: SchedulerSettings): FsrsCard & { prep_id: string } {
  const base = createEmptyCard(toStudyTime(card.due, s.timeZone, s.dayCutoffHour));
  return {
    ...base,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateValues[card.state],
    prep_id: card.id,
    ...(card.lastReview ? { last_review: toStudyTime(card.lastReview, s.timeZone, s.dayCutoffHour) } : {}),
  };
}

function fromFsrs(prev: Card, next: FsrsCard, now: Date, studyNow: Date, s: SchedulerSettings): Card {
  // Day-scale intervals start at the beginning of the target study day; (re)learning steps are minutes
  // of real time from now.
  // ts-fsrs can step past maximum_interval when it keeps easy > good > hard apart; hold the line.
  const days = Math.min(next.scheduled_days, s.maximumInterval);
  const due =
    days >= 1
      ? startOfStudyDay(studyDayNumber(now, s.timeZone, s.dayCutoffHour) + days, s.timeZone, s.dayCutoffHour)
      : new Date(now.getTime() + Math.max(0, next.due.getTime() - studyNow.getTime()));
  return {
    id: prev.id,
    kind: prev.kind,
    state: stateNames[next.state],
    due,
    stability: next.stability,
    difficulty: next.difficulty,
    scheduledDays: days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    lastReview: now,
  };
}

function engine(s: SchedulerSettings) {
  return fsrs({
    request_retention: s.desiredRetention,
    maximum_interval: s.maximumInterval,
    enable_fuzz: s.fuzz,
    enable_short_term: true,
  }).useStrategy(StrategyMode.SEED, fuzzSeed);
}

/**
 * The fuzz seed: the card and its history, not the millisecond of the review (ts-fsrs's default), so the
 * interval the drill shows for a grade is the one that grade then gives, seconds later.
 */
function fuzzSeed(this: AbstractScheduler): string {
  const c = Reflect.get(this, 'current') as FsrsCard; // protected in the typings; read as ts-fsrs's own strategies do
  return `${String(Reflect.get(c, 'prep_id') ?? '')}_${c.reps}_${c.difficulty * c.stability}`;
}

/**
 * A review cannot come before the card's last one (ts-fsrs throws on a negative elapsed time): when the
 * clock says otherwise (a database synced from a machine whose clock runs ahead), grade as of that review.
 */
const notBefore = (card: Card, at: Date): Date => (card.lastReview && at.getTime() < card.lastReview.getTime() ? card.lastReview : at);

/** Apply a grade at `now`. Pure: same inputs, same card. */
export function schedule(card: Card, rating: Rating, at: Date, s: SchedulerSettings): Card {
  const now = notBefore(card, at);
  const studyNow = toStudyTime(now, s.timeZone, s.dayCutoffHour);
  const result = engine(s).next(toFsrs(card, s), studyNow, grades[rating]);
  return fromFsrs(card, result.card, now, studyNow, s);
}

/** What every grade would do, for the "next interval" line of the drill. */
export function preview(card: Card, at: Date, s: SchedulerSettings): Record<Rating, Card> {
  const now = notBefore(card, at);
  const studyNow = toStudyTime(now, s.timeZone, s.dayCutoffHour);
  const f = engine(s);
  const fc = toFsrs(card, s);
  const out = {} as Record<Rating, Card>;
  for (const r of ['again', 'hard', 'good', 'easy'] as const) {
    out[r] = fromFsrs(card, f.next(fc, studyNow, grades[r]).card, now, studyNow, s);
  }
  return out;
}

/** "10m", "3h", "4d", "2.5mo", "1.2y" */
export function formatInterval(ms: number): string {
  const min = ms / 60_000;
  if (min < 1) return '<1m';
  if (min < 60) return `${Math.round(min)}m`;
  const h = min / 60;
  if (h < 24) return `${Math.round(h)}h`;
  const d = h / 24;
  if (d < 30) return `${Math.round(d)}d`;
  if (d < 365) return `${(d / 30).toFixed(1).replace(/\.0$/, '')}mo`;
  return `${(d / 365).toFixed(1).replace(/\.0$/, '')}y`;
}
