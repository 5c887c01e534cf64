import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Session 24's precision families: near misses of the signs the blind notes found wrongly most often, and the real
// sign beside each, which must stay.
describe('achievements-praised: the current job walked through, follow-ups on papers or answers, their own people praised', () => {
  signTable([
    [
      'They asked me to talk through my current role, so I listed my duties on the ward.',
      'achievements-praised',
      false,
    ],
    ['She asked me to walk through my day to day at the depot.', 'achievements-praised', false],
    ['He had a follow-up question about my notice period and that was it.', 'achievements-praised', false],
    ['Lots of follow-ups about my answers, all quite generic.', 'achievements-praised', false],
    ['The head spent ten minutes praising her own deputy, which was sweet.', 'achievements-praised', false],
    ['The manager was full of praise - for his own staff.', 'achievements-praised', false],
    ['She asked me to walk through the rota system I built at my last place.', 'achievements-praised', true],
    [
      'He asked follow-ups about my migration project, how I handled the rollback.',
      'achievements-praised',
      true,
    ],
    ['The director praised my fundraising results twice.', 'achievements-praised', true],
  ]);
});

describe('interviewer-disinterest: a lapse explained or owned up to with its reason', () => {
  signTable([
    [
      'He kept an eye on the clock but that’s because the room was booked until two.',
      'interviewer-disinterest',
      false,
    ],
    [
      "He checked his watch, but that's because he had a train to catch, he said.",
      'interviewer-disinterest',
      false,
    ],
    ['She yawned and said sorry, she had been on night shifts all week.', 'interviewer-disinterest', false],
    [
      'Her son’s school rang and she had to go for five minutes, then came back all apologies.',
      'interviewer-disinterest',
      false,
    ],
    ['He kept yawning, and said sorry, long day, every time.', 'interviewer-disinterest', true],
    ['He checked his watch twice and wrapped it up early.', 'interviewer-disinterest', true],
    ['She had to dash off to another meeting after twenty minutes.', 'interviewer-disinterest', true],
  ]);
});

describe('interviewer-smiling: the least nod given is not interest', () => {
  signTable([
    ['I got a nod at best, from the one on the left.', 'interviewer-smiling', false],
    ['Eye contact: some. Smiles: none. A nod, once.', 'interviewer-smiling', false],
    ['She was nodding along and smiling the whole way through.', 'interviewer-smiling', true],
  ]);
});

describe('positive-atmosphere: advice, the only warm word, the weather, the candidate going in', () => {
  signTable([
    [
      "My brother told me to think of it as a chat and it'll feel relaxed. It didn't.",
      'positive-atmosphere',
      false,
    ],
    ['That was the only friendly thing she said all morning.', 'positive-atmosphere', false],
    ['It was a lovely sunny morning and the walk there calmed me down.', 'positive-atmosphere', false],
    ['I felt calm and relaxed going in, had a good breakfast.', 'positive-atmosphere', false],
    ['Lovely sentiment from the manager, zero actual information.', 'positive-atmosphere', false],
    ['The interview felt relaxed and the two of them were warm the whole time.', 'positive-atmosphere', true],
    ['It was a lovely, friendly interview.', 'positive-atmosphere', true],
  ]);
});

describe('engaging-conversation: advice to treat it as a chat, and sarcasm', () => {
  signTable([
    ['My mum said to treat it like a chat. It was not a chat.', 'engaging-conversation', false],
    [
      'Great conversation, by which I mean she read out eight questions and typed.',
      'engaging-conversation',
      false,
    ],
    ['It was a great conversation, we went off on tangents about cricket.', 'engaging-conversation', true],
  ]);
});

describe('no-follow-up: a strong word for the silence a few days in', () => {
  signTable([
    ['Day 2 and radio silence. They never said when.', 'no-follow-up', false],
    ["It's been 3 days and I feel ghosted already lol.", 'no-follow-up', false],
    ['Three weeks of radio silence since the final round.', 'no-follow-up', true],
    ['They said Friday. Day 10 now and radio silence.', 'no-follow-up', true],
  ]);
});
