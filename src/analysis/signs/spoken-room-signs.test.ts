import { describe, expect, it } from 'vitest';
import { callSigns } from '../detect/call-signs.js';
import { heardInCall } from './found.case.js';

// Our own calls: the room's signs heard in a transcript (shared laughter, a flat panel, a cold face named aloud,
// a candidate who cannot read the room), and the near misses that sound alike.
const heard = heardInCall;

describe('engaging-conversation in a call', () => {
  it('hears laughter both sides share, with enjoyment said aloud', () => {
    const ids = heard([
      ['Ana', 'Ha! The old scheduler, yes, we all suffered with that one.'],
      ['Sam', 'Haha, it ate my weekends for a year.'],
      ['Ana', 'So what did you replace it with?'],
      ['Sam', 'A queue and a lot of patience.'],
      ['Ana', 'Ha, fair. Honestly, this has been fun.'],
      ['Sam', 'Thanks, I enjoyed it.'],
    ]);
    expect(ids.has('engaging-conversation')).toBe(true);
  });
  it('hears a closing "so did I" as the second half of a shared enjoyment', () => {
    const ids = heard([
      ['Ana', 'Ha, that was a good story.'],
      ['Sam', 'Haha, thank you.'],
      ['Sam', 'Thank you, I really enjoyed this.'],
      ['Ana', 'So did I. Speak soon.'],
    ]);
    expect(ids.has('engaging-conversation')).toBe(true);
  });
  it('does not take one nervous laugh from the candidate for a chat', () => {
    const ids = heard([
      ['Ana', 'Walk me through the outage.'],
      ['Sam', 'So the lights went off, [laughs] sorry, the whole office went dark.'],
      ['Ana', 'Okay. And then?'],
      ['Sam', 'We restored from the backup.'],
    ]);
    expect(ids.has('engaging-conversation')).toBe(false);
  });
  it('does not take the candidate laughing alone, however often', () => {
    const ids = heard([
      ['Ana', 'Why did you leave?'],
      ['Sam', 'Haha, long story.'],
      ['Ana', 'Go on.'],
      ['Sam', '[laughs] The company folded.'],
      ['Ana', 'Right.'],
      ['Sam', 'Haha. Yes. Anyway.'],
      ['Ana', 'Next question.'],
      ['Sam', '[laughs] Sure.'],
    ]);
    expect(ids.has('engaging-conversation')).toBe(false);
  });
  it('does not take a polite laugh each way, with nothing else, for a chat', () => {
    const ids = heard([
      ['Ana', "Ha, that's a good one. What happened next?"],
      ['Sam', 'Ha. We fixed it by lunchtime.'],
      ['Ana', 'Right, thanks for coming in.'],
    ]);
    expect(ids.has('engaging-conversation')).toBe(false);
  });
});

describe('flat-interviewer in a call', () => {
  const answer = (n: number): [string, string] => [
    'Sam',
    `That was my answer number ${n}, with some detail.`,
  ];
  it('hears an interviewer who meets every answer with a bare "okay" and reads the next question', () => {
    const lines: [string, string][] = [];
    for (let n = 1; n <= 9; n++) {
      lines.push(['Ana', n % 3 === 0 ? 'Okay.' : `Right. Question ${n}. Tell me about task ${n}.`]);
      lines.push(answer(n));
    }
    lines.push(['Ana', 'Okay.']);
    expect(heard(lines).has('flat-interviewer')).toBe(true);
  });
  it('does not take a warm interviewer who also says "okay" a lot', () => {
    const lines: [string, string][] = [];
    for (let n = 1; n <= 9; n++) {
      lines.push(['Ana', n % 3 === 0 ? 'Okay.' : `Okay, brilliant! Question ${n}. Tell me about task ${n}.`]);
      lines.push(answer(n));
    }
    lines.push(['Ana', 'Okay.']);
    expect(heard(lines).has('flat-interviewer')).toBe(false);
  });
  it('does not judge a short call', () => {
    const ids = heard([
      ['Ana', 'Okay. First question, why us?'],
      answer(1),
      ['Ana', 'Okay.'],
      answer(2),
      ['Ana', 'Right.'],
    ]);
    expect(ids.has('flat-interviewer')).toBe(false);
  });
});

