/** WebVTT (voice tags or `Name:` prefixes) and SubRip: cue blocks → pieces of speech. */
import { isBlank, trimmedRange, type Piece, type SourceLine } from './lines.js';
import { isNameLike, prefixFrom, voiceTagFrom } from './speakers.js';
import { cueTimingFrom, type CueTiming } from './timing.js';

/**
 * Styling tags that caption editors and some exporters wrap cue text in (SubRip's `<i>`, `<b>`,
 * `<u>`, `<font color=…>`; WebVTT's class spans `<c.yellow>`): not speech, and a `Name:` behind
 * them is still the speaker.
 */
const STYLE_LEAD = /^(?:\s*<(?:[ibu]|font\b[^>]*|c(?:\.[\w-]+)*|span\b[^>]*)>)+/i;
const STYLE_TAIL = /(?:<\/(?:[ibu]|font|c|span|v)>\s*)+$/i;

/** Where the text starts past leading styling tags at `from`. */
function pastStyle(text: string, from: number): number {
  const m = STYLE_LEAD.exec(text.slice(from));
  return m ? from + m[0].length : from;
}

/** Where trailing closing tags (styling and `</v>`) start, so they stay out of the spoken text. */
function styleTailAt(text: string): number {
  const m = STYLE_TAIL.exec(text);
  return m ? m.index : text.length;
}

/** A name styled on its own: `<i>Ruth:</i> text`. */
const NAME_THEN_CLOSE = /^(\s*[^:<]{1,48}?\s*:)((?:<\/(?:[ibu]|font|c|span)>)+)(?=\s|$)/i;

/** A `Name:` prefix, read past any styling tags the line opens with or closes after the name. */
function styledPrefix(text: string, strict: boolean): { speaker: string; textFrom: number } | undefined {
  const lead = pastStyle(text, 0);
  const rest = text.slice(lead);
  const closed = NAME_THEN_CLOSE.exec(rest);
  const p = prefixFrom(closed ? closed[1]! : rest, strict);
  return p && { speaker: p.speaker, textFrom: lead + (closed ? closed[0].length : p.textFrom) };
}

export interface Cue {
  timing: CueTiming;
  lines: SourceLine[];
}

/** Looks like a cue id: a number, or a Teams-style `91b3f3c3-…/32-0` token with no spaces. */
function isCueId(text: string): boolean {
  const t = text.trim();
  return (
    /^\d+$/.test(t) || (/^[\w-]+(?:\/[\w-]+)*$/.test(t) && /\d/.test(t) && !/\s/.test(t) && t.length >= 8)
  );
}

/** Gathers cue blocks: a timing line, then text lines up to a blank line or the next cue. */
export function cuesFrom(lines: SourceLine[]): Cue[] {
  const cues: Cue[] = [];
  let current: Cue | undefined;
  for (const line of lines) {
    const timing = cueTimingFrom(line.text);
    if (timing) {
      // A missing blank line leaves the next cue's id at the end of the previous text.
      const last = current?.lines[current.lines.length - 1];
      if (current && last && isCueId(last.text)) current.lines.pop();
      current = { timing, lines: [] };
      cues.push(current);
    } else if (isBlank(line)) current = undefined;
    else if (current) current.lines.push(line);
  }
  return cues;
}

export interface CueParse {
  pieces: Piece[];
  warnings: string[];
  voiceTags: number;
  prefixes: number;
  /** Cues whose speaker stood on a line of its own (Teams' .docx), which has no WEBVTT header to miss. */
  nameLines: number;
}

function withTiming(piece: Omit<Piece, 'startSec' | 'endSec'>, timing: CueTiming): Piece {
  const out: Piece = { ...piece };
  if (timing.startSec !== undefined) out.startSec = timing.startSec;
  if (timing.endSec !== undefined) out.endSec = timing.endSec;
  return out;
}

/**
 * A `Name:` that a wrapped cue breaks over its first two lines ("Meeting Room G.04 (Civic" /
 * "Centre): Hello"): the name, and where the text starts in the second line. Only when the first
 * line has no prefix of its own and no colon.
 */
function wrappedPrefix(cue: Cue): { speaker: string; textFrom: number } | undefined {
  const [first, second] = cue.lines;
  if (!first || !second || first.text.includes(':') || voiceTagFrom(first.text)) return undefined;
  const joined = `${first.text.trim()} ${second.text.trimStart()}`;
  const p = styledPrefix(joined, false);
  const lead = second.text.length - second.text.trimStart().length - first.text.trim().length - 1;
  return p ? { speaker: p.speaker, textFrom: p.textFrom + lead } : undefined;
}

