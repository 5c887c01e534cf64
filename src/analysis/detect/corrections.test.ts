import { describe, expect, it } from 'vitest';
import { detectInNotes } from './run.js';

const ids = (text: string) => detectInNotes(text).map((s) => s.id);

describe('a correction in the next breath withdraws the evidence before it', () => {
  it.each([
    ['She beamed at me the whole time. Well, not really, it was more of a wince.', 'interviewer-smiling'],
    [
      'He seemed totally distracted by his phone. Actually no, he was using it to look up my portfolio.',
      'interviewer-disinterest',
    ],
    [
      'The panel sat there with arms folded. Scratch that, they were just leaning on the table to write.',
      'negative-body-language',
    ],
    ["Her voice was completely flat. Actually, no, that's not fair, she was just quiet.", 'flat-interviewer'],
    ['He kept nodding along, or maybe not, I could not really see him on the call.', 'interviewer-smiling'],
    [
      'The interviewer rolled her eyes at my answer - no wait, she was squinting at the screen.',
      'negative-body-language',
    ],
  ])('%s -/-> %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    // a narrowing keeps the claim
    ['He had his arms folded the whole time. Well no, only for the first half.', 'negative-body-language'],
    // "not really" agreeing with a negative
    ['She never smiled, not really, not even at the end.', 'negative-body-language'],
    // "not really" answering a question
    [
      'Did she explain what the team does? Not really. But she nodded a lot while I talked.',
      'interviewer-smiling',
    ],
    // "no one" is not "no,"
    ['He smiled at me twice. Actually no one else in the room did.', 'interviewer-smiling'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('corrections: other lead-ins, and what is not one', () => {
  it.each([
    ['She smiled loads. Thinking about it, no, it was more of a wince.', 'interviewer-smiling'],
    [
      'He looked totally bored. On second thoughts, not really, he was just concentrating.',
      'interviewer-disinterest',
    ],
  ])('%s -/-> %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
  it.each([
    // a bare "No." is a reply, not a correction
    ['She smiled loads. No. Nothing else to add.', 'interviewer-smiling'],
    // a heading answered is not a correction of the heading
    ['Body language: arms folded the whole time. Eye contact: not really.', 'negative-body-language'],
  ])('%s -> %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

// session 25 (left25): sarcasm tagged on a warm claim, in the next sentence or after a comma or dash, takes it back
describe('corrections: sarcasm withdraws the claim it is tagged on', () => {
  it.each([
    'Oh it was a real warm, welcoming environment. If you like being ignored for 40 minutes.',
    'Lovely atmosphere — if you enjoy being interrogated.',
    'Super friendly. Not.',
    'Great vibes, said no one ever.',
    'So welcoming. Said nobody who has ever been interviewed there.',
    'Warm and welcoming? Yeah right.',
    'Friendly bunch, I don’t think.',
    'Relaxed and friendly, my foot.',
    'Such a relaxed, friendly chat. If your idea of friendly is three people frowning at you in silence.',
    'Really comfortable atmosphere... if you enjoy sitting in a cold room while two men check their phones.',
    'Really welcoming place. Kidding.',
  ])('%s -/-> positive-atmosphere', (text) => {
    expect(ids(text)).not.toContain('positive-atmosphere');
  });
  it.each([
    // a sentence that opens with "not", a condition with its main clause, a liking that names no ordeal
    'Super friendly. Not what I expected from a law firm at all.',
    'Honestly a really friendly panel. Not a single awkward moment.',
    "It was a warm, welcoming environment. If you like small teams, it's the place to be.",
    'Great vibes all round, nobody ever made me feel rushed.',
    'Oh it was a real warm, welcoming environment. Even the receptionist made me a coffee.',
    'They were friendly, if a bit formal.',
    // a list of manners is no "only joking"
    'The branch manager started warm, joking, asking about my football team.',
  ])('%s -> positive-atmosphere', (text) => {
    expect(ids(text)).toContain('positive-atmosphere');
  });
  it('keeps the negative claim a sarcastic tag agrees with, and the ordeal it names', () => {
    expect(ids("He wasn't listening at all, I don't think.")).toContain('interviewer-disinterest');
    expect(ids('Lovely atmosphere — if you enjoy being interrogated.')).toContain('awkward-atmosphere');
  });
});
