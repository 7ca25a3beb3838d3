/** Domain types shared by core, adapters and commands. Library vocabularies stay out of here. */
import type { Item, Role, Difficulty, ItemType } from './schema.js';
export type { Item, Role, Difficulty, ItemType };

/** An item as loaded: the validated fields plus where it came from. */
export type LoadedItem = Item & { bank: string; file: string; line: number };

export interface BankSummary {
  id: string;
  title: string;
  description?: string;
  file: string;
  items: number;
}

/** The small per-item record the fast path needs (kept in the index cache). */
export interface ItemIndexEntry {
  id: string;
  bank: string;
  type: ItemType;
  topic?: string;
  difficulty: Difficulty;
  roles: Role[];
}

export type Rating = 'again' | 'hard' | 'good' | 'easy';
export const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];
export type CardState = 'new' | 'learning' | 'review' | 'relearning';

/** Our own FSRS card, camelCase, times as Date. Wraps ts-fsrs's Card at one boundary (core/scheduler.ts). */
export interface Card {
  id: string;
  kind: 'item' | 'story';
  state: CardState;
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}

export interface Settings {
  desiredRetention: number;
  newPerDay: number;
  maximumInterval: number;
  dayCutoffHour: number;
  timeZone: string;
  grading: 'four' | 'two';
  leechThreshold: number;
  timeScale: number;
  fuzz: boolean;
  /** Target roles: the drill's default role filter (empty: all). */
  roles: Role[];
  /** Items due again within this many minutes come back in the same drill (learning steps); 0: never. */
  learnAheadMinutes: number;
  /** Minutes a day for study: `prep plan` fits the work to the interview date within it. */
  dailyMinutes: number;
  /** The daily goal on the today screen: this many reviews, or minutes of review time. */
  dailyGoal: { amount: number; unit: 'reviews' | 'minutes' };
}

export const DEFAULT_SETTINGS: Omit<Settings, 'timeZone'> = {
  desiredRetention: 0.9,
  newPerDay: 10,
  maximumInterval: 365,
  dayCutoffHour: 4,
  grading: 'four',
  leechThreshold: 8,
  timeScale: 1,
  fuzz: true,
  roles: [],
  learnAheadMinutes: 20,
  dailyMinutes: 60,
  dailyGoal: { amount: 20, unit: 'reviews' },
};
