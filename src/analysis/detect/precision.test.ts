import { describe, expect, it } from 'vitest';
import { detectInNotes } from './run.js';

const ids = (text: string) => new Set<string>(detectInNotes(text).map((s) => s.id));

/** One-liners: [text, sign, expected presence]. Each row states what the engine must read. */
type Row = readonly [string, string, boolean];
const table = (rows: readonly Row[]) =>
  it.each(rows)('%s → %s %s', (text, id, present) => expect(ids(text).has(id)).toBe(present));

describe('subject: "me" and "my" are not the interviewer\'s subject', () => {
  table([
    ["she told me it's 4 on 4 off with nights every third week", 'detailed-role-info', true],
    [
      'she introduced me to the team and told me about their values and how they run retros',
      'culture-discussion',
      true,
    ],
    ['the HM smiled at my answer about the outage', 'interviewer-smiling', true],
    ['the director asked about my gap year, then came back to it again at the end', 'raised-concerns', true],
    ['I smiled through the whole thing even though I was dying inside', 'interviewer-smiling', false],
    ['her questions made me so nervous I forgot the company name', 'candidate-nerves', true],
    ['I was nervous but the recruiter smiled the whole time', 'interviewer-smiling', true],
  ]);
});

describe("worry: the candidate's fear, not the employer's hope or question", () => {
  table([
    ["I hope I didn't ramble too much", 'candidate-nerves', false],
    ['worried that I rambled about my old job', 'candidate-nerves', false],
    [
      "she said they're hoping to put the new person through the leadership programme next year",
      'future-growth-talk',
      true,
    ],
    ['she asked if I could start on the 3rd and cover the weekend rota', 'future-role-talk', true],
    ['then she wondered if I could start earlier than planned', 'start-date-asked', false],
  ]);
});

describe('run-ons without punctuation', () => {
  table([
    [
      'i didnt sleep at all the night before lol the HM was smiling the whole time',
      'interviewer-smiling',
      true,
    ],
    ['i wasnt sure what to wear 😅 she smiled as soon as i walked in', 'interviewer-smiling', true],
    [
      'no parking anywhere plus the HM kept glancing at the clock while I talked',
      'interviewer-disinterest',
      true,
    ],
    [
      'honestly not my best commute ever anyway the panel laughed at my jokes and we chatted for ages',
      'engaging-conversation',
      true,
    ],
  ]);
});

describe('quoted speech and hypotheticals', () => {
  table([
    ["she said 'no concerns from our side'", 'raised-concerns', false],
    ["if you were to join you'd be running the night shift", 'future-role-talk', true],
    [
      'he said "honestly I\'m a bit worried about whether you\'d cope with the volume" and later asked again if I could handle it',
      'raised-concerns',
      true,
    ],
  ]);
});

describe('negation scope', () => {
  table([
    ['not once did she check her phone', 'interviewer-disinterest', false],
    ['no awkward silences at all', 'awkward-atmosphere', false],
    ["can't say he was cold", 'flat-interviewer', false],
    ["she wasn't distracted, if anything she seemed really engaged", 'interviewer-smiling', true],
    ["she wasn't distracted, if anything she seemed really engaged", 'interviewer-disinterest', false],
    ['never felt rushed', 'cut-short', false],
    ['nobody frowned', 'negative-body-language', false],
    ["zero red flags, they didn't raise any concerns", 'raised-concerns', false],
    ['none of the usual stock questions', 'generic-questions', false],
    ['nobody mentioned next steps', 'no-next-steps', true],
    ["I've never had such a relaxed interview", 'positive-atmosphere', true],
    ['the panel never once seemed relaxed', 'positive-atmosphere', false],
  ]);
});
