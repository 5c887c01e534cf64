/**
 * `Name: text` transcripts: Google Meet docs, hand-made notes ("Me: …"), and lines with
 * `[00:01:23] Name:` or `Name (00:01:23):` timings. Strict names keep ordinary notes out.
 */
import { isBlank, trimmedRange, type Piece, type SourceLine } from './lines.js';
import { BARE_MARKER, CLOCK, TIMED_NAME } from './markers.js';
import { isNameLike, prefixFrom } from './speakers.js';
import { secondsFromTimestamp } from './timing.js';

const LEADING_TIME = new RegExp(String.raw`^\s*[\[(]?(${CLOCK})[\])]?\s*[-–]?\s*`);
// Rev's "Name (00:01:23):"
const NAME_THEN_TIME = new RegExp(String.raw`^\s*${TIMED_NAME}\s*[[(](${CLOCK})[\])]\s*:(?=\s|$)`);
/**
 * NAME_TIME_LINE, or Teams' .docx flattened to a paragraph a turn: "Priya Shah   0:13 Hi,
 * welcome." The name, two spaces or a tab, the time, then the end of the line or the words.
 */
const NAME_TIME = new RegExp(
  String.raw`^\s*${TIMED_NAME}(?:[ \u00a0]{2,}|\t)\s*(${CLOCK})(?:\s*$|[ \t\u00a0]+(?=\S))`,
);
/**
 * The same with one space before the time ("Priya Shah 0:13"), as some converters of Teams' .docx
 * leave it: only on a line of its own, and only with a name that reads as one in notes (strict),
 * since "Interview at 10:30" is spaced so too.
 */
const NAME_SPACE_TIME = new RegExp(String.raw`^\s*${TIMED_NAME}[ \u00a0](${CLOCK})\s*$`);
/** "Priya Shah - 0:13" on a line of its own, as some note-takers' exports head a turn. */
const NAME_DASH_TIME = new RegExp(String.raw`^\s*${TIMED_NAME}[ \u00a0]+[-–|][ \u00a0]+(${CLOCK})\s*$`);
/** A name in Markdown bold, as chat assistants and note apps paste a transcript: "**Priya:** Hi", "**Priya**: Hi". */
const BOLD_NAME = /^(\s*(\*\*|__))([^*_:\n]{1,48}?)(?::\2|\2\s*:)(?=\s|$)/;
/** A clock anywhere in a line: without one, no line of an export that times its turns. */
const ANY_CLOCK = /\d:\d\d/;
/** Lines an export or a print adds around the speech: Meet's end and disclaimer, page numbers. */
const SKIP = [
  /^\s*Meeting ended after\b/i,
  /^\s*This (?:editable )?transcript was (?:computer|automatically) generated/i,
  /^\s*-?\s*Page \d{1,4}(?: of \d{1,4})?\s*-?\s*$/i,
];
/** A Google Meet document: its title line or its disclaimer. */
const MEET_DOC =
  /^.{1,60}\(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}[^)\n]{0,12}\) - Transcript[ \t]*$|^[ \t]*This editable transcript was computer generated/m;
/**
 * A line number a printed file puts before every line ("  12   Priya: …"): a number then two
 * spaces or a tab. Read as a gutter only when nearly every line has one and they count up
 * (`gutterOf`); a list in notes ("1. Dana: why retail?") is numbered with a dot and keeps it.
 */
const LINE_NUMBER = /^[ \t]*(\d{1,4})(?:[ \u00a0]{2,}|\t)[ \t]*(?=\S)/;

function clockSeconds(clock: string): number | undefined {
  return secondsFromTimestamp(clock.split(':').length === 2 ? `00:${clock}` : clock);
}

export interface SpeakerLine {
  speaker: string;
  textFrom: number;
  sec?: number;
  /** Placed as an export places a turn, the time beside the name: "Name  0:13", "Name (00:01:23):". */
  exported?: boolean;
}

/** One name for one speaker however the export spaces it: "Priya\u00a0Shah" is "Priya Shah". */
const speakerName = (raw: string): string => raw.trim().replace(/\s+/g, ' ');

