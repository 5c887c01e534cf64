/**
 * @module analysis/transcript — recognises call transcripts (WebVTT, SubRip, Zoom saved
 * captions, `Name: text` docs) and turns them into speaker turns whose spans index the
 * ORIGINAL text. Never throws: unreadable parts become warnings.
 */
import { err, ok, type Result } from '../../core/result.js';
import type { AnalysisError, Transcript, TranscriptFormat } from '../types.js';
import { guessCandidate, matchSpeaker } from './candidate.js';
import { cuesFrom, piecesFromCues } from './cues.js';
import { splitLines, type Piece, type SourceLine } from './lines.js';
import { turnsFromPieces } from './merge.js';
import { looksLikePlainTranscript, looksLikeRetelling, scanPlain } from './plain.js';
import { piecesFromZoomCaptions, zoomHeaderFrom } from './zoom-captions.js';

export { sourceOffsetFromTurn } from './merge.js';
export { matchSpeaker } from './candidate.js';

/** What detection read, kept so parsing need not read the text again. */
export interface Detection {
  format: TranscriptFormat;
  lines: SourceLine[];
  headerMissing: boolean;
  /** Cue formats: the pieces detection already built from the cues. */
  cuePieces?: ReturnType<typeof piecesFromCues>;
}

function detect(text: string): Detection | undefined {
  const lines = splitLines(text);
  const firstContent = lines.find((l) => l.text.trim() !== '');
  const hasHeader = firstContent !== undefined && /^WEBVTT(?:[ \t].*)?$/.test(firstContent.text.trim());
  const cues = cuesFrom(lines);
  const withText = cues.filter((c) => c.lines.length > 0);
  if (hasHeader || withText.length >= 2) {
    const parsed = piecesFromCues(cues);
    const commas = cues.filter((c) => c.timing.comma).length;
    const isSrt = !hasHeader && commas * 2 >= cues.length;
    const format: TranscriptFormat = isSrt ? 'srt' : parsed.voiceTags > 0 ? 'webvtt-voice' : 'webvtt-prefix';
    return {
      format,
      lines,
      headerMissing: !hasHeader && !isSrt && parsed.nameLines === 0,
      cuePieces: parsed,
    };
  }
  const zoomHeaders = lines.filter((l) => zoomHeaderFrom(l.text)).length;
  if (zoomHeaders >= 2) return { format: 'zoom-captions', lines, headerMissing: false };
  if (looksLikePlainTranscript(scanPlain(lines), text) && !looksLikeRetelling(text))
    return { format: 'plain-speaker', lines, headerMissing: false };
  return undefined;
}

/** The transcript format of `text`, or undefined when it reads as ordinary notes. */
export function detectTranscriptFormat(text: string): TranscriptFormat | undefined {
  return detect(text)?.format;
}

function piecesFor(d: Detection): { pieces: Piece[]; warnings: string[] } {
  switch (d.format) {
    case 'zoom-captions':
      return piecesFromZoomCaptions(d.lines);
    case 'plain-speaker':
      return { pieces: scanPlain(d.lines).pieces, warnings: [] };
    default: {
      const parsed = d.cuePieces ?? piecesFromCues(cuesFrom(d.lines));
      const warnings = d.headerMissing
        ? ['The WEBVTT header line is missing; the cues were read anyway.', ...parsed.warnings]
        : [...parsed.warnings];
      return { pieces: parsed.pieces, warnings };
    }
  }
}

const MALFORMED: AnalysisError = {
  code: 'malformed-transcript',
  message:
    'This looks like a transcript, but no speech could be read from it. Check that the file is complete, or paste the conversation as plain text.',
};

/** Detects the format once; pass the result to `parseDetectedTranscript`. Undefined for notes. */
export function detectTranscript(text: string): Detection | undefined {
  return detect(text);
}

const NOT_A_TRANSCRIPT: AnalysisError = {
  code: 'malformed-transcript',
  message:
    'This does not look like a transcript: no speaker turns were found. If these are your own notes, they can be read as notes instead.',
};

/** Parses a transcript; `options.candidate` names the person interviewed (else a guess is made). */
export function parseTranscript(
  text: string,
  options: { candidate?: string } = {},
): Result<Transcript, AnalysisError> {
  const d = detect(text);
  if (!d) return err(NOT_A_TRANSCRIPT);
  return parseDetected(d, options);
}

/** parseTranscript for text already run through `detectTranscript`. */
export function parseDetectedTranscript(
  detected: Detection,
  options: { candidate?: string } = {},
): Result<Transcript, AnalysisError> {
  return parseDetected(detected, options);
}

function parseDetected(d: Detection, options: { candidate?: string }): Result<Transcript, AnalysisError> {
  const { pieces, warnings } = piecesFor(d);
  const turns = turnsFromPieces(pieces);
  if (turns.length === 0) return err(MALFORMED);
  const speakers = [...new Set(turns.map((t) => t.speaker))];
  let candidate: Transcript['candidate'];
  if (options.candidate !== undefined && options.candidate.trim() !== '') {
    const name = matchSpeaker(options.candidate, speakers);
    if (name) candidate = { name, how: 'given', confidence: 1 };
    else {
      candidate = guessCandidate(turns, speakers);
      warnings.push(
        `No speaker matches "${options.candidate.trim()}" (speakers: ${speakers.join(', ')}).` +
          (candidate ? ` Guessed ${candidate.name} instead.` : ''),
      );
    }
  } else candidate = guessCandidate(turns, speakers);
  if (speakers.length === 1 && speakers[0] === 'Unknown speaker')
    warnings.push('No speaker names were found, so turns could not be told apart.');
  return ok({ format: d.format, turns, speakers, candidate, warnings });
}