describe('cold faces and an unreadable room, said aloud', () => {
  it.each([
    ["Sorry, you're frowning, should I not have said that?"],
    ["I can see you've folded your arms, I'll keep it short."],
    ['You look unconvinced, can I give another example?'],
    ["You're shaking your head. Have I got the numbers wrong?"],
    ["Sorry, I can see you're both shaking your heads at that."],
    ['Your arms are folded and I honestly cannot tell what you think.'],
    ["You're rolling your eyes, I take it you've heard that one before."],
  ])('hears the candidate name the cold face: %s', (said) => {
    const ids = heard([
      ['Ana', 'Go on.'],
      ['Sam', said],
    ]);
    expect(ids.has('negative-body-language')).toBe(true);
  });
  it('hears the panel explain a frown away', () => {
    const ids = heard([
      ['Ana', "Don't read anything into Raj's frown, that's just his listening face."],
      ['Sam', 'Okay.'],
    ]);
    expect(ids.has('negative-body-language')).toBe(true);
  });
  it('does not take the candidate frowning at their own memory, or a face not frowning', () => {
    const ids = heard([
      ['Ana', 'How did that go?'],
      ['Sam', "I'm frowning just thinking about it. You're not frowning, so I guess you've seen worse."],
    ]);
    expect(ids.has('negative-body-language')).toBe(false);
  });
  it.each([
    // the candidate's own gesture, a head not shaking, the interviewer telling the candidate
    ['Sam', "I'm shaking my head at my younger self, honestly."],
    ['Sam', "You're not shaking your head, so I'll take that as a yes."],
    ['Sam', 'We kept our arms folded in the photo, it was freezing.'],
    ['Ana', "You're shaking your head, you don't agree with that approach?"],
  ])('does not take a look-alike gesture for a cold face (%s): %s', (who, said) => {
    const ids = heard([
      ['Ana', 'Go on.'],
      [who, said],
    ]);
    expect(ids.has('negative-body-language')).toBe(false);
  });
  it.each([
    ["Sorry, I genuinely can't tell if that's what you're after."],
    ["I'm finding this quite hard to read, to be honest."],
    ['Sorry, is this a bad time?'],
  ])('hears the candidate unable to read the room: %s', (said) => {
    const ids = heard([
      ['Ana', 'Mm.'],
      ['Sam', said],
    ]);
    expect(ids.has('awkward-atmosphere')).toBe(true);
  });
  it('hears several marked pauses, not one', () => {
    const one = heard([
      ['Ana', 'Why should we hire you?'],
      ['Sam', '[pause] Because I finish what I start.'],
    ]);
    expect(one.has('awkward-atmosphere')).toBe(false);
    const three = heard([
      ['Ana', 'Titles mean nothing.'],
      ['Sam', '[pause] Okay.'],
      ['Ana', 'Anyone could have done that.'],
      ['Sam', '[pause] I suppose so.'],
      ['Ana', 'Followers do not buy houses.'],
      ['Sam', '[long pause] No.'],
    ]);
    expect(three.has('awkward-atmosphere')).toBe(true);
  });
  it('does not take "I can\'t tell you how glad I am" for an unreadable room', () => {
    const ids = heard([
      ['Ana', 'We would love to have you.'],
      ['Sam', "I can't tell you how glad I am to hear that."],
    ]);
    expect(ids.has('awkward-atmosphere')).toBe(false);
  });
  it('hears the candidate see the interviewer nodding', () => {
    const ids = heard([
      ['Ana', 'And the cut-off?'],
      ['Sam', 'Ha, I can see you nodding, so you have been burned by this too.'],
    ]);
    expect(ids.has('interviewer-smiling')).toBe(true);
  });
});

describe('shared laughter with no candidate named', () => {
  const turn = (speaker: string, text: string) => ({ speaker, text, spans: [] });
  const nobody = () => false;
  it('takes two voices laughing as shared', () => {
    const signs = callSigns(
      [turn('A', 'Ha, fair enough.'), turn('B', 'Haha, yes.'), turn('A', 'Ha!')],
      nobody,
    );
    expect(signs.find((s) => s.id === 'engaging-conversation')?.weight).toBe(0.75);
  });
  it('does not take one voice laughing alone', () => {
    const signs = callSigns([turn('A', 'Ha, fair enough.'), turn('B', 'Right.'), turn('A', 'Haha.')], nobody);
    expect(signs.some((s) => s.id === 'engaging-conversation')).toBe(false);
  });
});
