import { describe, expect, it } from 'vitest';
import type { SignId } from '../../core/signs/ids.js';
import { signsIn } from './found.case.js';

const signsOf = signsIn;

type Row = [text: string, sign: SignId, expected: boolean];

// Ways real retellings put the interviewer's manner without the usual words, and near misses.
// All written for this test.
const rows: Row[] = [
  // inattention without a phone
  [
    'Halfway through, the manager put me on hold to sort out a delivery problem.',
    'interviewer-disinterest',
    true,
  ],
  ['The owner kept an eye on the till while we talked about my experience.', 'interviewer-disinterest', true],
  [
    'It must have been tiring for the governors to pretend interest all afternoon.',
    'interviewer-disinterest',
    true,
  ],
  ['The second interviewer was nodding off by the end of my presentation.', 'interviewer-disinterest', true],
  ["They didn't seem interested in my portfolio at all.", 'interviewer-disinterest', true],
  ['She never looked engaged, even when I talked about the merger.', 'interviewer-disinterest', true],
  ['Twenty minutes in he abruptly ended the call.', 'interviewer-disinterest', true],
  [
    'I was put on hold by the switchboard for ten minutes before the interview started.',
    'interviewer-disinterest',
    false,
  ],
  ['I kept an eye on the clock so my answers stayed short.', 'interviewer-disinterest', false],
  ["I didn't seem interested enough, according to the feedback.", 'interviewer-disinterest', false],
  ['She said the role means keeping an eye on the stock levels.', 'interviewer-disinterest', false],
  [
    'A reference told me they had just got a call about me from the school.',
    'interviewer-disinterest',
    false,
  ],
  // a bystander's manner is not the interviewer's
  [
    'The candidate before me was typing away on her laptop in the corridor.',
    'interviewer-disinterest',
    false,
  ],
  ['The receptionist kept typing the whole time I waited.', 'interviewer-disinterest', false],
  ['Twice she left the room halfway through an answer to sign for parcels.', 'interviewer-disinterest', true],
  ['She never left the room once, which I appreciated.', 'interviewer-disinterest', false],
  ['They seemed more concerned with ticking boxes than hearing my answers.', 'interviewer-disinterest', true],
  ['I was more focused on my notes than on the panel.', 'interviewer-disinterest', false],
  // a cold reaction without a body noun
  ['The deputy gave me a withering look when I mentioned my grades.', 'negative-body-language', true],
  ['He looked me up and down before we even sat down.', 'negative-body-language', true],
  ['Her smile faded as soon as I mentioned notice periods.', 'negative-body-language', true],
  ['Her smile faded as soon as I mentioned notice periods.', 'interviewer-smiling', false],
  ['I shot my brother a dirty look when he asked how it went.', 'negative-body-language', false],
  ['My smile faded when I saw the salary.', 'negative-body-language', false],
  ['When I mentioned needing flexible hours, their faces dropped.', 'negative-body-language', true],
  [
    "The director's expression went blank the moment I said I'd left teaching.",
    'negative-body-language',
    true,
  ],
  ['He refused to look at me for the whole second half.', 'negative-body-language', true],
  ['My face fell when they told me the salary.', 'negative-body-language', false],
  ['She refused to look at my references until the second stage.', 'negative-body-language', false],
  // strangers in the lobby are not the panel
  [
    'I asked two random women in reception if they were the hiring panel. They stared at me like I had two heads.',
    'negative-body-language',
    false,
  ],
  ['The panel came out to meet me. They stared at me like I had two heads.', 'negative-body-language', true],
  // flat energy told plainly
  ['The interview itself was really dull, to be honest.', 'flat-interviewer', true],
  ["The finance director sat in but didn't have any comments or questions for me.", 'flat-interviewer', true],
  ['The other panellist said nothing at all for forty minutes.', 'flat-interviewer', true],
  ["I didn't have any questions or comments at the end.", 'flat-interviewer', false],
  ['The commute to the interview was boring but the interview was lively.', 'flat-interviewer', false],
  ["He didn't make any comments about my salary expectations.", 'flat-interviewer', false],
  // visible interest
  ['She acted genuinely interested in every example I gave.', 'interviewer-smiling', true],
  ['I tried to act interested in the tour of the warehouse.', 'interviewer-smiling', false],
];

describe('interviewer manner in real retellings', () => {
  it.each(rows)('%s -> %s: %s', (text, sign, expected) => {
    expect(signsOf(text).has(sign)).toBe(expected);
  });
});
