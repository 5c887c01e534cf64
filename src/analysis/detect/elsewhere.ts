/**
 * Sentences about something other than the interview being told. Long accounts (a blog post, a
 * forum update) tell the whole job search: "Another place told me they'd paused the req",
 * "One association interviewed me and the panel was so hostile...", "In my last job the
 * manager never smiled", "Advice: if your interviewer checks their phone, don't panic",
 * "Interviewers who check their phones are just rude". What such a sentence says is not
 * evidence about this interview, so its hits are dropped (like a retraction, corrections.ts).
 *
 * Only a sentence's opening is read, so the frame has to govern the sentence: "she asked how
 * my last job went" or "another interviewer joined" open with other words and stay evidence.
 *
 * The frames are in elsewhere-frames.ts, the sentences beside the story in elsewhere-asides.ts,
 * and the token spans read in sentence-spans.ts.
 */
import type { Tok } from '../nlp.js';
import {
  ASIDES,
  ASKS_READER,
  BACKGROUND,
  HEADLINE,
  INTERVIEWERS,
  JOB_AD,
  OUTCOME,
  WEEKS_LATE,
  WRITING,
  WRITING_TIMED,
} from './elsewhere-asides.js';
import {
  BRIEFED,
  CARRIED,
  CARRY,
  CARRY_FRAME,
  FRAMES,
  INTERVIEW_TALK,
  NEXT_ITEM,
  OPPOSITE_ELSEWHERE,
  RECRUITER_BRIEFING,
  RETURN,
  THEIR_INTERVIEW,
  REVIEWED,
  REVIEWS_READ,
  ROUND_ELSEWHERE,
} from './elsewhere-frames.js';
import {
  AFTER_HIRE,
  ANOTHER_INTERVIEW,
  FORECAST,
  contrastEnd,
  EARLIER,
  EXPECTED,
  GENERAL,
  HABIT,
  OTHER_INTERVIEW,
  OWN_JOB,
  PREPARATION,
  prepEnd,
  UNLIKE,
  unlikeEnd,
} from './general-talk.js';
import {
  asksReader,
  endsOnStop,
  headlineEnd,
  mineAt,
  lineEnd,
  openingStart,
  opensLine,
  rawStart,
  sentenceEnd,
  sentenceText,
  wordsOnLine,
  writingEnd,
} from './sentence-spans.js';
import { anyOpening } from './opening-gate.js';
import { acquaintances, hearsayOpens, HEARSAY_MORE } from './hearsay.js';
import { narratorFrame } from './narrator.js';
import { outcomeCallRanges } from './outcome-call.js';
import { mergedRanges } from './clause-ranges.js';
import { chatReplyRanges } from './chat-replies.js';
import { closingTag } from './speech-tag.js';

// each list tried only where the opening's first character allows (opening-gate.ts): a long
// text's every sentence went through some fifty of these, nearly all failing on that character
const isAside = anyOpening(ASIDES);
const isFrame = anyOpening(FRAMES);
const isCarried = anyOpening(CARRIED);
const isHabit = anyOpening([HABIT]);
const isGeneral = anyOpening(GENERAL);
const isAfterHire = anyOpening([AFTER_HIRE]);
const isPreparation = anyOpening([PREPARATION, EXPECTED]);
const isOwnJob = anyOpening([OWN_JOB]);
const isUnlike = anyOpening([UNLIKE]);
const isEarlier = anyOpening([EARLIER]);
const isAnotherInterview = anyOpening([ANOTHER_INTERVIEW]);
const isBackground = anyOpening([BACKGROUND]);
const asksReaderOpening = anyOpening([ASKS_READER]);
const isOutcome = anyOpening(OUTCOME);
const isJobAd = anyOpening([JOB_AD]);
const isWriting = anyOpening(WRITING);
const isHeadline = anyOpening([HEADLINE]);
const isTheirInterview = anyOpening([THEIR_INTERVIEW]);

/**
 * What OPPOSITE_ELSEWHERE cannot match without: its contrast is "the ... opposite" or "... different".
 * Most sentences have neither, and the regex, tried at every word, was a sixth of this pass.
 */
function mayOppose(sentence: string): boolean {
  return sentence.includes('opposite') || sentence.includes('different');
}

/**
 * Token ranges [from, to) of what is not about this interview, in text order: sentences framed
 * as about another interview, the poster's background, the writer's words about the writing,
 * and asides, which run on over the next sentences of their line ("Other stuff: Mum's cat has
 * gone missing. Dad laughed about it.") up to CARRY of them, until one comes back (RETURN) or
 * speaks of the interview again. A frame that names another employer outright runs on the same
 * way, up to CARRY_FRAME sentences ("At my last job the manager was cold. He never smiled."),
 * stopped only by a RETURN or a new line, since that story has its own interviewer.
 */
