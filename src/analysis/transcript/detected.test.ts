import { describe, it, expect } from 'vitest';
import { detectTranscript, parseDetectedTranscript, parseTranscript } from './index.js';

const VTT =
  'WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Alex Lee>Tell me about a project.\n\n2\n00:00:03.500 --> 00:00:06.000\n<v Sam Roe>We rebuilt the routing service.\n';

describe('parseDetectedTranscript', () => {
  it('parses what detection found exactly as parseTranscript does', () => {
    const d = detectTranscript(VTT);
    expect(d?.format).toBe('webvtt-voice');
    expect(parseDetectedTranscript(d!, { candidate: 'Sam' })).toEqual(
      parseTranscript(VTT, { candidate: 'Sam' }),
    );
  });

  it('can parse one detection twice without carrying warnings over', () => {
    const d = detectTranscript(VTT)!;
    const first = parseDetectedTranscript(d, { candidate: 'Nobody' });
    const second = parseDetectedTranscript(d, { candidate: 'Nobody' });
    expect(second).toEqual(first);
  });

  it('finds no transcript in notes', () => {
    expect(detectTranscript('She smiled a lot and said they would call on Friday.')).toBeUndefined();
  });
});
