import { isoDateAddDays } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { Outcome, InterviewRecord } from '../record.js';
import { checkInDraft, feedbackDraft, secondCheckInDraft, thankYouDraft } from './drafts.js';
import type { FollowUpWindow, NextStep } from './types.js';
import { checkInDays, isoDateMax, notBeforeRecorded, promisedDate, thankYouDue } from './windows.js';
import { dayWords } from './wording.js';

export function thankYouStep(
  record: InterviewRecord,
  today: IsoDate,
  candidateName?: string,
  recordedOn?: IsoDate,
): NextStep {
  // Late or not is judged from the interview; the step itself is not dated before it was recorded.
  const due = thankYouDue(record);
  return {
    kind: 'thank-you',
    due: notBeforeRecorded(due, recordedOn),
    title: 'Send a thank-you note',
    // Accountemps 2017: 80% of HR managers weigh thank-you notes, 24% of candidates send one.
    detail:
      today > due
        ? "Best sent within a day, but a few days late is still fine: a short thank-you this week is welcome, and few candidates send one. Keep it brief and mention something you talked about. If you've sent one already, there is nothing more to do."
        : 'A short thank-you email within a day. Most hiring managers take them into account, yet few candidates send one. Keep it brief and mention something you talked about.',
    draft: thankYouDraft(record, candidateName),
  };
}

export function keepApplyingStep(record: InterviewRecord, today: IsoDate, outcome?: Outcome): NextStep {
  const detail =
    outcome === 'offer'
      ? 'Until you have signed, keep your other conversations going. It costs little, and it gives you a clearer view when you decide.'
      : outcome === 'rejected'
        ? "This one didn't work out. Keep your other applications moving; one decision says very little about the next."
        : "Don't put everything on hold for this one. Keep other applications and conversations moving: it takes the pressure off, whatever this one decides.";
  return {
    kind: 'keep-applying',
    due: isoDateMax(today, isoDateAddDays(record.date, 1)),
    title: 'Keep other applications moving',
    detail,
  };
}

export interface FollowUpOptions {
  today: IsoDate;
  /** The day the interview was recorded: steps to take are not dated before it. */
  recordedOn?: IsoDate | undefined;
  candidateName?: string | undefined;
  /** The thank-you is too late to send on its own, so the first check-in stands in for it. */
  thanksInCheckIn?: boolean;
}

/** The first check-in's advice: ahead of its day it says when; once the day has gone, it says now. */
function checkInDetail(
  record: InterviewRecord,
  window: FollowUpWindow,
  today: IsoDate,
  closeDue: IsoDate,
): string {
  const promised = promisedDate(record);
  const said = promised ? `They said they hoped to decide by ${dayWords(promised)}. ` : '';
  // Once the close step's day has gone too, "now is normal" would contradict it.
  if (today > closeDue)
    return `${said}The usual time to check in was ${dayWords(window.checkIn)}. It has been long enough now to treat this one as closed; one short message is still fine if you never sent one.`;
  if (today > window.checkIn)
    return `${said}If you have not heard, it is past the usual time to check in (${dayWords(window.checkIn)}): a short, friendly message now is normal and expected.`;
  return promised
    ? `${said}If nothing has come by ${dayWords(window.checkIn)}, a short, friendly check-in is normal and expected.`
    : `If nothing has come by ${dayWords(window.checkIn)}, a short, friendly check-in is normal. Many employers take several weeks, so silence this early says little.`;
}

/** Check-ins and the close step while the clock is still running. */
export function followUpSteps(
  record: InterviewRecord,
  window: FollowUpWindow,
  closeDue: IsoDate,
  { today, recordedOn, candidateName, thanksInCheckIn = false }: FollowUpOptions,
): NextStep[] {
  const days = checkInDays(window, recordedOn);
  const thanks = thanksInCheckIn
    ? ' It is late for a separate thank-you note now; this message thanks them for their time, and that is enough.'
    : '';
  const checkIns: NextStep[] = [
    {
      kind: 'check-in',
      due: days.checkIn,
      title: 'Check in if you have not heard',
      detail: checkInDetail(record, window, today, closeDue) + thanks,
      draft: checkInDraft(record, candidateName),
    },
    {
      kind: 'second-check-in',
      due: days.secondCheckIn,
      title: 'One last check-in',
      detail:
        "If the first check-in got no reply, one more is fine. After that, stop: more messages won't speed things up.",
      draft: secondCheckInDraft(record, candidateName),
    },
  ];
  const close: NextStep = {
    kind: 'close',
    due: notBeforeRecorded(closeDue, recordedOn),
    title: 'Treat it as closed and move on',
    detail:
      "If you still haven't heard, let this one go and put your energy elsewhere. Silence after interviews is very common and says more about their process than about you. If they come back later, you can pick it up again.",
  };
  return [...checkIns.filter((s) => s.due <= closeDue), close];
}

/** The step that replaces the follow-up clock once an outcome is known. */
export function outcomeStep(
  record: InterviewRecord,
  outcome: Outcome,
  on: IsoDate,
  candidateName?: string,
): NextStep {
  const due = isoDateMax(on, record.date);
  switch (outcome) {
    case 'next-round':
      return {
        kind: 'prepare',
        due,
        title: 'Prepare for the next round',
        detail:
          'Well done on getting through. Ask who you will meet and in what format, go back over what they dug into this time, and work through the prep tips for anything that worried you.',
      };
    case 'offer':
      return {
        kind: 'prepare',
        due,
        title: 'Review the offer',
        detail:
          "Congratulations. Take a day or two to read it properly: pay, benefits, start date, notice and anything promised in the interviews. It's normal to ask questions, or to negotiate politely, before you accept.",
      };
    case 'rejected':
      return {
        kind: 'close',
        due,
        title: 'Ask for feedback, then close this one',
        detail:
          "Sorry, that's disappointing. A short, gracious reply asking for feedback is worth sending: many employers won't say much, but some will, and it leaves a good impression for future roles.",
        draft: feedbackDraft(record, candidateName),
      };
    case 'ghosted':
      return {
        kind: 'close',
        due,
        title: 'Close this one and move on',
        detail:
          "They haven't replied, and that says more about their process than about you. Treat it as closed; if they do get in touch later, you can pick it up again.",
      };
    case 'withdrew':
      return {
        kind: 'close',
        due,
        title: 'Close this one',
        detail:
          'You chose to withdraw. If you have not already, a short note thanking them for their time keeps the door open.',
      };
  }
}
