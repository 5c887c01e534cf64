import { describe, expect, it } from 'vitest';
import { tokensFrom } from '../nlp.js';
import { at, subjectOfMarked as subject } from './marked.case.js';
import { closingTag, taggedSpeech } from './speech-tag.js';

const speakerOf = (s: string) => {
  const toks = tokensFrom(s);
  return closingTag(toks, 0, toks.length)?.speaker;
};

describe('closingTag: a speech tag that ends the sentence, and whose it is', () => {
  it.each([
    ['Most of the kitchen staff move up within a year, she said.', 'other'],
    ['We promote from within, the store manager told me.', 'other'],
    ['"You would be running the night shift," he said.', 'other'],
    ["'You'll have two direct reports,' said the manager.", 'other'],
    ['The pay review is every April, said she.', 'other'],
    ['They fund the whole diploma, according to the head chef.', 'other'],
    ['Training is paid for, according to her.', 'other'],
    ['They like to hire from the floor, Priya explained.', 'other'],
    ['There is a bonus after probation, the foreman added.', 'other'],
    ["'Not sure you have enough experience' was what she said.", 'other'],
    ['The rota is four on four off, is what the supervisor told me.', 'other'],
    ['The team is really close, she said to me.', 'other'],
    // someone else's word passed on
    ['They promote from within, my friend said.', 'third'],
    ['The managers are lovely, the receptionist told me.', 'third'],
    ['Everyone gets a mentor, my mate reckoned.', 'third'],
    // "my manager" in a note is as often the one the hire would report to
    ['Everyone gets a mentor, my new manager reckoned.', 'other'],
    // the writer's own
    ["I'd love to grow into management, I said.", 'self'],
  ] as const)('%s → %s', (s, who) => expect(speakerOf(s)).toBe(who));

  it.each([
    'She said most people move up within a year.',
    'Most people move up within a year.',
    'They promote from within, which is nice.',
    'I said no.',
    'The manager said.',
    'We talked about the rota, the pay and the hours she said were fixed and',
    'The interview ran long, the room was hot.',
    // what was written or sent is no speaker
    "I didn't seem interested enough, according to the feedback.",
    'The shifts are twelve hours, according to the job advert.',
    'Pay is reviewed yearly, the contract says.',
  ])('no tag: %s', (s) => expect(speakerOf(s)).toBeUndefined());

  it('tags only the words before it', () => {
    const p = at('We ^promote from within, she said.');
    expect(taggedSpeech(p.toks, p.clause.from, p.clause.to, p.from)?.speaker).toBe('other');
    const q = at('We promote from within, she ^said.');
    expect(taggedSpeech(q.toks, q.clause.from, q.clause.to, q.from)).toBeUndefined();
  });

  it('reads one sentence: a tag in the next sentence does not reach back', () => {
    const p = at('We ^promote from within. Training is paid for, she said.');
    expect(taggedSpeech(p.toks, p.clause.from, p.clause.to, p.from)).toBeUndefined();
  });
});

describe('subjectOf: reported speech reads the same with the tag first or last', () => {
  it.each([
    // the firm's "we" and the hire's "I" inside the interviewer's words
    ['We ^promote from within, the manager told me.', undefined],
    ['She told me we ^promote from within.', undefined],
    ["I'd be ^on the tills at first, she said.", undefined],
    ["She said I'd be ^on the tills at first.", undefined],
    ['"We ^train everyone up," said the owner.', 'other'],
    // a friend's word, either way round
    ['They ^promote from within, my friend said.', 'third'],
    ['My friend said they ^promote from within.', 'third'],
    // the writer's own words stay the writer's
    ["I'd love to ^grow into management, I said.", 'self'],
    ["I said I'd love to ^grow into management.", 'self'],
    // no tag: unchanged
    ['We ^promote from within.', 'self'],
  ] as const)('%s → %s', (s, who) => expect(subject(s)).toBe(who));
});
