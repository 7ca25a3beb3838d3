import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ankiField, parseDeck, writeDeck } from '../../src/core/anki.js';
import { htmlToText, proseToHtml, stripEscapes, textToHtml } from '../../src/core/html-text.js';
import { isAnkiExportable, itemToNote, noteToCard } from '../../src/core/anki-cards.js';
import { isSafe } from '../../src/core/sanitize.js';
import type { Item } from '../../src/core/schema.js';

describe('writing a deck', () => {
  it('starts with the headers Anki reads, one note a line', () => {
    const text = writeDeck([{ guid: 'ml-a', front: 'Q', back: 'A', tags: ['bank::ml', 'role::ds'] }]);
    expect(text.split('\n').slice(0, 6)).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#guid column:1', '#tags column:4', '#columns:guid\tFront\tBack\tTags']);
    expect(text.split('\n')[6]).toBe('ml-a\tQ\tA\tbank::ml role::ds');
  });

  it.each([
    ['plain', 'plain'],
    ['a\tb', '"a\tb"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['#not a comment', '"#not a comment"'],
  ])('quotes a field only when it must: %j', (field, written) => {
    expect(ankiField(field)).toBe(written);
  });

  it('reads back exactly what it wrote, whatever the fields hold (property)', () => {
    const field = fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\r'));
    fc.assert(
      fc.property(fc.array(fc.record({ front: field.filter((s) => s.trim() !== ''), back: field, tags: fc.array(fc.stringMatching(/^[a-z:]{1,8}$/), { maxLength: 3 }) }), { minLength: 1, maxLength: 5 }), (notes) => {
        const withGuid = notes.map((n, i) => ({ ...n, guid: `id-${i}` }));
        const parsed = parseDeck(writeDeck(withGuid));
        expect(parsed.notes.map(({ guid, front, back, tags }) => ({ guid, front, back, tags }))).toEqual(withGuid.map((n) => ({ guid: n.guid, front: n.front, back: n.back, tags: n.tags })));
      }),
    );
  });
  it('keeps a back that is only spaces (the property once found it read back empty)', () => {
    const note = { guid: 'id-0', front: '!', back: ' ', tags: [] };
    expect(parseDeck(writeDeck([note])).notes[0]).toMatchObject({ front: '!', back: ' ' });
  });
});

describe('reading a deck', () => {
  it('reads an Anki "Notes in Plain Text" export: guid, notetype and deck columns are not fields', () => {
    const text = '#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\nAbc\tBasic\tDefault\tFront <b>x</b>\tBack\tt1 t2\n';
    const deck = parseDeck(text);
    expect(deck.html).toBe(true);
    expect(deck.notes).toEqual([{ line: 7, guid: 'Abc', front: 'Front <b>x</b>', back: 'Back', tags: ['t1', 't2'] }]);
  });

  it('guesses the separator, skips comment lines, and keeps the line of each note', () => {
    const deck = parseDeck('# my cards\nfront one;back one\n\n# a comment; with a separator\n"multi\nline";back two\n');
    expect(deck.notes.map((n) => [n.line, n.front, n.back])).toEqual([[2, 'front one', 'back one'], [5, 'multi\nline', 'back two']]);
  });

  it('maps Front and Back by #columns names, and puts extra fields on the back', () => {
    const deck = parseDeck('#separator:Comma\n#html:false\n#columns:Back,Front,Extra\nthe back,the front,more\n');
    expect(deck.notes[0]).toMatchObject({ front: 'the front', back: 'the back\n\nmore' });
  });

  it('takes the old "tags:" first line as tags for every note, and CRLF line ends', () => {
    expect(parseDeck('tags:deck1\r\na\tb\r\n').notes).toEqual([{ line: 2, front: 'a', back: 'b', tags: ['deck1'] }]);
  });
});

describe('HTML fields as plain text', () => {
  it.each([
    ['a<br>b<br/>c', 'a\nb\nc'],
    ['<div>one</div><div>two</div>', 'one\ntwo'],
    ['<ul><li>x</li><li>y</li></ul>', '- x\n- y'],
    ['&lt;b&gt; &amp; &quot;q&quot; &#955; &#x3bb; &nbsp;x', '<b> & "q" λ λ x'],
    ['<b>bold</b> <i>it</i> <span style="color:red">red</span>', 'bold it red'],
    ['<img src="a.png" alt="a graph"> [sound:x.mp3]', '[image: a graph]'],
    ['<style>.card{}</style><script>alert(1)</script>text', 'text'],
    ['\u001b[31mred\u001b[0m &#27;[2J&#x9b;31m!', 'red !'],
    ['<p>one</p><p>two</p>', 'one\n\ntwo'],
    ['line<div>next</div><div><br></div>', 'line\nnext'],
    ['soft\nwrapped   text', 'soft wrapped text'],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('never lets a control character or escape through (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => isSafe(htmlToText(s)) && isSafe(stripEscapes(s))));
    fc.assert(fc.property(fc.string({ unit: 'binary' }).map((s) => `&#${s.length};<b>${s}</b>&#x1b;[1m`), (s) => isSafe(htmlToText(s))));
  });

  it('writes text as HTML and reads it back', () => {
    expect(textToHtml('a < b & c\nnext')).toBe('a &lt; b &amp; c<br>next');
    expect(htmlToText(textToHtml('a < b & c\nnext'))).toBe('a < b & c\nnext');
    expect(proseToHtml('wrapped\nparagraph\n\n- one\n- two')).toBe('wrapped paragraph<br><br>- one<br>- two');
  });
});

const concept = { id: 'ml-x', bank: 'ml', type: 'concept', topic: 'eval-fit', roles: ['ds', 'mle'], difficulty: 'medium', tags: [], prompt: 'Why <x>?', answer: 'Because\nof y.',
  key_points: [{ point: 'Point & one', evidence: ['a', 'b'] }] } as unknown as Item & { bank: string };

describe('items as notes, notes as cards', () => {
  it('front is the prompt, back the answer and key points, tags the bank, topic and roles', () => {
    expect(itemToNote(concept)).toEqual({ guid: 'ml-x', front: 'Why &lt;x&gt;?', back: 'Because of y.<br><br><b>Key points</b><ul><li>Point &amp; one</li></ul>', tags: ['bank::ml', 'topic::eval-fit', 'role::ds', 'role::mle'] });
    expect(isAnkiExportable({ ...concept, type: 'ask' } as unknown as Item)).toBe(false);
  });

  const ctx = () => ({ bank: 'mine', html: true, taken: new Set(['mine-why-x']), topics: new Set(['eval-fit']) });

  it('a note of ours comes back as a card with its topic and roles, named after the item', () => {
    const card = noteToCard(itemToNote(concept), ctx());
    expect(card).toEqual({ id: 'mine-ml-x', type: 'card', topic: 'eval-fit', roles: ['ds', 'mle'], difficulty: 'medium', prompt: 'Why <x>?', answer: 'Because of y.\n\nKey points\n- Point & one' });
  });

  it('other notes get an id from the front (unique), every role, and their tags as slugs', () => {
    const c = ctx();
    const card = noteToCard({ guid: 'x%Y}q', front: 'Why x?', back: 'y', tags: ['Biology::Cells', 'topic::nope', 'role::zz', 'leech'] }, c);
    expect(card).toEqual({ id: 'mine-why-x-2', type: 'card', roles: ['ds', 'mle', 'mlops', 'fs'], difficulty: 'medium', tags: ['biology.cells', 'role.zz', 'leech'], prompt: 'Why x?', answer: 'y' });
    expect(c.taken.has('mine-why-x-2')).toBe(true);
  });

  it('cloze notes ask with the gaps and answer with them filled', () => {
    const card = noteToCard({ front: '{{c1::Paris}} is the capital of {{c2::France::country}}.', back: 'Extra', tags: [] }, ctx());
    expect(card).toMatchObject({ prompt: '[…] is the capital of [country].', answer: 'Paris is the capital of France.\n\nExtra' });
  });

  it.each([
    [{ front: '<br>', back: 'b', tags: [] }, 'the front is empty'],
    [{ front: 'a', back: '  ', tags: [] }, 'the back is empty'],
  ])('skips a note that cannot be a card: %j', (note, skip) => {
    expect(noteToCard(note, ctx())).toEqual({ skip });
  });
});
