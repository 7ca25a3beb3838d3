/**
 * The plan to an interview date: how many reviews and new items each day takes to bring every relevant
 * topic to the desired retention on the day, within the minutes a day the candidate has. Pure.
 *
 * The model (README "prep plan"): every unseen relevant item is introduced before the last day (the
 * last day is kept for reviews), spread evenly and interleaved across topics, most important topics
 * first; each new item is reviewed again FOLLOW_UPS days later (when those days come before the
 * interview); cards already seen are reviewed on the day they fall due (overdue ones today). A day costs
 * reviews x reviewSeconds plus each new item's own time. When the busiest day does not fit, whole topics
 * are dropped, lowest priority for the interview's roles first (then the one with most unseen items),
 * until it fits.
 */

export interface PlanTopic {
  topic: string;
  /** 0..1: the share of the topic's items that are for the interview's roles (core/roles.ts). */
  priority: number;
  items: number;
  unseen: number;
  /** Sum of predicted recall on the day over the topic's items (unseen: 0). */
  recallSum: number;
  /** Seconds to introduce all of its unseen items (their time budgets, or measured times). */
  newSeconds: number;
}

export interface PlanInput {
  /** Study days from today to the day before the interview (today alone when it is today or tomorrow). */
  days: string[];
  minutesPerDay: number;
  /** Seconds one review takes. */
  reviewSeconds: number;
  /** Reviews of seen cards falling due on each plan day (overdue ones on the first); same length as days. */
  reviewsDue: number[];
  topics: PlanTopic[];
  desired: number;
}

export interface PlanDay {
  date: string;
  reviews: number;
  new: number;
  minutes: number;
}

export interface Plan {
  /** Everything fits without dropping a topic. */
  fitsAll: boolean;
  /** The plan below (after any drops) fits. */
  fits: boolean;
  days: PlanDay[];
  kept: string[];
  dropped: { topic: string; priority: number; unseen: number }[];
  totals: { reviews: number; new: number; minutes: number };
  peakMinutes: number;
  /** The busiest day with every topic kept. */
  peakAll: number;
  /** Mean recall on the day if the plan is followed: kept topics at the desired retention (or above). */
  projected: number;
}

/**
 * Seconds a new item takes, by type, until the candidate's own first-sight times say otherwise (5 or more
 * in the last 90 days): the answer frameworks' totals (content/frameworks.yaml), a behavioural answer
 * about two and a half minutes.
 */
export const NEW_ITEM_SECONDS: Readonly<Record<string, number>> = { concept: 150, compare: 150, coding: 1800, code_review: 360, design: 840, behavioural: 150 };
/** Seconds a review takes until the candidate's own review times say otherwise. */
export const REVIEW_SECONDS = 90;

/** Days after its introduction a new item is reviewed again, when those days come before the interview. */
export const FOLLOW_UPS = [1, 3] as const;

interface Schedule {
  days: PlanDay[];
  peak: number;
}

/** New items in the order they are introduced: round-robin over topics, most important (then weakest) first. */
function introductions(topics: readonly PlanTopic[]): { topic: string; seconds: number }[] {
  const order = [...topics].filter((t) => t.unseen > 0).sort((a, b) => b.priority - a.priority || a.recallSum / a.items - b.recallSum / b.items || a.topic.localeCompare(b.topic));
  const left = order.map((t) => t.unseen);
  const out: { topic: string; seconds: number }[] = [];
  while (left.some((n) => n > 0)) {
    order.forEach((t, i) => {
      if (left[i]! > 0) {
        left[i]!--;
        out.push({ topic: t.topic, seconds: t.newSeconds / t.unseen });
      }
    });
  }
  return out;
}

function schedule(input: PlanInput, topics: readonly PlanTopic[]): Schedule {
  const n = input.days.length;
  const reviews = input.reviewsDue.slice(0, n).concat(Array(Math.max(0, n - input.reviewsDue.length)).fill(0));
  const fresh = Array<number>(n).fill(0);
  const newSeconds = Array<number>(n).fill(0);
  const intro = introductions(topics);
  const introDays = n >= 2 ? n - 1 : 1;
  intro.forEach((it, k) => {
    const d = Math.floor((k * introDays) / intro.length);
    fresh[d]!++;
    newSeconds[d]! += it.seconds;
    for (const off of FOLLOW_UPS) if (d + off < n) reviews[d + off]!++;
  });
  const days = input.days.map((date, d) => ({
    date,
    reviews: reviews[d]!,
    new: fresh[d]!,
    minutes: Math.round((reviews[d]! * input.reviewSeconds + newSeconds[d]!) / 6) / 10,
  }));
  return { days, peak: Math.max(0, ...days.map((x) => x.minutes)) };
}

export function buildPlan(input: PlanInput): Plan {
  let kept = [...input.topics];
  const dropped: Plan['dropped'] = [];
  const first = schedule(input, kept);
  let s = first;
  const fitsIn = (x: Schedule) => x.peak <= input.minutesPerDay + 1e-9;
  // Drop whole topics, least important for the roles first (then the costliest), until the busiest day fits.
  const droppable = kept.filter((t) => t.unseen > 0).sort((a, b) => a.priority - b.priority || b.unseen - a.unseen || a.topic.localeCompare(b.topic));
  for (const t of droppable) {
    if (fitsIn(s)) break;
    kept = kept.filter((k) => k !== t);
    dropped.push({ topic: t.topic, priority: t.priority, unseen: t.unseen });
    s = schedule(input, kept);
  }
  const items = input.topics.reduce((a, t) => a + t.items, 0);
  const keptSet = new Set(kept.map((t) => t.topic));
  const onDay = input.topics.reduce((a, t) => a + (keptSet.has(t.topic) ? Math.max(t.recallSum, t.items * input.desired) : t.recallSum), 0);
  return {
    fitsAll: fitsIn(first),
    fits: fitsIn(s),
    days: s.days,
    kept: kept.map((t) => t.topic),
    dropped,
    totals: {
      reviews: s.days.reduce((a, d) => a + d.reviews, 0),
      new: s.days.reduce((a, d) => a + d.new, 0),
      minutes: Math.round(s.days.reduce((a, d) => a + d.minutes, 0) * 10) / 10,
    },
    peakMinutes: s.peak,
    peakAll: first.peak,
    projected: items ? Math.round((onDay / items) * 1000) / 1000 : 0,
  };
}
