import { describe } from 'vitest';
import { signTable } from './notes-table.case.js';

// our own lines: what the writer was led to expect, or got ready for, before the interview is no
// evidence of what happened in it; what happened, told after, still is
describe('what a go-between or the ad led the writer to expect', () => {
  signTable([
    ['The agent made it sound like it would be a relaxed, friendly chat.', 'positive-atmosphere', false],
    ['My recruiter had made them sound really warm and welcoming.', 'positive-atmosphere', false],
    [
      'The invitation email described it as an informal conversation over coffee.',
      'engaging-conversation',
      false,
    ],
    [
      'The agent made it sound like a friendly chat. In fact the manager frowned and folded his arms the whole time.',
      'negative-body-language',
      true,
    ],
  ]);
});

describe("the reader's own word before it, in a letter", () => {
  signTable([
    [
      'You had told me the panel would grill me about my gaps and doubt my experience twice over.',
      'raised-concerns',
      false,
    ],
    ['You warned me the head would barely look up from her laptop.', 'interviewer-disinterest', false],
  ]);
});

describe('what the writer got ready for, with the "I\'d" of a story', () => {
  signTable([
    ["I'd prepared for crossed arms and cold stares.", 'negative-body-language', false],
    ["We'd rehearsed the awkward silences a dozen times.", 'awkward-atmosphere', false],
    [
      "I'd prepared my portfolio and the director said it was the strongest she had seen.",
      'achievements-praised',
      true,
    ],
  ]);
});

describe('what the writer was sure would happen, before going in', () => {
  signTable([
    [
      "Before I went in I was convinced they'd only ask the standard stock questions off a sheet.",
      'generic-questions',
      false,
    ],
    [
      "Going in, I was dead sure she'd be on her phone the whole time. She wasn't.",
      'interviewer-disinterest',
      false,
    ],
    ["I was certain I'd go blank and ramble. I didn't.", 'candidate-nerves', false],
    [
      "I was sure they'd hate me, but the manager smiled and nodded all the way through.",
      'interviewer-smiling',
      true,
    ],
  ]);
});
