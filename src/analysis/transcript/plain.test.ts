import { describe, expect, it } from 'vitest';
import { detectTranscriptFormat, parseTranscript } from './index.js';

const ANSWER =
  'I ran the stockroom for four years and the deliveries were the part I liked best, so this role fits what I want to do next and where I want to grow.';
const QUESTION =
  'Why do you want to move from retail into a warehouse, and what would you change in your first month?';

/** A long turn wrapped as a PDF or a hard-wrapped paste leaves it. */
const wrap = (text: string): string => text.replace(/(.{1,48})(?: |$)/g, '$1\n').trimEnd();

describe('a call whose layout marks it', () => {
  it.each([
    [
      "Otter's name-and-time lines over long wrapped turns",
      [1, 2, 3, 4, 5]
        .map((i) => `Dana Whitaker  ${i}:00\n${wrap(QUESTION)}\n\nRuth Okafor  ${i}:30\n${wrap(ANSWER)}`)
        .join('\n\n'),
      ['Dana Whitaker', 'Ruth Okafor'],
    ],
    [
      "Teams' docx flattened to a paragraph a turn",
      [1, 2, 3].map((i) => `Dana Whitaker   ${i}:00 ${QUESTION}\nRuth Okafor   ${i}:30 ${ANSWER}`).join('\n'),
      ['Dana Whitaker', 'Ruth Okafor'],
    ],
    [
      'names in lower case beside their times',
      [1, 2, 3]
        .map((i) => `dana whitaker (00:0${i}:00):\n${QUESTION}\n\nruth okafor (00:0${i}:30):\n${ANSWER}`)
        .join('\n\n'),
      ['dana whitaker', 'ruth okafor'],
    ],
    [
      'one voice only, as an Otter file of the candidate alone',
      [1, 2, 3, 4].map((i) => `Ruth Okafor  ${i}:00\n${ANSWER}`).join('\n\n'),
      ['Ruth Okafor'],
    ],
    [
      'times with milliseconds beside the names',
      [1, 2, 3]
        .map((i) => `Dana Whitaker  00:0${i}:00.250\n${QUESTION}\nRuth Okafor  00:0${i}:30.500\n${ANSWER}`)
        .join('\n'),
      ['Dana Whitaker', 'Ruth Okafor'],
    ],
    [
      "Teams' docx converted with one space before the time",
      [1, 2, 3]
        .map((i) => `Dana Whitaker ${i}:00\n${QUESTION}\n\nRuth Okafor ${i}:30\n${ANSWER}`)
        .join('\n\n'),
      ['Dana Whitaker', 'Ruth Okafor'],
    ],
    [
      'a dash between the name and the time, on a line of its own',
      [1, 2, 3]
        .map((i) => `Dana Whitaker - ${i}:00\n${QUESTION}\n\nRuth Okafor - ${i}:30\n${ANSWER}`)
        .join('\n\n'),
      ['Dana Whitaker', 'Ruth Okafor'],
    ],
    [
      'names in Markdown bold, the colon inside or outside',
      [1, 2, 3].map(() => `**Dana Whitaker:** ${QUESTION}\n\n**Ruth Okafor**: ${ANSWER}`).join('\n\n'),
      ['Dana Whitaker', 'Ruth Okafor'],
    ],
    [
      'a paragraph for each turn, the turns wrapped',
      [1, 2, 3, 4].map(() => `Dana Whitaker: ${wrap(QUESTION)}\n\nRuth Okafor: ${wrap(ANSWER)}`).join('\n\n'),
      ['Dana Whitaker', 'Ruth Okafor'],
    ],
    [
      'a line number before every line, page numbers between pages',
      [1, 2, 3, 4]
        .flatMap(() => [`Dana Whitaker: ${QUESTION}`, `Ruth Okafor: ${ANSWER}`])
        .map((l, i) => `${String(i + 1).padStart(3)}  ${l}`)
        .join('\n')
        .replace(/\n( {2}5 )/, '\nPage 1 of 2\n$1'),
      ['Dana Whitaker', 'Ruth Okafor'],
    ],
    [
      'a title block with a duration and who recorded it',
      `Second interview\nDuration: 44 minutes\nRecorded by: Acme Talent\n\n${[1, 2, 3].map(() => `Dana Whitaker: ${QUESTION}\nRuth Okafor: ${ANSWER}`).join('\n')}`,
      ['Dana Whitaker', 'Ruth Okafor'],
    ],
  ])('reads %s', (_name, text, speakers) => {
    const r = parseTranscript(text);
    expect(r.ok && r.value.speakers).toEqual(speakers);
    expect(r.ok && r.value.turns.map((t) => t.text).join(' ')).not.toMatch(/\d:\d\d|Page 1|^ *\d+ |\*\*/);
  });

  it.each([
    [
      'a numbered list of notes, some lines quoting',
      [
        '1. Dana asked why warehouses',
        '2. Dana: why retail?',
        '3. I said deliveries',
        '4. Ruth: that is me',
        '5. felt ok',
        '6. Dana: thanks',
        '7. no news yet',
        '8. Ruth: fingers crossed',
      ].join('\n'),
    ],
    [
      'notes with bold headings',
      [
        '**Interview:** Dana Whitaker, ops manager',
        '**How it went:** friendly, lots of questions about deliveries',
        '**Dana:** seemed keen on my stockroom years',
        '**Next steps:** hear by Friday',
        '**Gut feeling:** good',
      ].join('\n'),
    ],
    [
      'a schedule of the day with times beside the names',
      ['Dana Whitaker  10:00', 'Ruth Okafor  10:30', 'Lunch  12:00', 'Dana Whitaker  14:00'].join('\n'),
    ],
    [
      'a day planned with one space before the times, and a line after it',
      [
        'Sarah Jones 10:30',
        'Tom Lee 11:00',
        'Sarah Jones 14:00',
        'Tom Lee 15:00',
        'Both panels, so be early.',
      ].join('\n'),
    ],
    [
      'times spaced after words that are no name',
      [
        'Interview at 10:30',
        'then lunch at 12:30',
        'Interview at 14:00',
        'then lunch at 15:30',
        'felt ok',
      ].join('\n'),
    ],
    [
      'a chat whose contacts carry emoji',
      [
        'Jess 🦄: well??',
        'Me: it went ok I think',
        'Jess 🦄: did they say when',
        'Me: next week',
        'Jess 🦄: fingers crossed',
        'Me: thanks x',
      ].join('\n'),
    ],
    [
      'a story with a few quoted lines among long paragraphs',
      [
        'Had the interview this morning at the depot, it was a long one and I was nervous the whole way through.',
        'Dana: why retail?',
        'I told her about the stockroom and the deliveries and she seemed to like it, she wrote a lot down.',
        'Then she went through the shifts and the pay and said they have a few people to see this week.',
        'Ruth: that was me answering',
        'Overall I think it went fine, but she did not say when I would hear back, which worries me a bit.',
        'Dana: thanks for coming',
        'I will chase on Friday if I hear nothing, and keep applying in the meantime just in case.',
        'Ruth: me again',
        'Feeling ok about it.',
        'Will see.',
        'Fingers crossed.',
        'Going for a walk now.',
        'More later.',
      ].join('\n'),
    ],
  ])('leaves %s as notes', (_name, text) => {
    expect(detectTranscriptFormat(text)).toBeUndefined();
  });
});
