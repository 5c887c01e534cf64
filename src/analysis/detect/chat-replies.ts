/**
 * A pasted group chat in which one person tells the others how their interview went. The others
 * reply with their own interviews and advice ("mine at least told me next week", "I had a great
 * one at the council once and never heard back") or cheer ("WHAT that's amazing"): what they say
 * is no evidence of the interview told, so their lines are dropped like a sentence about another
 * interview (elsewhere.ts).
 *
 * The teller is the speaker with the most words: the one with the news. Only a thread that reads
 * as a retelling (transcript/plain.ts) counts, and not one with a speaker named by an interviewing
 * role, so notes kept per interviewer ("Sarah: smiled a lot / Tom: asked about my project") and a
 * typed-up interview keep every line. A friend's question stays: the teller's answer may need it
 * ("when will you know?" / "no idea, they didn't say").
 */
import { isSpaceCode } from '../char-class.js';
import type { Tok } from '../nlp.js';
import { looksLikeRetelling, OWN_OTHER_INTERVIEW, RELAYED_CHAT_LABEL } from '../transcript/plain.js';
import { isNameLike } from '../transcript/speakers.js';

/** "[14:02] Name:", "Name:", "me:", "Dan ❤️:" at the start of a line, with what follows. */
const SPEAKER_LINE = /^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?([^\s:[\]][^:\n]{0,30}?)[ \t]*:(?=[ \t]|$)/;
const EMOJI = /\p{Extended_Pictographic}|\u200d|\ufe0f/gu;
/** Speakers named by what they do in an interview: the thread is the interview typed up. */
const INTERVIEWING = /^(?:interviewer|recruiter|hm|hiring manager|manager|panel|candidate|interviewer \d)$/i;
const SELF = /^(?:me|i|myself)$/i;
/** A line of a few words that asks: a question mark, or a question word first (chats drop the mark). */
/** A question without its mark inside a line: "Very good. Did you ask about the salary". */
const ASKS_WITHIN =
  /(?:^|[:.!]\s+)(?:did|do|does|what|when|how|have|has|will|would|could) (?:u|you|they|he|she|it)\b/i;
const ASKING =
  /^[ \t]*(?=(?:\S+\s+){0,9}\S*\s*$)(?:[^\n]*\?[^\n]*|(?:so|and|well|ok|soo+)?[ ,]*(?:how|what|did|do|does|when|any|was|were|is|are|u|you)\b[^\n]*)$/i;

interface ChatLine {
  speaker: string;
  start: number;
  end: number;
  words: number;
  /** A short question, as a friend opens ("well??", "so did u get grilled", "what did they ask"). */
  opensAsking: boolean;
}

function speakerOf(line: string): string | undefined {
  const m = SPEAKER_LINE.exec(line);
  if (!m) return undefined;
  const name = (m[1] as string).replace(EMOJI, '').trim();
  if (!name) return undefined;
  if (SELF.test(name) || RELAYED_CHAT_LABEL.test(name) || INTERVIEWING.test(name)) return name.toLowerCase();
  return isNameLike(name, true) ? name.toLowerCase() : undefined;
}

/** How many words `raw.split(/\s+/).filter(Boolean)` gives, without making them (every line of a long text is counted). */
function wordCount(raw: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < raw.length; i++) {
    const space = isSpaceCode(raw.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The thread's lines, each continued by the unlabelled lines under it; undefined if it is no chat. */
function chatLines(text: string): ChatLine[] | undefined {
  const lines: ChatLine[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const start = at;
    at += raw.length + 1;
    if (!raw.trim()) continue;
    const speaker = speakerOf(raw);
    const words = wordCount(raw);
    const last = lines[lines.length - 1];
    if (speaker) {
      const opensAsking = ASKING.test(raw.slice(SPEAKER_LINE.exec(raw)![0].length));
      lines.push({ speaker, start, end: start + raw.length, words, opensAsking });
    } else if (last) {
      last.end = start + raw.length;
      last.words += words;
    }
  }
  const speakers = new Set(lines.map((l) => l.speaker));
  if (lines.length < 3 || speakers.size < 2 || [...speakers].some((s) => INTERVIEWING.test(s)))
    return undefined;
  return lines;
}

/**
 * Whether a chat line, or one of the lines it runs on into, holds up an interview of the speaker's
 * own ("when I did mine…"): a friend's line. Read only once the text is a chat: tried on every line
 * of every text, this regex was most of the chat reader's time.
 */
function compares(text: string, l: ChatLine): boolean {
  return linesOf(text, l).some((line) => OWN_OTHER_INTERVIEW.test(line));
}

/** A chat line and the lines it runs on into, as chatLines split them. */
function linesOf(text: string, l: ChatLine): string[] {
  return text.slice(l.start, l.end).split('\n');
}

/** Whether a chat line, or one it runs on into, asks: read only once the text is a chat, like `compares`. */
function asks(text: string, l: ChatLine): boolean {
  return linesOf(text, l).some((line) => line.includes('?') || ASKS_WITHIN.test(line));
}

/**
 * The speaker with the most words, leaving out those who open by asking how it went ("so how was
 * it", "what did they ask") and those who hold up an interview of their own, while anyone is left.
 */
function tellerOf(text: string, lines: ChatLine[]): string {
  const words = new Map<string, number>();
  const friends = new Set<string>();
  for (const l of lines) {
    if (!words.has(l.speaker) && l.opensAsking) friends.add(l.speaker);
    if (!friends.has(l.speaker) && compares(text, l)) friends.add(l.speaker);
    words.set(l.speaker, (words.get(l.speaker) ?? 0) + l.words);
  }
  const ranked = [...words].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  return ranked.find((s) => !friends.has(s)) ?? ranked[0]!;
}

/** Token ranges `[from, to)` of the friends' replies in a retold chat (sorted, apart). */
export function chatReplyRanges(text: string, toks: Tok[]): [number, number][] {
  const lines = chatLines(text);
  // a parent or sibling in the thread ("Mum: well??") makes it a family chat, whatever it says
  if (!lines || !(looksLikeRetelling(text) || lines.some((l) => RELAYED_CHAT_LABEL.test(l.speaker))))
    return [];
  const teller = tellerOf(text, lines);
  const ranges: [number, number][] = [];
  let k = 0;
  for (const l of lines) {
    if (l.speaker === teller || asks(text, l)) continue;
    while (k < toks.length && toks[k]!.start < l.start) k++;
    const from = k;
    while (k < toks.length && toks[k]!.start < l.end) k++;
    if (k > from) ranges.push([from, k]);
  }
  return ranges;
}
