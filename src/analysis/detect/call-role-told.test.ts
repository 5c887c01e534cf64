import { describe, expect, it } from 'vitest';
import type { Turn } from '../types.js';
import { roleToldIn, roleToldSigns, yoursToldIn } from './call-role-told.js';

const turn = (speaker: string, text: string): Turn => ({ speaker, text, spans: [] });
const isSam = (t: Turn) => t.speaker === 'Sam';
const PAD = 'and that is broadly how the whole thing hangs together on a normal week for everybody here';
/** A call with `told` from the interviewer in the middle, and a plain opening and goodbye around it. */
const call = (told: string) => [
  turn('Jo', 'Hi Sam, can you hear me?'),
  turn('Sam', 'Yes, hello.'),
  turn('Jo', 'Tell me about your last job.'),
  turn('Sam', 'I ran the stockroom at a garden centre.'),
  turn('Jo', told),
  turn('Sam', 'That sounds good.'),
  turn('Jo', 'Thanks for your time.'),
  turn('Sam', 'Thank you.'),
  turn('Jo', 'Bye.'),
];

describe('the job told at length (detailed-role-info)', () => {
  it('reads a long turn on what the new person would do, with counts, as the sign', () => {
    const told = `So in this job you'd look after two delivery bays and a crew of five pickers, early shifts mostly, ${PAD}, ${PAD}.`;
    expect(roleToldSigns(call(told), isSam).map((s) => `${s.id}:${s.weight}`)).toEqual([
      'detailed-role-info:1',
    ]);
  });
  it.each([
    ['a short turn', "You'd have two bays and five pickers."],
    ['one count only', `You'd be on the two tills with the rest of us most days, ${PAD}, ${PAD}.`],
    [
      'no word about the job or the one who takes it',
      `We moved here in 2019 after two floods at the old site, ${PAD}, ${PAD}.`,
    ],
    [
      'a long question',
      `You said you ran two stockrooms for three years, ${PAD}, ${PAD}, so how would you do it here?`,
    ],
  ])('reads nothing from %s', (_, told) => {
    expect(roleToldIn(call(told), isSam)).toBeUndefined();
  });
  it('reads a shorter turn dense with counts as the job told in full, enough alone in a whole call', () => {
    const told =
      "Right. The job here. Nights, Sunday to Thursday, ten till six. You'd have three team leaders and about sixty pickers on the chilled and ambient side.";
    expect(roleToldSigns(call(told), isSam).map((s) => `${s.id}:${s.weight}`)).toContain(
      'detailed-role-info:1.5',
    );
  });
  it('leaves a shorter turn with two counts alone', () => {
    const told =
      "Right. The job here. It's nights mostly, and you'd have two team leaders on the chilled and ambient side.";
    expect(roleToldIn(call(told), isSam)).toBeUndefined();
  });
  it("leaves the goodbye's arrangements out", () => {
    const turns = call('Any questions?');
    turns[6] = turn(
      'Jo',
      `You'll hear from us in two weeks, we have three more people to see, ${PAD}, ${PAD}.`,
    );
    expect(roleToldIn(turns, isSam)).toBeUndefined();
  });
  it('needs a known candidate', () => {
    const told = `You'd look after two bays and five pickers, ${PAD}, ${PAD}.`;
    expect(roleToldSigns(call(told), () => false)).toEqual([]);
  });
});

describe("the job told as the candidate's own (future-role-talk)", () => {
  it("reads a long turn that says twice what they'd do there as the sign", () => {
    const told = `First you'd sit with Kim on the returns desk, and after that you will run the weekend stock take yourself, ${PAD}, ${PAD}.`;
    expect(roleToldSigns(call(told), isSam).map((s) => s.id)).toContain('future-role-talk');
  });
  it.each([
    ['one "you\'d"', `You'd sit with Kim on the returns desk at first, ${PAD}, ${PAD}.`],
    [
      'the next round',
      `You'll hear from us by Friday, and then you'd meet the owners for a walk round, ${PAD}, ${PAD}.`,
    ],
    ['a long question', `Say you'd lost a delivery and you'll be blamed for it, ${PAD}, ${PAD}, what then?`],
  ])('reads nothing from %s', (_, told) => {
    expect(yoursToldIn(call(told), isSam)).toBeUndefined();
  });
});
