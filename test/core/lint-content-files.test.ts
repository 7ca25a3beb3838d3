import { describe, expect, it } from 'vitest';
import { checkChecklist, checkStarTemplate } from '../../src/core/lint/content-files.js';
import { ChecklistFileSchema, StarTemplateSchema } from '../../src/core/schema.js';

const template = (id: string, over: Record<string, unknown> = {}) => StarTemplateSchema.parse({
  id, title: 'Teamwork', parts: Object.fromEntries(['situation', 'task', 'action', 'result'].map((p) => [p, { guide: 'Say it.', seconds: 20 }])),
  metrics_prompt: 'Numbers.', reflection_prompt: 'Lesson?', pitfalls: ['No numbers'],
  sample: { persona: 'A fictional analyst', situation: 's', task: 't', action: 'a', result: 'r' }, ...over,
});

describe('STAR templates', () => {
  it('wants the id to equal the file stem, and clean text', () => {
    expect(checkStarTemplate('t.yaml', 'teamwork', template('teamwork'))).toEqual([]);
    expect(checkStarTemplate('t.yaml', 'teamwork', template('team', { title: 'Teamwork TBD' })).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'title: placeholder text "TBD" in title',
      'id: template id "team" does not match the file name "teamwork"',
    ]);
  });
});

describe('checklist', () => {
  const refs = { banks: new Set(['coding']), topics: new Set(['eval-fit']), themes: new Set(['teamwork']) };
  it('checks ids across stages and the references of actions', () => {
    const c = ChecklistFileSchema.parse({
      stages: [
        { id: 'd-7', title: 'Week', offset_days: -7, items: [
          { id: 'a', text: 'Do a.', action: { kind: 'drill', filter: { bank: ['coding', 'nope'], topic: ['eval-fit', 'no-topic'] }, min_reviews: 1 } },
          { id: 'b', text: 'Stories.', action: { kind: 'star-coverage', min_stories: 2, themes: ['teamwork', 'heroics'] } },
        ] },
        { id: 'd-7', title: 'Again', offset_days: -7, items: [{ id: 'a', text: 'Lorem ipsum.' }] },
      ],
    });
    expect(checkChecklist('c.yaml', c, refs).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'stages.1.items.0.text: placeholder text "lorem ipsum" in text',
      'stages.0.items.0.action.filter.bank.1: unknown bank "nope" in the drill filter',
      'stages.0.items.0.action.filter.topic.1: unknown topic "no-topic" in the drill filter',
      'stages.0.items.1.action.themes.1: unknown STAR theme "heroics"',
      'stages.1.id: stage "d-7" appears twice',
      'stages.1.items.0.id: checklist item id "a" is also used in stage d-7',
    ]);
  });
});
