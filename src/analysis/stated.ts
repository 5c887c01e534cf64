/**
 * What notes state of this interview itself: its day (already past), its round and how it was
 * held, the employer and the job, the people who interviewed, and what the candidate has done
 * since (a check-in, a thank-you), offered as defaults the person confirms. The CLI (`analyze --json`, `assess --notes`) and
 * the web page's analysis read it alike. Of a transcript only who interviewed (the other speakers):
 * its "today" is the call's own, and its talk of rounds is mostly of other ones.
 */
import type { IsoDate } from '../core/dates.js';
import { statedInterviewDateFrom } from './dates/interview-date.js';
import { readText } from './nlp.js';
import { statedRoundFrom, type StatedRound } from './stage/stated-round.js';
import { statedFollowUpsFrom, type StatedFollowUps } from './stated-follow-ups.js';
import { statedJobFrom, type StatedJob } from './stated-job.js';
import { statedInterviewersFrom, type StatedInterviewer } from './stated-interviewers.js';
import type { InputKind, StatedDate, Transcript } from './types.js';
import { callInterviewers } from './call-interviewers.js';

export interface Stated {
  date?: StatedDate;
  round: StatedRound;
  job: StatedJob;
  /** Who interviewed, in the order the notes name them (none said: empty). */
  interviewers: readonly StatedInterviewer[];
  /** The check-in and thank-you the candidate says they have sent. */
  followUps: StatedFollowUps;
}

/** `transcript` is the call as analysed, when the text is one: its other speakers are who interviewed. */
export function statedFrom(text: string, kind: InputKind, today: IsoDate, transcript?: Transcript): Stated {
  if (kind !== 'notes')
    return {
      round: {},
      job: {},
      interviewers: transcript ? callInterviewers(text, transcript) : [],
      followUps: {},
    };
  // the notes repaired and unwrapped once, for all the readers
  const read = readText(text).text;
  const date = statedInterviewDateFrom(text, today, read);
  return {
    ...(date ? { date } : {}),
    round: statedRoundFrom(text, read),
    job: statedJobFrom(text, read),
    interviewers: statedInterviewersFrom(text, read),
    // "that evening" is the interview's evening: the day just read, else none
    followUps: statedFollowUpsFrom(text, today, date?.date, read),
  };
}

/** The same, as the JSON answers name it (`statedInterviewDate`, `statedStage`, `statedCompany`…), each only when stated. */
export interface StatedFields {
  statedInterviewDate?: StatedDate;
  statedStage?: NonNullable<StatedRound['stage']>;
  statedFormat?: NonNullable<StatedRound['format']>;
  statedCompany?: NonNullable<StatedJob['company']>;
  statedRole?: NonNullable<StatedJob['role']>;
  statedInterviewers?: readonly StatedInterviewer[];
  statedCheckIn?: NonNullable<StatedFollowUps['checkIn']>;
  statedThankYou?: NonNullable<StatedFollowUps['thankYou']>;
}

export function statedFields({ date, round, job, interviewers, followUps }: Stated): StatedFields {
  return {
    ...(date ? { statedInterviewDate: date } : {}),
    ...(round.stage ? { statedStage: round.stage } : {}),
    ...(round.format ? { statedFormat: round.format } : {}),
    ...(job.company ? { statedCompany: job.company } : {}),
    ...(job.role ? { statedRole: job.role } : {}),
    ...(interviewers.length ? { statedInterviewers: interviewers } : {}),
    ...(followUps.checkIn ? { statedCheckIn: followUps.checkIn } : {}),
    ...(followUps.thankYou ? { statedThankYou: followUps.thankYou } : {}),
  };
}
