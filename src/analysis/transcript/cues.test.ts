import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index.js';

// Zoom's WebVTT wraps long cues, and a long room name can break over the cue's two lines.
const cue = (n: number, body: string) =>
  [
    String(n),
    `00:00:${String(n * 3).padStart(2, '0')}.000 --> 00:00:${String(n * 3 + 2).padStart(2, '0')}.000`,
    body,
    '',
  ].join('\n');

describe('a Zoom VTT name broken by the wrap', () => {
  const vtt = [
    'WEBVTT',
    '',
    cue(1, 'Meeting Room B.12 (North\nWing): Morning, can you hear us?'),
    cue(2, 'Leo Marsh: Yes, thanks.'),
    cue(3, 'Meeting Room B.12 (North Wing): Tell us about\nthe depot job.'),
    cue(4, 'Leo Marsh: I plan the night\nloads for twelve drivers.'),
    cue(5, 'Meeting Room B.12\n(North Wing): And why leave?'),
    cue(6, 'Leo Marsh: I want to run a site.'),
  ].join('\n');
  it('reads the name whole and leaves it out of the words', () => {
    const r = parseTranscript(vtt, { candidate: 'Leo Marsh' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.speakers).toEqual(['Meeting Room B.12 (North Wing)', 'Leo Marsh']);
    expect(r.value.turns.map((t) => t.text)).toEqual([
      'Morning, can you hear us?',
      'Yes, thanks.',
      'Tell us about the depot job.',
      'I plan the night loads for twelve drivers.',
      'And why leave?',
      'I want to run a site.',
    ]);
    for (const t of r.value.turns)
      expect(t.spans.map((s) => vtt.slice(s.start, s.end)).join(' ')).toBe(t.text);
  });
  it('does not take a wrapped sentence with a colon for a name', () => {
    const text = [
      'WEBVTT',
      '',
      cue(1, 'Leo Marsh: There were two things I\nlearned there: plan early, and ask.'),
      cue(2, 'Dana Whitfield: Go on.'),
      cue(3, 'Leo Marsh: The night shift taught me\npatience: drivers run late.'),
      cue(4, 'Dana Whitfield: Thanks.'),
    ].join('\n');
    const r = parseTranscript(text, { candidate: 'Leo Marsh' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.speakers).toEqual(['Leo Marsh', 'Dana Whitfield']);
  });
});

describe('styling tags around cue text', () => {
  const srtCue = (n: number, body: string) =>
    [String(n), `00:00:0${n},000 --> 00:00:0${n},900`, body, ''].join('\n');
  const srt = [
    srtCue(1, '<i>Ruth Okafor: What drew you to the ward?</i>'),
    srtCue(2, '<font color="#ffffff">Dev Patel: The rehab work, mostly.</font>'),
    srtCue(3, '<b><i>Ruth Okafor:</i> You would run the early shift.</b>'),
    srtCue(4, 'Dev Patel: <u>That suits me.</u>'),
  ].join('\n');
  it('finds the speaker behind <i>, <b> and <font> and keeps the tags out of the words', () => {
    const r = parseTranscript(srt, {});
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.speakers).toEqual(['Ruth Okafor', 'Dev Patel']);
    expect(r.value.turns.map((t) => t.text)).toEqual([
      'What drew you to the ward?',
      'The rehab work, mostly.',
      'You would run the early shift.',
      'That suits me.',
    ]);
    for (const t of r.value.turns)
      expect(t.spans.map((s) => srt.slice(s.start, s.end)).join(' ')).toBe(t.text);
  });
  it('trims a WebVTT class span and a closing voice tag alike', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000',
      '<v Ana Ruiz><c.yellow>Thanks for coming in.</c></v>',
      '',
      '00:00:03.000 --> 00:00:04.000',
      '<v Tom Bell>Happy to be here.</v>',
      '',
    ].join('\n');
    const r = parseTranscript(vtt, {});
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.turns.map((t) => t.text)).toEqual(['Thanks for coming in.', 'Happy to be here.']);
  });
});

describe("Teams' .docx transcript: the speaker on a line of its own", () => {
  const docx = [
    '0:0:0.0 --> 0:0:4.120',
    'Grace Mensah',
    'Morning, thanks for making the time.',
    '',
    '0:0:4.800 --> 0:0:9.300',
    'Tom Birch',
    'No problem, happy to be here.',
    '',
    '0:0:9.900 --> 0:0:15.0',
    'Grace Mensah',
    'So tell me about the warehouse',
    'move you led last year.',
    '',
    '0:0:15.600 --> 0:0:22.400',
    'Tom Birch',
    'We moved two sites into one over a weekend.',
    '',
  ].join('\n');
  it('reads each name as its cue speaker, with no missing-header warning', () => {
    const r = parseTranscript(docx, {});
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.speakers).toEqual(['Grace Mensah', 'Tom Birch']);
    expect(r.value.turns.map((t) => t.text)).toEqual([
      'Morning, thanks for making the time.',
      'No problem, happy to be here.',
      'So tell me about the warehouse move you led last year.',
      'We moved two sites into one over a weekend.',
    ]);
    expect(r.value.warnings.join(' ')).not.toContain('WEBVTT header');
  });
  it("does not take a wrapped cue's short first line for a speaker", () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:03.000',
      'Okay',
      'so tell me about yourself.',
      '',
      '00:00:04.000 --> 00:00:06.000',
      'I run the night shift at a depot.',
      '',
      '00:00:07.000 --> 00:00:09.000',
      'Great',
      'and why this job?',
      '',
      '00:00:10.000 --> 00:00:12.000',
      'Okay',
      'and how far away do you live?',
      '',
      '00:00:13.000 --> 00:00:15.000',
      'Great',
      'and when could you start?',
      '',
    ].join('\n');
    const r = parseTranscript(vtt, {});
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.speakers).not.toContain('Okay');
    expect(r.value.speakers).not.toContain('Great');
  });
});
