import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Session 21 (para21-prec21): warm words that are not this room's warmth.
describe('positive-atmosphere: the premises, people passing by, a test invigilator', () => {
  signTable([
    ['The foyer had such a welcoming feel, all plants and sofas.', 'positive-atmosphere', false],
    ['The showroom is very bright and warm, lovely lighting.', 'positive-atmosphere', false],
    [
      'The building itself was really nice, then the interview was in a cupboard.',
      'positive-atmosphere',
      false,
    ],
    [
      'Everyone in the warehouse seemed cheerful and friendly as we walked through.',
      'positive-atmosphere',
      false,
    ],
    ['The exam invigilator was very pleasant and cordial.', 'positive-atmosphere', false],
    ['The assessment coordinator was very friendly.', 'positive-atmosphere', false],
    ['The volunteer coordinator was lovely and welcoming, made me a brew.', 'positive-atmosphere', true],
    ['The interviewers were really warm and welcoming.', 'positive-atmosphere', true],
  ]);
});

describe('positive-atmosphere: sarcasm and the advert quoted', () => {
  signTable([
    ['Such a warm and friendly room, said no one ever.', 'positive-atmosphere', false],
    ['Relaxed vibes, if your idea of relaxed is being shouted at.', 'positive-atmosphere', false],
    [
      'It was very friendly if you count three people frowning at me as friendly.',
      'positive-atmosphere',
      false,
    ],
    ['"Informal and relaxed" the email said. It was not.', 'positive-atmosphere', false],
    ['It was relaxed and friendly, nothing like I feared.', 'positive-atmosphere', true],
  ]);
});

describe('positive-atmosphere: by message, a turn of phrase, a wish, the candidate calm for reasons of their own', () => {
  signTable([
    ['The manager was super friendly over email when we were booking it.', 'positive-atmosphere', false],
    ['She was really warm when scheduling the call.', 'positive-atmosphere', false],
    ['Which is a lovely way of saying they have no idea.', 'positive-atmosphere', false],
    ['I wanted the room to be relaxed but it never got there.', 'positive-atmosphere', false],
    ["I was relaxed because I'd already got another offer.", 'positive-atmosphere', false],
    ['I felt calm and comfortable as I had practised for days.', 'positive-atmosphere', false],
    ['Tbh I was pretty chill about it.', 'positive-atmosphere', false],
    ['I felt relaxed because she was so kind.', 'positive-atmosphere', true],
    ['She was really friendly on the phone and put me at ease.', 'positive-atmosphere', true],
  ]);
});
