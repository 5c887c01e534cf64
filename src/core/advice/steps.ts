import { isoDateAddDays } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { Outcome, InterviewRecord } from '../record.js';
import {
  checkInDraft,
  feedbackDraft,
  offerReplyDraft,
  secondCheckInDraft,
  thankYouDraft,
  withdrawalDraft,
} from './drafts.js';
import type { FollowUpWindow, NextStep } from './types.js';
import {
  checkInDays,
  checkInSent,
  isoDateMax,
  notBeforeRecorded,
  promisedDate,
  thankYouDue,
} from './windows.js';
import { dayWords } from './wording.js';

export function thankYouStep(
  record: InterviewRecord,
  today: IsoDate,
  candidateName?: string,
  recordedOn?: IsoDate,
  outcome?: Outcome,
): NextStep {
  // Late or not is judged from the interview; the step itself is not dated before it was recorded.
  const due = thankYouDue(record);
  return {
    kind: 'thank-you',
    due: notBeforeRecorded(due, recordedOn),
    title: 'Send a thank-you note',
    // Accountemps 2017: 80% of HR managers weigh thank-you notes, 24% of candidates send one.
    detail:
      outcome === 'next-round'
        ? "If you haven't sent one yet, a short thank-you is still worth it: you may well meet some of the same people in the next round. Mention something you talked about."
        : today > due
          ? "Best sent within a day, but a few days late is still fine: a short thank-you this week is welcome, and few candidates send one. Keep it brief and mention something you talked about. If you've sent one already, there is nothing more to do."
          : 'A short thank-you email within a day. Most hiring managers take them into account, yet few candidates send one. Keep it brief and mention something you talked about.',
    draft: thankYouDraft(record, candidateName),
  };
}

// What "keep other applications moving" means depends on the news: a hedge while waiting, the
// other employers' timing once there is an offer, somewhere to put the energy after a no.
const KEEP_APPLYING: Record<Outcome | 'waiting', { title: string; detail: string }> = {
  waiting: {
    title: 'Keep other applications moving',
    detail:
      "Don't put everything on hold for this one. Keep other applications and conversations moving: it takes the pressure off, whatever this one decides.",
  },
  'next-round': {
    title: 'Keep other applications moving',
    detail:
      'A next round is good news, not yet an offer. Keep your other applications and conversations going until you have an offer you want.',
  },
  offer: {
    title: 'Tell the other employers, if you want them',
    detail:
      "If there are other roles you'd still like, tell those employers you have an offer and when you need to answer: many can move faster for it. Roles you no longer want, you can withdraw from politely once you've accepted.",
  },
  rejected: {
    title: 'Keep going with your other applications',
    detail:
      "It's normal to feel flat after a no; give yourself a day if you need it. Decisions often turn on things you never see, such as another candidate's background or an internal move, so this one says little about your next interview. When you're ready, pick up your other applications.",
  },
  ghosted: {
    title: 'Keep going with your other applications',
    detail:
      'Being left without an answer is frustrating, and it happens a lot. Put the time you would have spent waiting into your other applications.',
  },
  withdrew: {
    title: 'Keep going with your other applications',
    detail: 'You chose what you want, and that counts. Put the time into applications that suit you better.',
  },
};

export function keepApplyingStep(record: InterviewRecord, today: IsoDate, outcome?: Outcome): NextStep {
  return {
    kind: 'keep-applying',
    due: isoDateMax(today, isoDateAddDays(record.date, 1)),
    ...KEEP_APPLYING[outcome ?? 'waiting'],
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
  const sent = checkInSent(record);
  const days = checkInDays(window, recordedOn, sent);
  const thanks = thanksInCheckIn
    ? ' It is late for a separate thank-you note now; this message thanks them for their time, and that is enough.'
    : '';
  const checkIns: NextStep[] = [
    {
      kind: 'check-in',
      due: days.checkIn,
      title: 'Check in if you have not heard',
      // Once sent, the thanks went with it: there is nothing left to add.
      detail: sent
        ? `You checked in on ${dayWords(sent)}. The last check-in and the point to stop waiting count from that day.`
        : checkInDetail(record, window, today, closeDue) + thanks,
      draft: checkInDraft(record, candidateName),
    },
    {
      kind: 'second-check-in',
      due: days.secondCheckIn,
      title: 'One last check-in',
      detail: `${sent ? `If your check-in of ${dayWords(sent)} gets no reply, one more about a week later is fine.` : 'If the first check-in got no reply, one more is fine.'} After that, stop: more messages won't speed things up.`,
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
          'Well done on getting through. Ask who you will meet and in what format, go back over what they dug into this time, and practise the parts that felt weak. Once you have had it, add it as a new interview: its follow-up dates count from that day.',
      };
    case 'offer':
      return {
        kind: 'prepare',
        due,
        title: 'Ask for the offer in writing, then take time to decide',
        detail:
          'Congratulations. Before you say yes, ask for the offer in writing and give yourself a few days to read it: pay, benefits, start date, notice and anything promised in the interviews. Asking for time, asking questions and negotiating politely are all normal; employers expect them.',
        draft: offerReplyDraft(record, candidateName),
      };
    case 'rejected':
      return {
        kind: 'close',
        due,
        title: 'Ask for feedback, then close this one',
        detail:
          "Sorry, that's disappointing. A short, gracious reply is worth sending: it thanks them, asks for feedback and leaves the door open. Many employers say little, but some do, and people remember a kind reply when the next role comes up.",
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
          "You chose to withdraw. If you haven't told them yet, a short note thanking them for their time keeps the door open.",
        draft: withdrawalDraft(record, candidateName),
      };
  }
}
