import { describe, expect, it } from 'vitest';
import type { Transcript } from '../types.js';
import {
  HAND_NOTES,
  MEET_DOC,
  NOT_TRANSCRIPTS,
  OTTER_TXT,
  SRT,
  TEAMS_VTT,
  TIMED_PLAIN,
  ZOOM_CAPTIONS,
  ZOOM_VTT,
} from './fixtures/formats.js';
import { detectTranscriptFormat, parseTranscript, sourceOffsetFromTurn } from './index.js';

function parsed(text: string, candidate?: string): Transcript {
  const r = parseTranscript(text, candidate === undefined ? {} : { candidate });
  if (!r.ok) throw new Error(`expected a transcript, got ${r.error.code}`);
  return r.value;
}

const SAMPLES = { TEAMS_VTT, ZOOM_VTT, SRT, ZOOM_CAPTIONS, MEET_DOC, HAND_NOTES, TIMED_PLAIN };

describe('detectTranscriptFormat', () => {
  it.each([
    ['teams vtt', TEAMS_VTT, 'webvtt-voice'],
    ['zoom vtt', ZOOM_VTT, 'webvtt-prefix'],
    ['zoom vtt without header', ZOOM_VTT.replace('WEBVTT\n', ''), 'webvtt-prefix'],
    ['srt', SRT, 'srt'],
    ['zoom saved captions', ZOOM_CAPTIONS, 'zoom-captions'],
    ['google meet doc', MEET_DOC, 'plain-speaker'],
    ['hand notes with Me:', HAND_NOTES, 'plain-speaker'],
    ['timed plain lines', TIMED_PLAIN, 'plain-speaker'],
    ['otter export, name and time above the words', OTTER_TXT, 'plain-speaker'],
    ['teams vtt with CRLF', TEAMS_VTT.replace(/\n/g, '\r\n'), 'webvtt-voice'],
    ['srt with BOM', `\uFEFF${SRT}`, 'srt'],
  ] as const)('%s → %s', (_name, text, format) => {
    expect(detectTranscriptFormat(text)).toBe(format);
  });

  it.each(NOT_TRANSCRIPTS.map((t, i) => [i, t] as const))('notes #%i are not a transcript', (_i, text) => {
    expect(detectTranscriptFormat(text)).toBeUndefined();
    const r = parseTranscript(text);
    expect(r.ok).toBe(false);
  });
});

describe('a pasted chat about the interview', () => {
  // The friend asks, the candidate retells: a retelling to read as notes, not an interview.
  const CHAT = [
    'me: so how did it go??',
    'her: honestly amazing',
    'her: the head chef walked me through the whole brigade',
    'me: WHAT',
    'her: and he said my plating was spot on',
    'me: told you',
  ].join('\n');

  it('is not read as a transcript', () => {
    expect(detectTranscriptFormat(CHAT)).toBeUndefined();
    expect(detectTranscriptFormat(CHAT.replace(/^her:/gm, 'mum:'))).toBeUndefined();
  });

  it('still reads an interview whose labels are names', () => {
    expect(detectTranscriptFormat(CHAT.replace(/^her:/gm, 'Priya:'))).toBe('plain-speaker');
  });

  // The writer tells a friend about an interviewer who is not in the thread.
  const TOLD = [
    'me: back home',
    'Tariq: go on',
    'me: she kept looking at the door the whole time',
    'me: and she said the team was "fine" and nothing else',
    'Tariq: oof',
    'me: yeah',
  ].join('\n');

  it('is not read as a transcript when the writer tells the interviewer in the third person', () => {
    expect(detectTranscriptFormat(TOLD)).toBeUndefined();
    expect(detectTranscriptFormat(TOLD.replace(/^me:/gm, '[18:02] Me:'))).toBeUndefined();
  });

  it('is not read as a transcript when a family member or pet name speaks, or a friend asks for news', () => {
    const kin = ['Me: done', 'Sis: and??', 'Me: meh, fine', 'Sis: ok', 'Me: yeah'].join('\n');
    expect(detectTranscriptFormat(kin)).toBeUndefined();
    expect(detectTranscriptFormat(kin.replace(/^Sis:/gm, 'Aunty Funmi:'))).toBeUndefined();
    const news = [
      'Dee: any news from the council job?',
      'Me: no, they said two weeks',
      'Dee: boo',
      'Me: yep',
    ].join('\n');
    expect(detectTranscriptFormat(news)).toBeUndefined();
  });

  it('still reads a typed-up interview where the writer tells a story about someone else', () => {
    const typed = [
      'Interviewer: Tell me about a conflict.',
      'Me: My old manager, she asked me to cover a shift and she said it was urgent.',
      'Interviewer: What did you do?',
      'Me: I covered it and we talked after.',
    ].join('\n');
    expect(detectTranscriptFormat(typed)).toBe('plain-speaker');
    // one aside in the third person is not yet a retelling
    expect(detectTranscriptFormat(TOLD.replace('and she said', 'and the team was'))).toBe('plain-speaker');
  });
});