export function speakerLineFrom(text: string): SpeakerLine | undefined {
  // the time beside the name is the export's own mark, so a name in lower case is still a name
  if (ANY_CLOCK.test(text))
    for (const re of [NAME_TIME, NAME_THEN_TIME, NAME_SPACE_TIME, NAME_DASH_TIME]) {
      const m = re.exec(text);
      const strict = re === NAME_SPACE_TIME || re === NAME_DASH_TIME;
      if (!m || !isNameLike(m[1] as string, strict) || /[:;]/.test(m[1] as string)) continue;
      const line: SpeakerLine = {
        speaker: speakerName(m[1] as string),
        textFrom: m[0].length,
        exported: true,
      };
      const sec = clockSeconds(m[2] as string);
      if (sec !== undefined) line.sec = sec;
      return line;
    }
  const lt = LEADING_TIME.exec(text);
  const offset = lt ? lt[0].length : 0;
  const bold = BOLD_NAME.exec(text.slice(offset));
  const p = bold
    ? isNameLike(bold[3] as string, true)
      ? { speaker: bold[3] as string, textFrom: bold[0].length }
      : undefined
    : prefixFrom(text.slice(offset), true);
  if (!p) return undefined;
  const line: SpeakerLine = { speaker: speakerName(p.speaker), textFrom: offset + p.textFrom };
  const sec = lt ? clockSeconds(lt[1] as string) : undefined;
  if (sec !== undefined) line.sec = sec;
  return line;
}

export interface PlainScan {
  pieces: Piece[];
  speakerLines: number;
  nonBlankLines: number;
  lineCounts: Map<string, number>;
  /** Speaker changes between consecutive speaker lines. */
  switches: number;
  /** Speaker lines placed as an export places them, the time beside the name (`SpeakerLine.exported`). */
  exported: number;
  /** Paragraphs (runs of lines between blank lines), and those a speaker line opens. */
  blocks: number;
  speakerBlocks: number;
  /** Speaker lines followed by words, theirs or on the lines after them. */
  voiced: number;
}

/** Where each line's line number ends, when nearly every line has one; undefined for a text with no gutter. */
function gutterOf(lines: SourceLine[]): number[] | undefined {
  let numbered = 0;
  let nonBlank = 0;
  let upward = 0;
  let last = -1;
  const ends = lines.map((line) => {
    if (isBlank(line)) return 0;
    nonBlank++;
    const m = LINE_NUMBER.exec(line.text);
    if (!m) return 0;
    numbered++;
    const n = Number(m[1]);
    if (n > last) upward++;
    last = n;
    return m[0].length;
  });
  return nonBlank >= 8 && numbered >= 0.8 * nonBlank && upward >= 0.9 * numbered ? ends : undefined;
}

export function scanPlain(lines: SourceLine[]): PlainScan {
  const pieces: Piece[] = [];
  const lineCounts = new Map<string, number>();
  let speaker: string | undefined;
  // a speaker line's time goes to the first words said after it: Otter's are on the next line
  let sec: number | undefined;
  let speakerLines = 0;
  let nonBlankLines = 0;
  let switches = 0;
  let exported = 0;
  const gutter = gutterOf(lines);
  let blocks = 0;
  let speakerBlocks = 0;
  let inBlock = false;
  let voiced = 0;
  let waitingForWords = false;
  for (const [index, whole] of lines.entries()) {
    if (isBlank(whole)) {
      inBlock = false;
      continue;
    }
    const cut = gutter?.[index] ?? 0;
    const line = cut ? { text: whole.text.slice(cut), start: whole.start + cut, end: whole.end } : whole;
    // a time or a page number on its own places the speech: neither speech nor prose
    if (BARE_MARKER.test(line.text) || SKIP.some((re) => re.test(line.text))) continue;
    nonBlankLines++;
    const opensBlock = !inBlock;
    if (opensBlock) blocks++;
    inBlock = true;
    const s = speakerLineFrom(line.text);
    let from = 0;
    if (s) {
      speakerLines++;
      if (opensBlock) speakerBlocks++;
      if (s.exported) exported++;
      if (speaker !== undefined && s.speaker !== speaker) switches++;
      speaker = s.speaker;
      sec = s.sec;
      from = s.textFrom;
      waitingForWords = true;
      lineCounts.set(s.speaker, (lineCounts.get(s.speaker) ?? 0) + 1);
    } else if (speaker === undefined) continue; // title, attendees, disclaimer
    const range = trimmedRange(line, from);
    if (!range) continue;
    if (waitingForWords) voiced++;
    waitingForWords = false;
    const piece: Piece = { speaker, ...range };
    if (sec !== undefined) piece.startSec = sec;
    sec = undefined;
    pieces.push(piece);
  }
  const timed = pieces.filter((p) => p.startSec !== undefined);
  for (let i = 0; i + 1 < timed.length; i++) {
    const [a, b] = [timed[i] as Piece, timed[i + 1] as Piece];
    if ((b.startSec as number) >= (a.startSec as number)) a.endSec = b.startSec as number;
  }
  return {
    pieces,
    speakerLines,
    nonBlankLines,
    lineCounts,
    switches,
    exported,
    blocks,
    speakerBlocks,
    voiced,
  };
}