/** Names that open cues as `Name:` more than once, so one-off "Note: x" text is not a speaker. */
function repeatedPrefixes(cues: Cue[]): Set<string> {
  const counts = new Map<string, number>();
  for (const cue of cues) {
    const first = cue.lines[0];
    const p = (first ? styledPrefix(first.text, false) : undefined) ?? wrappedPrefix(cue);
    if (p && !voiceTagFrom(first?.text ?? '')) counts.set(p.speaker, (counts.get(p.speaker) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([name]) => name));
}

/** Words a wrapped caption line may hold alone that a name check would pass. */
const SAID_ALONE =
  /^(?:okay|ok|right|great|yes|yeah|yep|no|so|well|sure|thanks|perfect|alright|hello|hi|hey|cool|good|fine|absolutely|exactly|wonderful|lovely|brilliant|excellent|awesome|amazing|indeed|interesting|nice|true|totally|definitely|sorry|wow)$/i;

/**
 * A cue that opens with its speaker's name on a line of its own, as Teams' older .docx
 * transcripts do ("0:0:3.2 --> 0:0:8.5" / "Priya Shah" / "Thanks for joining"). Read so only
 * when most cues open that way and each name opens two or more of them, so a short first line
 * of a wrapped cue ("Okay") is not taken for a speaker.
 */
function nameLineSpeakers(cues: Cue[]): Set<string> {
  const counts = new Map<string, number>();
  for (const cue of cues) {
    const first = cue.lines[0]?.text.trim() ?? '';
    if (cue.lines.length < 2 || first.includes(':') || /[.,]$/.test(first) || voiceTagFrom(first)) continue;
    if (isNameLike(first, true) && !SAID_ALONE.test(first)) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const names = [...counts].filter(([, n]) => n >= 2);
  const opened = names.reduce((sum, [, n]) => sum + n, 0);
  return opened * 2 >= cues.length ? new Set(names.map(([name]) => name)) : new Set();
}

export function piecesFromCues(cues: Cue[]): CueParse {
  const pieces: Piece[] = [];
  const warnings: string[] = [];
  const repeated = repeatedPrefixes(cues);
  const nameLines = repeated.size === 0 ? nameLineSpeakers(cues) : new Set<string>();
  let speaker = '';
  let voiceTags = 0;
  let prefixes = 0;
  let nameLineCues = 0;
  let broken = 0;
  let backwards = 0;
  let emptyCues = 0;
  let unattributed = 0;
  let lastStart = -1;
  for (const cue of cues) {
    if (cue.timing.broken) broken++;
    if (cue.timing.startSec !== undefined) {
      if (cue.timing.startSec < lastStart) backwards++;
      lastStart = cue.timing.startSec;
    }
    let spoke = false;
    // a name the cue's wrap broke in two, said by someone who opens other cues too
    const wrapped = styledPrefix(cue.lines[0]?.text ?? '', false) ? undefined : wrappedPrefix(cue);
    const rejoined = wrapped && repeated.has(wrapped.speaker) ? wrapped : undefined;
    cue.lines.forEach((line, index) => {
      let from = 0;
      const tag = voiceTagFrom(line.text);
      if (tag) {
        voiceTags++;
        if (tag.speaker) speaker = tag.speaker;
        from = tag.textFrom;
      } else if (index === 0 && cue.lines.length > 1 && nameLines.has(line.text.trim())) {
        nameLineCues++;
        speaker = line.text.trim();
        return;
      } else if (rejoined && index < 2) {
        if (index === 0) {
          prefixes++;
          speaker = rejoined.speaker;
          return;
        }
        from = rejoined.textFrom;
      } else if (index === 0) {
        const p = styledPrefix(line.text, true) ?? styledPrefix(line.text, false);
        if (p && (repeated.has(p.speaker) || styledPrefix(line.text, true))) {
          prefixes++;
          speaker = p.speaker;
          from = p.textFrom;
        } else if (!speaker) unattributed++;
      }
      const range = trimmedRange(line, pastStyle(line.text, from), styleTailAt(line.text));
      if (!range) return;
      spoke = true;
      pieces.push(withTiming({ speaker: speaker || 'Unknown speaker', ...range }, cue.timing));
    });
    if (!spoke) emptyCues++;
  }
  if (broken) warnings.push(`${broken} cue timing line(s) could not be read; their timings were skipped.`);
  if (backwards)
    warnings.push(`Timings go backwards in ${backwards} place(s); the order of the file was kept.`);
  if (emptyCues) warnings.push(`${emptyCues} cue(s) had no text and were skipped.`);
  if (unattributed) warnings.push(`${unattributed} cue(s) had no speaker name.`);
  return { pieces, warnings, voiceTags, prefixes, nameLines: nameLineCues };
}
