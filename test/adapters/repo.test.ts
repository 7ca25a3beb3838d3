import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/adapters/store.js';
import { Repo } from '../../src/adapters/repo.js';
import { newCard } from '../../src/core/scheduler.js';
import type { Story } from '../../src/core/star.js';
import { at, tempDir } from '../helpers.js';

const now = at('2026-03-01T09:00:00Z');
const aStory = (id: string): Story => ({ id, title: id, template: 'teamwork', themes: ['teamwork'], situation: 's', task: 't', action: 'a', result: 'r' });

let t: ReturnType<typeof tempDir>;
let store: Store;
let repo: Repo;
beforeEach(async () => {
  t = tempDir();
  store = await Store.open(join(t.dir, 'prep.db'), { now });
  repo = new Repo(store);
});
afterEach(() => {
  store.close();
  t.done();
});

describe('Repo.removeStory', () => {
  it('deletes the story with its card, reviews and tellings; a new story with the id starts clean', () => {
    for (const id of ['a', 'b']) {
      repo.saveStory(aStory(id), now);
      repo.recordTelling(id, now, { situation: 20 }, true);
      store.recordReview({ cardBefore: null, cardAfter: { ...newCard(`story:${id}`, 'story', now), reps: 1 }, rating: 'good', reviewedAt: now, studyDay: '2026-03-01', source: 'practice' });
    }
    expect(repo.removeStory('a')).toBe(true);
    expect(store.getCard('story:a')).toBeUndefined();
    expect(store.reviewsFor('story:a')).toEqual([]);
    expect(repo.tellings('a')).toEqual([]);
    // The other story keeps everything.
    expect(store.reviewsFor('story:b')).toHaveLength(1);
    expect(repo.tellings('b')).toHaveLength(1);
    repo.saveStory(aStory('a'), now);
    expect(store.getCard('story:a')).toMatchObject({ state: 'new', reps: 0 });
    expect(repo.tellings('a')).toEqual([]);
  });
});
