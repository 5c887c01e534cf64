import { describe, expect, it } from 'vitest';
import type { SignId } from '../../core/signs/ids.js';
import { analyze } from '../index.js';
import { signsIn } from './found.case.js';

const signsOf = signsIn;

type Row = [text: string, sign: SignId, expected: boolean];

// Each row is a way people say it (or a near miss that must not count), written for this test.
const rows: Row[] = [
  // interviewer-disinterest: devices, clock, hurry, attention elsewhere
  [
    'The recruiter kept glancing at her mobile while I talked about my last project.',
    'interviewer-disinterest',
    true,
  ],
  ['hm was def texting under the desk the whole call 🙄', 'interviewer-disinterest', true],
  ['He had one eye on the clock from the moment I sat down.', 'interviewer-disinterest', true],
  ['The panel lead joined fifteen minutes late with her camera off.', 'interviewer-disinterest', true],
  ['She barely looked up from her laptop during my answers.', 'interviewer-disinterest', true],
  [
    'Honestly he seemed a million miles away, like his mind was on something else.',
    'interviewer-disinterest',
    true,
  ],
  ['the manager took two phone calls in the middle of it', 'interviewer-disinterest', true],
  ['He wrapped things up after about twenty minutes and walked me out.', 'interviewer-disinterest', true],
  [
    'The director was not listening what I say, always looking on his computer.',
    'interviewer-disinterest',
    true,
  ],
  ['She was eating her lunch through the whole video call.', 'interviewer-disinterest', true],
  ['Not once did the manager check her phone.', 'interviewer-disinterest', false],
  ['I kept checking the time because my parking was running out.', 'interviewer-disinterest', false],
  ['The team all eat lunch together on Fridays, she said.', 'interviewer-disinterest', false],
  ['They offer flexible start times and a monthly social.', 'interviewer-disinterest', false],
  // flat-interviewer
  ['He asked everything in a dull, toneless voice.', 'flat-interviewer', true],
  ['The partner was flat as a pancake from start to finish.', 'flat-interviewer', true],
  ['she had zero energy, like interviewing with a chatbot', 'flat-interviewer', true],
  ['The HM never once sounded excited about the product.', 'flat-interviewer', true],
  ['Talking to him was like talking to a brick wall.', 'flat-interviewer', true],
  ['They have a flat structure, no middle managers.', 'flat-interviewer', false],
  ['My joke fell flat but she laughed at the next one.', 'flat-interviewer', false],
  ['I just moved into a new flat near the office.', 'flat-interviewer', false],
  // negative-body-language
  ['The HR woman sat with her arms folded for the whole panel.', 'negative-body-language', true],
  ['He glared at me when I mentioned the pay.', 'negative-body-language', true],
  ['She wouldn\u2019t meet my eyes once.', 'negative-body-language', true],
  ['the director leaned back in his chair and frowned at my portfolio', 'negative-body-language', true],
  ['The interviewer scarcely looked at me during the case study.', 'negative-body-language', true],
  ['He never smiled, not even at the start.', 'negative-body-language', true],
  ['I had my arms crossed because the room was freezing.', 'negative-body-language', false],
  ['She asked how I work with the tutors and the careers team.', 'negative-body-language', false],
  ['The reviews said the owner was cold, but I can\u2019t say he was.', 'negative-body-language', false],
  // interviewer-smiling
  ['She was beaming when I showed her the dashboard.', 'interviewer-smiling', true],
  ['the panel kept nodding along as I went through my plan', 'interviewer-smiling', true],
  ['He leaned forward and asked me to say more about the migration.', 'interviewer-smiling', true],
  ['Her face lit up when I mentioned the volunteering.', 'interviewer-smiling', true],
  ['The HM seemed genuinely interested in my side project.', 'interviewer-smiling', true],
  ['I was grinning like a fool by the end.', 'interviewer-smiling', false],
  ['She smiled at something on her phone and then looked back at me blankly.', 'interviewer-smiling', false],
  ['He did not smile once.', 'interviewer-smiling', false],
  // awkward-atmosphere
  ['There was a weird tension in the room from the start.', 'awkward-atmosphere', true],
  ['It felt like a police interrogation, question after question.', 'awkward-atmosphere', true],
  ['nobody laughed at my icebreaker and it just hung there', 'awkward-atmosphere', true],
  ['I felt like I was intruding on their afternoon.', 'awkward-atmosphere', true],
  ['The conversation felt strained and stilted throughout.', 'awkward-atmosphere', true],
  ['There was nothing awkward about it at all.', 'awkward-atmosphere', false],
  ['I was so tense my hands shook.', 'awkward-atmosphere', false],
  ['I was worried it would be awkward, but it was fine.', 'awkward-atmosphere', false],
  ['It was more like a chat than an interrogation.', 'awkward-atmosphere', false],
  // engaging-conversation
  ['We ended up chatting about climbing for ages.', 'engaging-conversation', true],
  [
    'It honestly didn\u2019t feel like an interview, more like two people talking shop.',
    'engaging-conversation',
    true,
  ],
  ['We hit it off straight away and had a good laugh about our old bosses.', 'engaging-conversation', true],
  ['we were in stitches about the printer saga', 'engaging-conversation', true],
  ['Time flew, and the conversation flowed really naturally.', 'engaging-conversation', true],
  ['no reply yet lol', 'engaging-conversation', false],
  ['I was worried they would laugh at my accent.', 'engaging-conversation', false],
  ['I keep going back and forth on whether to chase.', 'engaging-conversation', false],
  ['Would you like a coffee while you wait?', 'engaging-conversation', false],
  // positive-atmosphere
  ['The two of them were so welcoming and put me at ease straight away.', 'positive-atmosphere', true],
  ['she was v sweet abt it when I spilled my water', 'positive-atmosphere', true],
  ['The atmosphere was very relax and the people was kindly.', 'positive-atmosphere', true],
  ['The foreman made me a brew before we started.', 'positive-atmosphere', true],
  ['I was dreading it, but the panel were lovely.', 'positive-atmosphere', true],
  ['The panel really warmed up after the first few questions.', 'positive-atmosphere', true],
  ['Warm regards, Priya', 'positive-atmosphere', false],
  ['The lady was not friendly and kept checking her notes.', 'positive-atmosphere', false],
  ['She said the team is a chatty bunch.', 'positive-atmosphere', false],
  ['We load the chilled run first on nights.', 'positive-atmosphere', false],
  ['The supervisor was kind of flat and bored.', 'positive-atmosphere', false],
  // new voices: second person, ESL, Q&A, low energy versus cold
  [
    'You realise he has not looked at you once; he is staring somewhere past your shoulder.',
    'negative-body-language',
    true,
  ],
  ['The two of them kept exchanging looks while I answered.', 'negative-body-language', true],
  ['Panel of four and not one of them cracked a smile.', 'negative-body-language', true],
  ['talking slow, no energy, didnt crack a smile or nothing', 'negative-body-language', false],
  ['The interviewer said take your time, no hurry, and smile to me.', 'negative-body-language', false],
  [
    'The supervisor he was busy with other things, the phone ring all the time.',
    'interviewer-disinterest',
    true,
  ],
  [
    'The regional manager barely engaged and it felt like he wanted it done.',
    'interviewer-disinterest',
    true,
  ],
  [
    'Twenty minutes and out, he had read my CV for the first time while I talked.',
    'interviewer-disinterest',
    true,
  ],
  ['Madam was very strict type.', 'interviewer-disinterest', false],
  ['She is texting Friday with the outcome.', 'interviewer-disinterest', false],
  ['Q: distracted?\nA: not really, she was listening.', 'interviewer-disinterest', false],
  ['One panel member had his camera off.', 'interviewer-disinterest', false],
  ['Q: did they smile?\nA: hard to say on a phone call.', 'interviewer-smiling', false],
  ['Her voice always the same, very low, very tired.', 'flat-interviewer', true],
  ['The culture: flat, direct feedback, weekly retros.', 'flat-interviewer', false],
  // round 3: a hostile look told by simile, "zero smiles", research is not a lowered gaze
  ['the two of them just stared at me like I had stolen something', 'negative-body-language', true],
  ['Four people on the panel and zero smiles between them.', 'negative-body-language', true],
  ["I hadn't looked up the firm's latest results, which was a mistake.", 'negative-body-language', false],
  ['Walked in, said my joke about the parking, total tumbleweed.', 'awkward-atmosphere', true],
  ['Two weeks of tumbleweed since then.', 'awkward-atmosphere', false],
  ['there was this silence after my answer that none of us could fill', 'awkward-atmosphere', true],
  ['Finally done with the panel 😊 the manager explained the shifts and pay.', 'interviewer-smiling', false],
  ['The board were polite, no reaction one way or the other.', 'flat-interviewer', false],
  [
    'The head of sales and I spent half the interview arguing happily about football tactics.',
    'engaging-conversation',
    true,
  ],
  ["He didn't seem interested at all, scrolling on his phone.", 'flat-interviewer', false],
];

describe('manner, body and atmosphere signs in notes', () => {
  it.each(rows)('%j → %s: %s', (text, sign, expected) => {
    expect(signsOf(text).has(sign)).toBe(expected);
  });
});

describe('change over time counts both ways', () => {
  it('stiff at first, then laughing', () => {
    const found = signsOf(
      'It was really stiff for the first ten minutes, then we were laughing about our dogs.',
    );
    expect(found.has('awkward-atmosphere')).toBe(true);
    expect(found.has('engaging-conversation')).toBe(true);
  });
  it('smiling early, then arms folded', () => {
    const found = signsOf(
      'She was all smiles at first. After the pay question she sat there with her arms crossed.',
    );
    expect(found.has('interviewer-smiling')).toBe(true);
    expect(found.has('negative-body-language')).toBe(true);
  });
});

describe('evidence quotes point into the text', () => {
  it('every quote is the exact slice it claims', () => {
    const text =
      'lol ok so. the HM was on her phone half the time 🙄\nshe never smiled. felt like a deposition tbh';
    const r = analyze(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.signs.length).toBeGreaterThan(0);
    for (const s of r.value.signs)
      for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });
});
