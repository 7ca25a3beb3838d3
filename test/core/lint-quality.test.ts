import { describe, expect, it } from 'vitest';
import { checkItemQuality, checkQuality, testNames, wordCount } from '../../src/core/lint/quality.js';
import { aBank, aCoding, aConcept, aDesign, filler } from '../fixtures/strict/builders.js';
import type { Item } from '../../src/core/schema.js';

const messages = (it: Item) => checkItemQuality('f.yaml', ['items', 0], it).map((i) => `${i.severity}: ${i.path.join('.')}${i.key ? `#${i.key}` : ''}: ${i.message}`);

describe('item quality', () => {
  it('passes a well-formed concept, coding and design item', () => {
    expect(messages(aConcept())).toEqual([]);
    expect(messages(aCoding())).toEqual([]);
    expect(messages(aDesign())).toEqual([]);
  });

  it.each([
    ['short concept answer', aConcept({ answer: 'Bias too simple, variance overfit, regularisation.' }), 'items.0.answer: answer has 6 words; concept answers take 80-180'],
    ['long concept answer', aConcept({ answer: `bias variance regularisation ${filler(180)}` }), 'answer has 183 words; concept answers take 80-180'],
    ['short coding answer', aCoding({ answer: 'Add them.' }), 'answer has 2 words; coding answers take 30-160'],
    ['short design answer', aDesign({ answer: 'cache 100 ms' }), 'answer has 3 words; design answers take 60-220'],
    ['medium without follow-ups', aConcept({ difficulty: 'medium' }), 'items.0.follow_ups: medium concept item has no follow_ups'],
    ['hard coding without follow-ups', aCoding({ difficulty: 'hard' }), 'hard coding item has no follow_ups'],
    ['follow-up points without an answer', aConcept({ follow_ups: [{ prompt: 'And L1?', key_points: [{ point: 'sparse', evidence: ['sparse', 'zero'] }] }] }), 'items.0.follow_ups.0.key_points: follow-up has key_points but no answer'],
    ['follow-up answer without its evidence', aConcept({ follow_ups: [{ prompt: 'And L1?', answer: 'It shrinks weights.', key_points: [{ point: 'sparse', evidence: ['sparse', 'exactly zero'] }] }] }), 'items.0.follow_ups.0.key_points.0: key point 1: none of its evidence ("sparse", "exactly zero") occurs in the follow-up answer'],
    ['concept without pitfalls', aConcept({ pitfalls: undefined }), 'items.0.pitfalls: concept item has no pitfalls'],
    ['evidence absent from the answer', aConcept({ key_points: [...aConcept().key_points!.slice(0, 2), { point: 'x', evidence: ['dropout', 'early stopping'] }] }), 'items.0.key_points.2: key point 3: none of its evidence ("dropout", "early stopping") occurs in the answer'],
    ['evidence without words', aConcept({ key_points: [...aConcept().key_points!.slice(0, 2), { point: 'x', evidence: ['//', 'penalty'] }] }), 'key point 3 has 1 evidence phrase with words; at least 2 needed'],
    ['design phase missing', aDesign({ phases: { requirements: aDesign().type === 'design' ? (aDesign() as Extract<Item, { type: 'design' }>).phases.requirements : undefined } }), 'items.0#phases: design item has no key points for phases architecture, data-flow, monitoring, scaling'],
    ['design without numbers', aDesign({ requirements: ['fast and accurate'] }), 'warning: items.0.requirements: requirements carry no numbers'],
    ['too few tests', aCoding({ tests: 'def test_a():\n    assert add(1, 1) == 2\n\ndef test_b():\n    pass\n', edge_cases: ['test_a', 'test_b'] }), 'items.0.tests: tests define 2 test_* functions; at least 5 needed'],
    ['review bug past the end', { ...aCoding(), type: 'code_review', language: 'python', snippet: 'x = 1\n', bugs: [{ line: 3, issue: 'a', fix: 'b' }], requires: [] } as unknown as Item, 'items.0.bugs.0.line: bug line 3 is past the end of the snippet (1 lines)'],
  ])('%s', (_name, item, expected) => {
    expect(messages(item).some((m) => m.includes(expected))).toBe(true);
  });

  it('accepts design evidence found in requirements and tradeoffs, not only the answer', () => {
    const d = aDesign({ answer: filler(70), tradeoffs: ['A cache costs memory', 'b', 'c'] });
    expect(messages(d)).toEqual([]);
    expect(messages(aDesign({ answer: filler(70), requirements: ['10 QPS'], tradeoffs: ['a', 'b', 'c'] })).filter((m) => m.includes('none of its evidence'))).toHaveLength(10);
  });

  it('skips the occurrence check for a behavioural item without an answer; checks why on ask', () => {
    const b = { id: 'behavioural-x', type: 'behavioural', template: 't', roles: ['ds'], difficulty: 'easy', tags: [], signals: [], prompt: 'Tell me.', key_points: aConcept().key_points } as unknown as Item;
    expect(messages(b)).toEqual([]);
    const ask = { id: 'ask-x', type: 'ask', group: 'team', roles: ['ds'], difficulty: 'easy', tags: [], prompt: 'Who?', why: 'Because.' } as unknown as Item;
    expect(messages(ask)).toEqual(['error: items.0.why: why has 1 words; ask items take 15-80']);
  });

  it('walks strings for placeholders and mojibake in every item of every bank', () => {
    const issues = checkQuality([aBank('ml', [aConcept({ prompt: 'Explain TODO.' }), aConcept({ id: 'ml-b', pitfalls: ['CafÃ© effect'] })])]);
    expect(issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['items.0.prompt: placeholder text "TODO" in prompt', 'items.1.pitfalls.0: mojibake "Ã©" in pitfalls']);
  });
});

describe('helpers', () => {
  it.each([['', 0], ['  one  two\nthree ', 3], ['a-b c', 2]])('wordCount(%j) = %i', (s, n) => expect(wordCount(s)).toBe(n));
  it('finds top-level test functions in order', () => {
    expect(testNames('import x\ndef test_b():\n  pass\ndef helper():\n  pass\ndef test_a ():\n  def test_inner(): pass\n')).toEqual(['test_b', 'test_a']);
  });
});