export function elsewhereRanges(toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let carry = 0;
  let frame = false;
  // the sentence a whole-sentence frame dropped: its later lines go with it ("Tips:\n- Wear...")
  let dropped = -1;
  // a go-between's briefing or reviews read: the sentences that go on telling what they said go with it
  let follows: RegExp | undefined;
  // the writer's own people, whose word passed on is dropped (hearsay.ts); none in a relative's account of their interview
  const known = narratorFrame(toks) ? undefined : acquaintances(toks);
  let heard = false;
  for (let i = 1; i <= toks.length; i++) {
    // a line break starts a unit too: a list's items ("- A bank: ...") run on in one sentence after a colon
    if (i < toks.length && toks[i]!.sent === toks[from]!.sent && !(toks[i]!.newline && !toks[i - 1]!.newline))
      continue;
    const runsOn = toks[from]!.sent === dropped;
    // the sentence's first words as written, lower-cased, and its opening words past any lead
    // ("And another place..."): mostly the same words, then built once
    const rawAt = rawStart(toks, from, i);
    const headAt = openingStart(toks, from, i);
    const raw = wordsOnLine(toks, rawAt, i);
    const head = headAt < 0 ? '' : headAt === rawAt ? raw : wordsOnLine(toks, headAt, i);
    if (carry > 0 && (opensLine(toks, from, i) || RETURN.test(raw) || (!frame && INTERVIEW_TALK.test(raw))))
      carry = 0;
    // frames that take the whole sentence take its later lines too; the others stop at the line's end
    const at = out.length;
    let whole = true;
    let habit: boolean;
    let general = false;
    // the sentence's words, once built for a late test
    let said: string | undefined;
    // a title that tells the wait ("UPDATE 2: still waiting on the museum job") is the writer's word on it, and stays
    if (isHeadline(raw) && !WRITING_TIMED.test(sentenceText(toks, rawAt, headlineEnd(toks, rawAt, i)))) {
      whole = false;
      out.push([from, headlineEnd(toks, rawAt, i)]);
    } else if (isAside(raw) && !INTERVIEW_TALK.test(raw)) {
      out.push([from, i]);
      carry = CARRY;
      frame = false;
    } else if (carry > 0) {
      out.push([from, i]);
      if (frame && NEXT_ITEM.test(head)) carry = CARRY_FRAME;
      else carry--;
    } else if (follows?.test(head)) {
      out.push([from, i]);
    } else if (isTheirInterview(head) && mineAt(toks, from, i) > from) {
      // "my friend's interviewer was on his phone, but mine was great": up to the writer's own
      const mine = mineAt(toks, from, i);
      whole = mine >= i;
      out.push([from, Math.min(mine, i)]);
    } else if (
      isFrame(head) ||
      (head.startsWith('i had ') && ROUND_ELSEWHERE.test(sentenceText(toks, headAt, i)))
    ) {
      out.push([from, i]);
      if (isCarried(head)) {
        carry = CARRY_FRAME;
        frame = true;
      }
    } else if (
      // each list tried once: GENERAL's forty regexes were most of this loop's tries, made twice
      ((habit = isHabit(head)) || (general = isGeneral(head))) &&
      closingTag(toks, from, i)?.speaker === 'other'
    ) {
      // "Most people here move up within a year, she said": the interviewer's word, the tag put last
      whole = false;
    } else if (habit) {
      whole = false;
      out.push([from, contrastEnd(toks, from, lineEnd(toks, from, i))]);
    } else if (general) {
      whole = false;
      out.push([from, lineEnd(toks, from, i)]);
    } else if (isAfterHire(head) && !FORECAST.test(sentenceText(toks, from, i))) {
      whole = false;
      out.push([from, lineEnd(toks, from, i)]);
    } else if (isPreparation(head) || isOwnJob(head)) {
      whole = false;
      out.push([from, prepEnd(toks, from, lineEnd(toks, from, i))]);
    } else if (isUnlike(head) && unlikeEnd(toks, from, i) > from) {
      whole = false;
      out.push([from, unlikeEnd(toks, from, i)]);
    } else if (isEarlier(head) || isAnotherInterview(head)) {
      whole = false;
      out.push([from, lineEnd(toks, from, i)]);
      if (isAnotherInterview(head) || OTHER_INTERVIEW.test(sentenceText(toks, from, i))) {
        carry = CARRY_FRAME;
        frame = true;
      }
    } else if (mayOppose((said = sentenceText(toks, from, i))) && OPPOSITE_ELSEWHERE.test(said)) {
      out.push([from, i]);
    } else if (known && headAt >= 0 && hearsayOpens(toks, headAt, i, known)) {
      whole = false;
      heard = true;
      out.push([from, lineEnd(toks, from, i)]);
    } else if (isBackground(raw) && !INTERVIEW_TALK.test(raw)) out.push([from, i]);
    else if (asksReaderOpening(head) && asksReader(toks, from, i)) out.push([from, i]);
    else if (isOutcome(raw) && !WEEKS_LATE.test(said ?? sentenceText(toks, from, i))) out.push([from, i]);
    // the whole sentence, not only its line: "- the job ad said X\n- in the interview he said nothing"
    else if (isJobAd(raw) && !INTERVIEWERS.test(sentenceText(toks, from, sentenceEnd(toks, i))))
      out.push([from, i]);
    else {
      whole = false;
      if (isWriting(raw) && !WRITING_TIMED.test(raw)) out.push([from, writingEnd(toks, from, i)]);
    }
    follows =
      out.length === at
        ? undefined
        : RECRUITER_BRIEFING.test(head)
          ? BRIEFED
          : REVIEWS_READ.test(head)
            ? REVIEWED
            : heard
              ? HEARSAY_MORE
              : follows?.test(head)
                ? follows
                : undefined;
    heard = false;
    // a list run on after a colon is read line by line: the lines under a heading a whole frame took
    // ("Tips:\n- Wear...") go with it, as do those wink ran on after a full stop; a line beside them
    // that stops short ("- the job ad said 'you will manage...'") takes only itself
    if (runsOn) {
      if (out.length === at) out.push([from, i]);
      else out[out.length - 1]![1] = i;
    } else if (whole && endsOnStop(toks, from, i)) dropped = toks[from]!.sent;
    from = i;
  }
  return mergedRanges(out, outcomeCallRanges(toks));
}

/**
 * What a note's section tells of anything but this interview: elsewhereRanges, and in a pasted chat
 * the friends' replies about their own (chat-replies.ts). The rules (run.ts) and the learned
 * layer's guard set aside the same ranges.
 */
export function notThisInterview(text: string, toks: Tok[]): [number, number][] {
  return mergedRanges(elsewhereRanges(toks), chatReplyRanges(text, toks));
}