describe('parseTranscript', () => {
  it.each(Object.entries(SAMPLES))('%s: every span quotes the original text exactly', (_name, text) => {
    for (const variant of [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r')]) {
      const t = parsed(variant);
      expect(t.turns.length).toBeGreaterThan(2);
      for (const turn of t.turns) {
        const pieces = turn.spans.map((s) => variant.slice(s.start, s.end));
        expect(pieces.join(' ')).toBe(turn.text);
        for (const p of pieces) expect(p).toBe(p.trim());
        expect(turn.text).not.toMatch(/<\/?v|-->|\r/);
      }
    }
  });

  it('merges consecutive cues of one speaker and keeps their timings', () => {
    const t = parsed(TEAMS_VTT);
    expect(t.turns.map((x) => x.speaker)).toEqual([
      'Priya Raman',
      'Leo Marchetti',
      'Priya Raman',
      'Leo Marchetti',
      'Priya Raman',
      'Leo Marchetti',
    ]);
    const third = t.turns[2];
    expect(third?.spans).toHaveLength(3); // two wrapped lines of one cue + the next cue
    expect(third?.text).toBe(
      'Great. I lead the payments team here at Ledgerly, and the role is about our reconciliation service. Tell me about the ledger migration on your CV?',
    );
    expect(third?.startSec).toBeCloseTo(8.3);
    expect(third?.endSec).toBeCloseTo(19.2);
  });

  it('reads Zoom prefixes, SRT and saved captions with relative times', () => {
    expect(parsed(ZOOM_VTT).speakers).toEqual(['Dana Whitaker', 'Ruth Okafor']);
    expect(parsed(ZOOM_VTT).turns[0]?.text).toBe(
      'Morning Ruth, welcome. So, the job is running our second shift on the packing floor.',
    );
    const srt = parsed(SRT);
    expect(srt.turns[3]?.text).toBe(
      'We usually start with handover at seven, then I take the bay of six and the discharge list. Mondays are heavy because of weekend admissions.',
    );
    const zoom = parsed(ZOOM_CAPTIONS);
    expect(zoom.turns[1]?.text).toBe('Hi Grace, of course. Thanks for having me.');
    expect(zoom.turns[0]?.startSec).toBe(0);
    expect(zoom.turns[3]?.startSec).toBe(15);
    expect(zoom.turns[3]?.endSec).toBe(30);
  });

  it('skips Meet headers, time markers and the closing line', () => {
    const t = parsed(MEET_DOC);
    expect(t.speakers).toEqual(['Helen Ashby', 'Omar Said']);
    const all = t.turns.map((x) => x.text).join(' ');
    expect(all).not.toMatch(/Attendees|computer generated|00:05:00|Meeting ended/);
    expect(t.turns.at(-1)?.text).toBe("That makes sense. We'll be in touch.");
  });

  it('reads both timed plain styles', () => {
    const t = parsed(TIMED_PLAIN);
    expect(t.speakers).toEqual(['Sofia Marin', 'Ken Ito']);
    expect(t.turns[3]?.text).toBe(
      'It was a spring launch for a bike shop, mostly Instagram. We doubled their bookings in a month.',
    );
    expect(t.turns[3]?.startSec).toBe(20);
    expect(t.turns[3]?.endSec).toBe(52);
  });

  it("reads Otter's name-and-time lines, with a room device's name in parts", () => {
    const t = parsed(OTTER_TXT, 'Jamal Ibrahim');
    expect(t.speakers).toEqual(['IT Office - Rm 12', 'Jamal Ibrahim']);
    expect(t.turns.map((x) => x.speaker)).toEqual([
      'IT Office - Rm 12',
      'Jamal Ibrahim',
      'IT Office - Rm 12',
      'Jamal Ibrahim',
      'IT Office - Rm 12',
      'Jamal Ibrahim',
    ]);
    expect(t.turns[2]?.text).toBe(
      'Great. Tell me about the last network you looked after. It can be at work or at home.',
    );
    expect(t.turns.map((x) => x.startSec)).toEqual([1, 6, 10, 16, 24, 62]);
    expect(t.turns[4]?.endSec).toBe(62);
    expect(t.turns.some((x) => /\d:\d\d/.test(x.text))).toBe(false);
  });

  it('reads Teams docx lines whose names carry pronouns or are account names', () => {
    const docx = [
      'Priya Shah (she/her)   0:04',
      "Hi Ana, welcome. I'm Priya, I lead the design team, and this is Tom from product.",
      '',
      'tom.hargreaves   0:13',
      'Hi.',
      '',
      'Ana Sousa   0:15',
      'Hi both, thanks for having me.',
      '',
      'Priya Shah (she/her)   0:19',
      'So, take us through a project you are proud of, whenever you are ready.',
      '',
      'Ana Sousa   0:30',
      'Sure. The claims form redesign cut drop-offs by a third.',
      '',
      'tom.hargreaves   0:52',
      'What did you measure that on?',
      '',
      '+44 20 **** **58   1:05',
      "Sorry, it's Dev from HR dialling in, carry on.",
    ].join('\n');
    const t = parsed(docx, 'Ana Sousa');
    expect(t.speakers).toEqual(['Priya Shah (she/her)', 'tom.hargreaves', 'Ana Sousa', '+44 20 **** **58']);
    expect(t.turns.map((x) => x.startSec)).toEqual([4, 13, 15, 19, 30, 52, 65]);
  });

  it('reads a Meet document whose interviewer joined from a shared e-mail account', () => {
    const meet = [
      'abc-defg-hij (2026-05-13 16:30 GMT+1) - Transcript',
      '',
      'Attendees',
      'analytics-hiring@ledgerly.io, Hannah Kowalski',
      '',
      'Transcript',
      '',
      'Hannah Kowalski: Hi, hello. Who am I speaking with?',
      '',
      "analytics-hiring@ledgerly.io: It's Mark, the analytics lead. It's the shared account.",
      '',
      'Hannah Kowalski: Oh, hi Mark.',
      '',
      'analytics-hiring@ledgerly.io: Tell me about yourself.',
      '',
      'Hannah Kowalski: I did a maths degree and then two years as a data analyst.',
    ].join('\n');
    const t = parsed(meet, 'Hannah Kowalski');
    expect(t.speakers).toEqual(['Hannah Kowalski', 'analytics-hiring@ledgerly.io']);
    expect(t.turns).toHaveLength(5);
  });

  it("reads Rev's name-then-time lines when the name carries a bracketed part", () => {
    const rev = [
      'Dana Whitfield (Guest) (00:00:02): Morning, thanks for joining. Shall we start with your background?',
      'Leo Marsh (00:00:09): Sure. I have run a kitchen for six years.',
      'Dana Whitfield (Guest) (00:00:15): And why this job?',
      'Leo Marsh (00:00:19): I want a bigger brigade and a menu I can shape.',
    ].join('\n');
    const t = parsed(rev, 'Leo Marsh');
    expect(t.speakers).toEqual(['Dana Whitfield (Guest)', 'Leo Marsh']);
    expect(t.turns.map((x) => x.startSec)).toEqual([2, 9, 15, 19]);
  });

  it('still reads notes with lower-case labels and abbreviations as notes', () => {
    const notes = [
      'e.g: they asked the usual strengths and weaknesses stuff',
      'fyi: panel of two, both pretty friendly',
      'i.e: no real detail about the team',
      'overall: think it went ok',
    ].join('\n');
    expect(parseTranscript(notes).ok).toBe(false);
  });

  it('maps turn-text offsets back to the source', () => {
    const t = parsed(TEAMS_VTT);
    const turn = t.turns[2];
    if (!turn) throw new Error('no turn');
    const at = turn.text.indexOf('Tell me');
    const src = sourceOffsetFromTurn(turn, at);
    expect(src).toBeDefined();
    expect(TEAMS_VTT.slice(src, (src as number) + 7)).toBe('Tell me');
  });
});

describe('candidate', () => {
  it.each([
    ['Leo Marchetti', 'Leo Marchetti'],
    ['leo', 'Leo Marchetti'],
    ['MARCHETTI', 'Leo Marchetti'],
    ['  priya raman ', 'Priya Raman'],
  ])('given %j → %s', (given, name) => {
    expect(parsed(TEAMS_VTT, given).candidate).toEqual({ name, how: 'given', confidence: 1 });
  });

  it('matches "me" and accents loosely', () => {
    expect(parsed(HAND_NOTES, 'me').candidate?.name).toBe('Me');
    expect(parsed(HAND_NOTES, 'You').candidate?.name).toBe('Me');
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Tomás Ruiz>Hola</v>\n\n00:00:03.000 --> 00:00:04.000\n<v Ana Gil>Hi</v>\n';
    expect(parsed(vtt, 'tomas').candidate?.name).toBe('Tomás Ruiz');
  });

  it('falls back to a guess with a warning when the name matches nobody', () => {
    const t = parsed(TEAMS_VTT, 'Zed');
    expect(t.candidate?.how).toBe('guessed');
    expect(t.warnings.join(' ')).toMatch(/Zed/);
  });

  it.each([
    ['TEAMS_VTT', TEAMS_VTT, 'Leo Marchetti'],
    ['ZOOM_VTT', ZOOM_VTT, 'Ruth Okafor'],
    ['SRT', SRT, 'Amira Haddad'],
    ['ZOOM_CAPTIONS', ZOOM_CAPTIONS, 'Tom Becker'],
    ['MEET_DOC', MEET_DOC, 'Omar Said'],
    ['HAND_NOTES', HAND_NOTES, 'Me'],
    ['TIMED_PLAIN', TIMED_PLAIN, 'Ken Ito'],
  ])('guesses the interviewee in %s', (_n, text, name) => {
    const c = parsed(text).candidate;
    expect(c?.name).toBe(name);
    expect(c?.how).toBe('guessed');
    expect(c?.confidence).toBeGreaterThan(0.5);
    expect(c?.confidence).toBeLessThan(1);
  });

  it('is less sure when nobody asks questions', () => {
    const flat =
      'Ann Lee: I went to the shop.\nBo Kim: I went to the park.\nAnn Lee: Then home.\nBo Kim: Same here.\n';
    const c = parsed(flat).candidate;
    expect(c?.confidence).toBeLessThanOrEqual(0.6);
  });
});

describe('a group chat that retells the interview', () => {
  const GROUP = [
    '[group chat: "Brum crew"]',
    'Kez: u get it?',
    'Dami: dunno yet. but bro the interview was mad awkward at first',
    'Dami: then she asked about my music stuff and we chatted for 20 mins',
    'Kez: lmaooo',
    'Dami: she said she will call wednesday',
  ].join('\n');
  it('is read as notes, by its header', () => {
    expect(detectTranscriptFormat(GROUP)).toBeUndefined();
  });
  it('is read as notes without one, when a friend asks how it went and it is told after', () => {
    expect(detectTranscriptFormat(GROUP.replace(/^\[group chat.*\n/, ''))).toBeUndefined();
  });
  it('but an interviewer asking how a project went is still an interview', () => {
    const CALL = [
      'Dana: How did the migration go?',
      'Priya: Well, the manager asked me to lead it, so I planned the cutover.',
      'Dana: And how was it working with the vendor?',
      'Priya: Fine, they said my runbook was the clearest they had seen.',
      'Dana: Great.',
    ].join('\n');
    expect(detectTranscriptFormat(CALL)).toBe('plain-speaker');
  });
});