/**
 * Labels no interview transcript uses: a pasted chat where the candidate tells a friend or
 * parent about the interview ("me: how did it go?? / her: honestly amazing"). Such a thread is
 * a retelling, to be read as notes; read as speech, the friend would be taken for the candidate.
 */
export const RELAYED_CHAT_LABEL =
  /^(?:he|she|her|him|they|them|mum|mom|mam|dad|papa|mama|sis|bro|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|babe|bae|hun|hubby|wifey)$|^(?:aunt|aunty|auntie|uncle|cousin)\b/i;

/**
 * A pasted chat in which someone tells friends how an interview went: a chat header
 * ("[group chat: lads]"), or a friend asking how it went and the interview told in the past
 * ("the interview was mad awkward", "she asked me…"). Read as speech, the friends would be taken
 * for the panel; it is a retelling, to be read as notes. On 17 such threads in our labelled notes
 * the notes reading scored 0.83 against 0.23.
 */
const CHAT_HEADER = /^\s*\[(?:group )?chat\b/im;
const HOW_DID_IT_GO =
  /^(?:\[[^\]\n]{1,12}\][ \t]*)?[^:\n]{1,40}:[^\n]{0,30}\b(?:how(?:'d| did) (?:it|the interview|your interview|the (?:\w+ )?interview) go|how was (?:it|the interview|your interview|the (?:\w+ )?(?:interview|job))\b(?! (?:working|being|to|like|for|at|with|when)\b)|(?:did )?(?:u|you|ya) get (?:it|the job)\s*\?|interview (?:update|report)\b|any news\b|when (?:do|will|did|would) (?:u|you|ya) (?:hear|know|find out)\b|did (?:they|he|she) say when\b)/im;
const TOLD_AFTER =
  /\b(?:(?:(?:the|my) (?:interview|interviewer|panel)|(?:recruiter|phone|video|first|final|second) (?:interview|call|screen|round))\b[^\n.]{0,20}\b(?:was|were|went|asked|said|told|seemed)|(?:she|he|they|the (?:manager|lady|woman|man|guy|bloke)) (?:asked|told|said to) me|interview (?:update|report))\b/i;

/** The writer's own lines in a thread: "me: …", "[16:41] Me: …". */
const OWN_LINE = /^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?me[ \t]*:(.*)$/gim;
/** The interviewer told in the third person and the past: "he had his arms crossed", "she just said". */
const NARRATED =
  /\b(?:he|she|they)(?: (?:just|then|also|only|really|never|even|kept|still))? (?:said|asked|told|had|kept|was|were|went|did|didn'?t|seemed|looked|heard|gave|made|took|showed|spent|got|knew|sat|[a-z]{2,}ed)\b/gi;
/** A speaker named by an interviewing role: the thread is the interview typed up, whatever its lines say. */
const INTERVIEWER_LABEL =
  /^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?(?:interviewer|hiring manager|hm|recruiter|panel|manager)\b[^:\n]{0,12}:/im;

/**
 * The writer's lines tell the interviewer in the third person, twice or more: the interviewer is not in the thread,
 * so it is a chat about the interview ("me: he had his arms crossed… i don't know if he heard a word"). In a typed-up
 * interview the writer speaks to the interviewer, who has a line of their own.
 */
function toldOfAbsentInterviewer(text: string): number {
  if (!/^[ \t]*(?:\[[^\]\n]{1,12}\][ \t]*)?me[ \t]*:/im.test(text) || INTERVIEWER_LABEL.test(text)) return 0;
  let n = 0;
  for (const m of text.matchAll(OWN_LINE)) n += ((m[1] as string).match(NARRATED) ?? []).length;
  return n;
}

/**
 * Someone in the thread compares an interview of their own with the one told: "when I did mine at
 * the bank", "when I had a panel at the council", "in my interview at Deloitte", "the panel at my
 * grad scheme asked", "mine at least told me next week", "when my cousin interviewed there"; not
 * the screen a call shares ("I'll share my screen with you"). The speakers of a call are in the
 * interview; they do not hold another one up against it.
 */
export const OWN_OTHER_INTERVIEW =
  /\bwhen (?:I|my (?:[a-z]+ )?(?:friend|mate|cousin|brother|sister|bro|sis|flatmate)) (?:did|had|went for|sat|interviewed)\b(?: (?:mine|my|an?|there|for|at)\b)|\bmy (?:own |last |first )?(?:[a-z]+ )?(?:interview|panel|final|round)s? (?:at|with)\b|\b(?<!\b(?:share|shares|shared|sharing|see|seeing) )my (?:own |last |first )?(?:[a-z]+ )?screens? (?:at|with)\b|\bthe (?:panel|interviewers?|manager|recruiter|guy|woman|lady|bloke) at my\b|\bmine at least\b/i;
/**
 * The interview announced as over at the start of a line: "interview done 😩", "ok so phone screen
 * done", "final round over." A line in a call that says "done" goes on ("screen done or not done?").
 */
const INTERVIEW_DONE =
  /^(?:\[[^\]\n]{1,12}\][ \t]*)?[^:\n]{1,40}:[ \t]*(?:(?:ok(?:ay)?|so|well|right|guys|welp)[ ,]+){0,3}(?:(?:the|my|that) )?(?:[a-z-]+ ){0,2}(?:interview|screen|call|round|panel|final)s? (?:is |was |all )?(?:done|over|finished)(?=[ \t.!,…]*(?:$|\p{Extended_Pictographic}))/imu;
/** The interviewer told in the third person anywhere in the thread ("she had her arms crossed"). */
const NARRATED_ONCE = new RegExp(NARRATED.source, 'i');

export function looksLikeRetelling(text: string): boolean {
  if (CHAT_HEADER.test(text)) return true;
  const told = toldOfAbsentInterviewer(text);
  // asked about it by a friend, one line of the interviewer told in the third person is enough
  if (HOW_DID_IT_GO.test(text) && (TOLD_AFTER.test(text) || told >= 1)) return true;
  // a friend's own interview held up against it, or the interview announced as over, and the
  // interview told after it happened: a group chat, whatever the speakers' names
  if (
    (OWN_OTHER_INTERVIEW.test(text) || INTERVIEW_DONE.test(text)) &&
    (TOLD_AFTER.test(text) || NARRATED_ONCE.test(text))
  )
    return true;
  return told >= 2;
}

/**
 * Several speaker lines from a small set of repeating speakers who take turns, so a
 * list of "Pros: … / Cons: …" or "- HM: nice guy" notes is not mistaken for speech.
 */
export function looksLikePlainTranscript(scan: PlainScan, text: string): boolean {
  if ([...scan.lineCounts.keys()].some((name) => RELAYED_CHAT_LABEL.test(name.trim()))) return false;
  const repeating = [...scan.lineCounts.values()].filter((n) => n >= 2);
  const repeatingLines = repeating.reduce((a, b) => a + b, 0);
  // An export's own marks, the time beside every name or Meet's title and disclaimer, tell a
  // call from notes that quote a few lines, and so does a paragraph for each turn: its turns may
  // then be wrapped over many lines (a paste from a PDF), and an Otter or Teams file may hold one
  // voice only.
  const exported = scan.speakerLines >= 4 && scan.exported >= 0.9 * scan.speakerLines;
  const turnParagraphs = scan.blocks >= 8 && scan.speakerBlocks >= 0.9 * scan.blocks;
  // names and times with nothing said after them are a schedule ("Sarah Jones 10:30"), not a call
  if (scan.voiced < 0.75 * scan.speakerLines) return false;
  if (exported && scan.lineCounts.size === 1) {
    const [name] = scan.lineCounts.keys();
    return isNameLike(name as string, true) && scan.speakerLines >= 0.1 * scan.nonBlankLines;
  }
  if (!(
    scan.speakerLines >= 4 &&
    repeating.length >= 2 &&
    scan.lineCounts.size <= 8 &&
    repeatingLines >= 0.75 * scan.speakerLines &&
    scan.switches >= 2
  ))
    return false;
  // Meet's marks read last, only for what may be a call: MEET_DOC tries every line of the text
  const marked = exported || turnParagraphs || MEET_DOC.test(text);
  return scan.speakerLines >= (marked ? 0.1 : 0.3) * scan.nonBlankLines;
}
