/** Stories, interviews, the checklist and questions to ask, from scripts: persistence across runs and JSON shapes. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepWith, tempDir } from '../helpers.js';

let t: ReturnType<typeof tempDir>;
let env: Record<string, string>;
const { prep, json } = prepWith(() => env);

beforeAll(() => {
  t = tempDir();
  env = { PREP_HOME: t.dir, PREP_NOW: '2026-11-24T10:00:00Z' };
});
afterAll(() => t.done());

const story = (title: string, template: string, themes: string[] = []) => ({
  title, template, themes,
  situation: `${title}: our fraud model missed most new attack patterns after a product launch last spring.`, // distinct text: copies count once
  task: 'I owned getting recall back up before the holiday peak in six weeks.',
  action: 'I rebuilt the labelling queue, I added time-based validation and I retrained the model weekly.',
  result: 'Recall at fixed precision went from 41% to 68% and chargebacks fell by 30% that quarter.',
  metrics: { before: 'recall 41%', after: 'recall 68%' },
  reflection: 'I would now set up drift alerts before launch, not after the first incident.',
});

describe('the week before the interview, from scripts', () => {
  it('with no interview, the checklist explains how to add one and shows the generic list', () => {
    const r = prep(['checklist']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/prep interview add/);
    expect(r.stdout).toMatch(/d-7[\s\S]*d-3[\s\S]*d-1[\s\S]*d0/);
    expect(json(['checklist'])).toMatchObject({ version: 1, interview: null });
  });

  it('adds interviews with slug ids and keeps them across runs', () => {
    expect(json(['interview', 'add', 'Acme', '--date', '2026-12-01', '--role', 'ML Engineer']).interview).toMatchObject({ id: 'acme', date: '2026-12-01' });
    expect(json(['interview', 'add', 'Acme', '--date', '2026-12-04']).interview.id).toBe('acme-2');
    expect(json(['interview', 'list']).interviews.map((i: { id: string; daysLeft: number }) => [i.id, i.daysLeft])).toEqual([['acme', 7], ['acme-2', 10]]);
    expect(prep(['interview', 'add', 'Bad', '--date', '2026-02-30']).code).toBe(2);
    expect(prep(['interview', 'show', 'Acme']).stderr).toMatch(/matches several interviews/);
  });

  it('stages count down to the next interview; exactly 7 days out is d-7', () => {
    const r = json(['checklist']);
    expect(r.interview).toMatchObject({ id: 'acme', daysLeft: 7 });
    expect(r.stages.find((s: { id: string }) => s.id === 'd-7').status).toBe('current');
    expect(r.stages.find((s: { id: string }) => s.id === 'd-3').status).toBe('upcoming');
    // Four days later d-3 is current and unfinished d-7 items are overdue.
    const later = json(['checklist'], { PREP_NOW: '2026-11-28T10:00:00Z' });
    const d7 = later.stages.find((s: { id: string }) => s.id === 'd-7');
    expect(d7.items.find((i: { id: string }) => i.id === 'research-stack')).toMatchObject({ done: false, overdue: true });
  });

  it('check and uncheck persist per interview', () => {
    expect(prep(['checklist', 'check', 'research-stack']).code).toBe(0);
    const item = (r: any) => r.stages.flatMap((s: any) => s.items).find((i: any) => i.id === 'research-stack');
    expect(item(json(['checklist']))).toMatchObject({ done: true });
    expect(item(json(['checklist', '--interview', 'acme-2']))).toMatchObject({ done: false });
    expect(prep(['checklist', 'uncheck', 'research-stack']).code).toBe(0);
    expect(item(json(['checklist']))).toMatchObject({ done: false });
    expect(prep(['checklist', 'check', 'no-such-item']).code).toBe(2);
  });

  it('imports stories in every accepted shape, exports and reads them back', () => {
    const dir = t.dir;
    writeFileSync(join(dir, 'one.yaml'), JSON.stringify(story('Fraud recall rescue', 'technical-challenge', ['failure-learning'])));
    writeFileSync(join(dir, 'list.yaml'), JSON.stringify([story('Team data contract', 'teamwork'), story('Led the on-call rota', 'leadership')]));
    writeFileSync(join(dir, 'wrapped.yaml'), `stories:\n  - ${JSON.stringify(story('Feature store pilot', 'innovation'))}\n`);
    for (const f of ['one.yaml', 'list.yaml', 'wrapped.yaml']) expect(prep(['star', 'import', join(dir, f)]).code).toBe(0);
    const listed = json(['star', 'list']).stories;
    expect(listed.map((s: { id: string }) => s.id)).toEqual(['fraud-recall-rescue', 'team-data-contract', 'led-the-on-call-rota', 'feature-store-pilot']);
    const exported = prep(['star', 'export', '--format', 'yaml']).stdout;
    writeFileSync(join(dir, 'back.yaml'), exported);
    expect(json(['star', 'import', join(dir, 'back.yaml')])).toMatchObject({ added: [], updated: [], unchanged: listed.map((s: { id: string }) => s.id) });
    expect(prep(['star', 'export']).stdout).toMatch(/## Fraud recall rescue[\s\S]*\*\*Situation\*\*/);
  });

  it('prints story text without terminal control sequences', () => {
    writeFileSync(join(t.dir, 'evil.yaml'), JSON.stringify({ ...story('Evil \u001b]0;pwned\u0007 title', 'conflict'), situation: 'Clear \u001b[2J screen \u202e reversed' }));
    expect(prep(['star', 'import', join(t.dir, 'evil.yaml')]).code).toBe(0);
    const id = json(['star', 'list']).stories.find((s: { title: string }) => s.title.startsWith('Evil')).id;
    for (const out of [prep(['star', 'show', id]).stdout, prep(['star', 'export']).stdout]) {
      expect(out).toMatch(/Clear \[2J screen/);
      expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    }
    expect(prep(['star', 'rm', id]).code).toBe(0);
  });

  it('rejects an invalid story file with exit 2 and a position', () => {
    writeFileSync(join(t.dir, 'bad.yaml'), 'title: No template\nsituation: x\n');
    const r = prep(['star', 'import', join(t.dir, 'bad.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:1:1: .*template/);
    writeFileSync(join(t.dir, 'bad2.yaml'), JSON.stringify({ ...story('X', 'no-such-template') }));
    expect(prep(['star', 'import', join(t.dir, 'bad2.yaml')]).stderr).toMatch(/unknown template "no-such-template"/);
  });

  it('star lint and coverage as data; the STAR checklist item is verified, not ticked', () => {
    const lint = json(['star', 'lint']);
    expect(lint.stories).toHaveLength(4);
    const cov = json(['star', 'coverage']);
    expect(cov.themes.slice(0, 5).map((x: { id: string; status: string }) => [x.id, x.status])).toEqual([
      ['technical-challenge', 'covered'], ['teamwork', 'covered'], ['failure-learning', 'covered'], ['leadership', 'covered'], ['innovation', 'covered'],
    ]);
    const star = (r: any) => r.stages.flatMap((s: any) => s.items).find((i: any) => i.id === 'star-stories');
    expect(star(json(['checklist']))).toMatchObject({ done: false }); // 4 stories, 5 needed
    writeFileSync(join(t.dir, 'five.yaml'), JSON.stringify(story('Ambiguous churn brief', 'ambiguity')));
    prep(['star', 'import', join(t.dir, 'five.yaml')]);
    expect(star(json(['checklist']))).toMatchObject({ done: true });
  });

  it('stories are due for rehearsal and counted apart from questions', () => {
    expect(json(['due'], { PREP_NOW: '2026-11-24T10:05:00Z' }).stories).toEqual({ due: 5, total: 5 });
  });

  it('questions to ask are grouped; the checklist item counts picks for the interview', () => {
    const r = json(['ask']);
    expect(r.groups.map((g: { id: string }) => g.id)).toEqual(['technical', 'team', 'role', 'mlops-maturity']);
    expect(r.groups.every((g: { questions: unknown[] }) => g.questions.length >= 2)).toBe(true);
    expect(prep(['ask', '--pick']).code).toBe(2); // needs a TTY
  });

  it('on the day, the checklist shows the round structures, questions and stories', () => {
    const r = prep(['checklist', '--interview', 'acme'], { PREP_NOW: '2026-12-01T08:00:00Z' });
    expect(r.stdout).toMatch(/Before you join: Acme[\s\S]*Round structures[\s\S]*Concept answer \(2:30\)[\s\S]*Your stories by theme[\s\S]*technical-challenge: Fraud recall rescue/);
  });

  it('guide sections', () => {
    const g = json(['guide']);
    expect(g.sections.map((s: { id: string }) => s.id)).toEqual(['portfolio', 'resources', 'resume', 'pitch', 'rounds']);
    expect(prep(['guide', 'pitch']).stdout.length).toBeGreaterThan(200);
    expect(prep(['guide', 'nope']).code).toBe(2);
  });

  it('removing an interview removes its ticks', () => {
    expect(prep(['interview', 'rm', 'acme-2', '--yes']).code).toBe(0);
    expect(json(['interview', 'list']).interviews).toHaveLength(1);
  });
});
