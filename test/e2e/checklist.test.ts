/** The checklist from scripts: which interview a command applies to, and what it shows when. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepWith, tempDir } from '../helpers.js';
import { Store } from '../../src/adapters/store.js';
import { newCard } from '../../src/core/scheduler.js';

const Database = createRequire(import.meta.url)('better-sqlite3');

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
const { prep, json } = prepWith(() => env);
const ticked = (id: string) => json(['interview', 'show', id]).checked;

beforeEach(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_NOW: '2026-11-24T10:00:00Z' };
});
afterEach(() => t.done());

describe('checklist check/uncheck --interview', () => {
  it('applies to the named interview whether --interview comes before or after the subcommand', () => {
    prep(['interview', 'add', 'Alpha', '--date', '2026-11-30']);
    prep(['interview', 'add', 'Beta', '--date', '2026-12-01']);
    expect(prep(['checklist', 'check', 'research-stack', '--interview', 'beta']).code).toBe(0);
    expect(prep(['checklist', '--interview', 'beta', 'check', 'sleep']).code).toBe(0);
    expect(ticked('beta').sort()).toEqual(['research-stack', 'sleep']);
    expect(ticked('alpha')).toEqual([]);
    expect(prep(['checklist', '--interview', 'beta', 'uncheck', 'sleep']).code).toBe(0);
    expect(prep(['checklist', 'uncheck', 'research-stack', '--interview', 'beta']).code).toBe(0);
    expect(ticked('beta')).toEqual([]);
  });

  it('an unknown --interview is exit 2 on check and uncheck, in either position', () => {
    prep(['interview', 'add', 'Alpha', '--date', '2026-11-30']);
    for (const args of [['checklist', 'check', 'sleep', '--interview', 'nope'], ['checklist', '--interview', 'nope', 'uncheck', 'sleep']]) {
      const r = prep(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/no interview "nope"/);
    }
    expect(ticked('alpha')).toEqual([]);
  });
});

describe('star import, twice', () => {
  const story = (title: string, result = 'Recall went from 41% to 68% that quarter.') => ({
    title, template: 'technical-challenge', themes: ['technical-challenge', 'teamwork', 'failure-learning', 'leadership', 'innovation'],
    situation: `The ${title} situation.`, task: 'I owned it.', action: 'I rebuilt the pipeline.', result,
  });

  it('updates the story with the same title instead of adding -2, -3; reports unchanged when nothing changed', () => {
    const file = join(t.dir, 'one.yaml');
    writeFileSync(file, JSON.stringify(story('Churn model rescue')));
    expect(json(['star', 'import', file])).toMatchObject({ added: ['churn-model-rescue'], updated: [], unchanged: [] });
    const again = prep(['star', 'import', file]);
    expect(again.stdout).toMatch(/Unchanged 1: churn-model-rescue/);
    writeFileSync(file, JSON.stringify(story('Churn model rescue', 'AUC went from 0.71 to 0.80.')));
    expect(json(['star', 'import', file])).toMatchObject({ added: [], updated: ['churn-model-rescue'], unchanged: [] });
    expect(json(['star', 'list']).stories.map((s: { id: string }) => s.id)).toEqual(['churn-model-rescue']);
  });

  it('five copies of one story do not complete the STAR checklist item', () => {
    for (let n = 1; n <= 5; n++) {
      const file = join(t.dir, `copy-${n}.yaml`);
      writeFileSync(file, JSON.stringify({ ...story('Churn model rescue'), id: `copy-${n}` }));
      expect(prep(['star', 'import', file]).code).toBe(0);
    }
    const item = json(['checklist']).stages.flatMap((s: any) => s.items).find((i: any) => i.id === 'star-stories');
    expect(item).toMatchObject({ done: false, actionDetail: expect.stringMatching(/^1 of 5 different stories/) });
  });
});

describe('interview dates', () => {
  it.each(['0000-01-01', '0001-01-01', '0099-06-30', '1969-12-31', '2101-01-01'])('refuses --date %s before writing anything', (date) => {
    const r = prep(['interview', 'add', 'Dino', '--date', date]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--date: .*(out of range|not a calendar date)/);
    expect(json(['interview', 'list']).interviews).toEqual([]);
  });

  it('warns, but adds, a date in the past', () => {
    const r = prep(['interview', 'add', 'Late', '--date', '2026-11-23']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Added late: Late on 2026-11-23 \(yesterday\)[\s\S]*Warning: 2026-11-23 is in the past/);
    expect(json(['interview', 'add', 'Later', '--date', '2026-10-27']).warnings).toHaveLength(1);
    expect(prep(['interview', 'show', 'later']).stdout).toMatch(/on 2026-10-27 \(28 days ago\)/);
  });

  it('list, show and checklist survive a bad row already in the database', () => {
    prep(['interview', 'add', 'Good', '--date', '2026-12-01']);
    const db = new Database(join(t.dir, 'prep.db'));
    db.prepare("INSERT INTO interviews (id, company, date, created_at) VALUES ('dino', 'Dino', '0000-13-45', '2026-01-01T00:00:00Z')").run();
    db.close();
    expect(json(['interview', 'list']).interviews.map((i: { id: string; daysLeft: number | null }) => [i.id, i.daysLeft])).toEqual([['dino', null], ['good', 7]]);
    expect(prep(['interview', 'list']).stdout).toMatch(/dino .*invalid date/);
    expect(prep(['interview', 'show', 'dino']).stdout).toMatch(/\(an invalid date\)/);
    expect(json(['checklist']).interview.id).toBe('good');
    expect(prep(['interview', 'rm', 'dino', '--yes']).code).toBe(0);
  });
});

describe('after the interview', () => {
  it('yesterday\'s interview is the default; only its follow-ups are shown and nothing earlier is overdue', () => {
    prep(['interview', 'add', 'Acme', '--date', '2026-11-23']);
    const r = prep(['checklist']);
    expect(r.stdout).toMatch(/^Acme on 2026-11-23: 1 day ago/);
    expect(r.stdout).not.toMatch(/No interview added/);
    expect(r.stdout).toMatch(/d\+1 {2}The day after now/);
    expect(r.stdout).not.toMatch(/overdue|d-7/);
    const j = json(['checklist']);
    expect(j.interview).toMatchObject({ id: 'acme', daysLeft: -1 });
    expect(j.stages.flatMap((s: any) => s.items).filter((i: any) => i.overdue)).toEqual([]);
    // A week later it is no longer the default.
    expect(json(['checklist'], { PREP_NOW: '2026-12-01T10:00:00Z' }).interview).toBeNull();
  });
});

describe('on the day', () => {
  it('shows the screen to read before joining first, then only the day\'s items; --all shows the rest', () => {
    prep(['interview', 'add', 'Acme', '--date', '2026-12-01']);
    writeFileSync(join(t.dir, 's.yaml'), JSON.stringify({ title: 'Fraud recall rescue', template: 'technical-challenge', situation: 'a', task: 'b', action: 'c', result: 'd' }));
    prep(['star', 'import', join(t.dir, 's.yaml')]);
    const day = { PREP_NOW: '2026-12-01T08:00:00Z' };
    const r = prep(['checklist'], day);
    expect(r.stdout).toMatch(/^ Before you join: Acme[\s\S]*Round structures[\s\S]*Coding round \(30:00\)[\s\S]*technical-challenge: Fraud recall rescue[\s\S]*d0 {2}Interview day now/);
    expect(r.stdout).not.toMatch(/overdue|research-stack|d-1 /);
    expect(prep(['checklist', '--all'], day).stdout).toMatch(/d-7[\s\S]*research-stack[\s\S]*overdue/);
    const j = json(['checklist'], day);
    expect(j.today).toBe('2026-12-01');
    expect(j.day.rounds.find((x: { id: string }) => x.id === 'coding')).toMatchObject({ seconds: 1800, phases: expect.arrayContaining([{ id: 'code', title: 'Code', seconds: 900 }]) });
    expect(j.day.questions).toEqual([]);
    expect(j.day.stories[0]).toEqual({ theme: 'technical-challenge', stories: [{ id: 'fraud-recall-rescue', title: 'Fraud recall rescue' }] });
    expect(json(['checklist']).day).toBeNull();
  });
});

describe('rehearsing stories', () => {
  it('star practice tellings count toward the optional rehearse-stories item, which is never overdue', async () => {
    prep(['interview', 'add', 'Acme', '--date', '2026-12-01']);
    const item = (extra: Record<string, string>) => json(['checklist'], extra).stages.flatMap((s: any) => s.items).find((i: any) => i.id === 'rehearse-stories');
    const dayBefore = { PREP_NOW: '2026-11-30T10:00:00Z' };
    expect(item(dayBefore)).toMatchObject({ done: false, overdue: false, actionDetail: '0 of 2 stories rehearsed since 2026-11-28 (prep star practice)' });
    const store = await Store.open(join(t.dir, 'prep.db'), { now: new Date('2026-11-29T10:00:00Z') });
    for (const id of ['story:a', 'story:b', 'story:b']) {
      const at = new Date('2026-11-29T10:00:00Z');
      store.recordReview({ cardBefore: null, cardAfter: newCard(id, 'story', at), rating: 'good', reviewedAt: at, studyDay: '2026-11-29', source: 'practice' });
    }
    store.close();
    expect(item(dayBefore)).toMatchObject({ done: true, overdue: false, actionDetail: '2 of 2 stories rehearsed since 2026-11-28 (prep star practice)' });
  });
});

describe('the mock interview item', () => {
  it('is verified by a finished mock round since its stage began; interrupted or older rounds do not count', async () => {
    prep(['interview', 'add', 'Acme', '--date', '2026-12-01']);
    const item = () => json(['checklist'], { PREP_NOW: '2026-11-29T10:00:00Z' }).stages.flatMap((s: any) => s.items).find((i: any) => i.id === 'mock-interview');
    expect(item()).toMatchObject({ done: false, actionDetail: '0 of 1 mock round finished since 2026-11-28 (prep mock design)' });
    const store = await Store.open(join(t.dir, 'prep.db'), { now: new Date('2026-11-29T10:00:00Z') });
    const { MockRounds } = await import('../../src/adapters/mock-rounds.js');
    const rounds = new MockRounds(store);
    const report = (startedAt: string) => ({ version: 1, id: null, kind: 'design', startedAt, minutes: 45, seed: 1, interview: 'acme', roles: [], status: 'finished', ended: 'answered', questions: [], summary: { questions: 1, answered: 1, followUps: 1, followUpsAnswered: 1, coverage: 0.6, timedOut: 0, seconds: 2400, graded: 2 } }) as const;
    const old = rounds.start({ ...report('2026-11-20T10:00:00.000Z'), roles: [], questions: [] }, '2026-11-20');
    rounds.save(old, { ...report('2026-11-20T10:00:00.000Z'), roles: [], questions: [] }, 'finished');
    const cut = rounds.start({ ...report('2026-11-28T12:00:00.000Z'), roles: [], questions: [] }, '2026-11-28');
    rounds.save(cut, { ...report('2026-11-28T12:00:00.000Z'), roles: [], questions: [] }, 'interrupted');
    store.close();
    expect(item()).toMatchObject({ done: false });
    const again = await Store.open(join(t.dir, 'prep.db'), { now: new Date('2026-11-29T10:00:00Z') });
    const done = new MockRounds(again).start({ ...report('2026-11-29T09:00:00.000Z'), roles: [], questions: [] }, '2026-11-29');
    new MockRounds(again).save(done, { ...report('2026-11-29T09:00:00.000Z'), roles: [], questions: [] }, 'finished');
    again.close();
    expect(item()).toMatchObject({ done: true, actionDetail: '1 of 1 mock round finished since 2026-11-28 (prep mock design)' });
  });
});

describe('several interviews in a week', () => {
  it('names the others under the chosen one', () => {
    prep(['interview', 'add', 'Alpha', '--date', '2026-11-26']);
    prep(['interview', 'add', 'Beta', '--date', '2026-11-28']);
    prep(['interview', 'add', 'Gamma', '--date', '2026-12-20']);
    expect(prep(['checklist']).stdout).toMatch(/^Alpha on 2026-11-26: 2 days to go\nalso: Beta in 4 days — prep checklist --interview beta\n/);
    expect(json(['checklist', '--interview', 'beta']).also).toEqual([{ id: 'alpha', company: 'Alpha', date: '2026-11-26', daysLeft: 2 }]);
  });
});

describe('messages', () => {
  const five = ['technical-challenge', 'teamwork', 'failure-learning', 'leadership', 'innovation'].map((th, i) => ({
    title: `Story ${i}`, template: th, situation: `Situation ${i}.`, task: 'I owned it.', action: 'I did it.', result: 'It got 20% better.',
  }));

  it('hints point at the right lists; export with no stories says so', () => {
    expect(prep(['star', 'show', 'nope']).stderr).toMatch(/hint: `prep star list` shows your stories/);
    expect(prep(['star', 'show', 'nope']).stderr).not.toMatch(/prep search/);
    const r = prep(['checklist', 'check', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/hint: .*research-stack, star-stories, review-projects/);
    expect(r.stderr).not.toMatch(/prep search/);
    expect(prep(['star', 'export', '--format', 'md']).stdout).toMatch(/No stories to export/);
  });

  it('prep due says "stories" and points at prep star practice; uncheck of a verified item says it stays done', () => {
    writeFileSync(join(t.dir, 'five.yaml'), JSON.stringify(five));
    prep(['star', 'import', join(t.dir, 'five.yaml')]);
    const due = prep(['due'], { PREP_NOW: '2026-11-24T10:05:00Z' }).stdout;
    expect(due).toMatch(/5 STAR stories due for rehearsal \(of 5\)/);
    expect(due).toMatch(/`prep star practice` rehearses the due stories/);
    const un = prep(['checklist', 'uncheck', 'star-stories']);
    expect(un.stdout).toMatch(/star-stories stays done: it is verified from your data \(5 of 5 different stories; all themes covered\)/);
    expect(un.stdout).not.toMatch(/Unchecked/);
  });
});
