import { isoDateDiffDays, type IsoDate } from '../../core/dates.js';
import type { HeardBack, InterviewRecord, Outcome, Stage, Format } from '../../core/record.js';
import { dateFromWords } from '../natural-date.js';
import { dateWords } from '../render/dates.js';
import { FORMAT_NAMES, STAGE_NAMES } from '../render/round-words.js';
import type { Ask } from './ask.js';

export interface RecordAnswers {
  record: InterviewRecord;
  candidateName?: string;
}

const STAGE_CHOICES: { value: Stage; name: string; description: string }[] = [
  { value: 'screen', name: STAGE_NAMES.screen, description: 'A first short call, often with a recruiter' },
  {
    value: 'first',
    name: STAGE_NAMES.first,
    description: 'The first real interview with the team or manager',
  },
  {
    value: 'later',
    name: STAGE_NAMES.later,
    description: 'A second or third round, a task review, a team meeting',
  },
  { value: 'final', name: STAGE_NAMES.final, description: 'The last step before an offer' },
  { value: 'other', name: STAGE_NAMES.other, description: 'An assessment day, an informal chat, …' },
];

const FORMAT_CHOICES: { value: Format | 'skip'; name: string }[] = [
  { value: 'video', name: FORMAT_NAMES.video },
  { value: 'phone', name: FORMAT_NAMES.phone },
  { value: 'onsite', name: FORMAT_NAMES.onsite },
  { value: 'panel', name: FORMAT_NAMES.panel },
  { value: 'skip', name: 'Skip' },
];

/** Validation message and live hint for a typed date, shared by every date question. */
export function dateQuestion(
  reference: IsoDate,
  direction: 'past' | 'future',
  check?: (d: IsoDate) => true | string,
) {
  return {
    validate: (v: string): true | string => {
      const d = dateFromWords(v, reference, direction);
      // examples that point the way the question looks: back for the interview, ahead for a decision
      if (!d)
        return direction === 'past'
          ? 'Type a date like 2026-03-13, or words like "yesterday" or "last tuesday".'
          : 'Type a date like 2026-03-13, or words like "friday" or "in 2 weeks".';
      return check ? check(d) : true;
    },
    hint: (v: string): string => {
      const d = dateFromWords(v, reference, direction);
      return d ? `→ ${dateWords(d)}` : '';
    },
  };
}

export async function askDecisionDate(
  ask: Ask,
  interview: IsoDate,
  offered: readonly { date: IsoDate; quote: string }[],
): Promise<IsoDate | undefined> {
  if (offered.length > 0) {
    const choice = await ask.choose<IsoDate | 'other' | 'none'>(
      'Your notes mention a date. Is that when they said they would decide?',
      [
        ...offered.map((o) => ({ value: o.date, name: `${dateWords(o.date)}  ("${o.quote}")` })),
        { value: 'other' as const, name: 'A different date' },
        { value: 'none' as const, name: 'They did not say' },
      ],
    );
    if (choice === 'none') return undefined;
    if (choice !== 'other') return choice;
  }
  const q = dateQuestion(interview, 'future', (d) =>
    isoDateDiffDays(interview, d) < 0 ? 'That is before the interview.' : true,
  );
  const words = await ask.text(
    'Did they say when they would decide? (a date, "friday", "in 2 weeks"; leave empty if not)',
    { validate: (v) => (v.trim() === '' ? true : q.validate(v)), hint: q.hint },
  );
  return words === '' ? undefined : dateFromWords(words, interview, 'future');
}

async function askHeardBack(
  ask: Ask,
  interview: IsoDate,
  today: IsoDate,
  told?: { outcome: Outcome; quote: string },
  holding?: NotedDeed,
): Promise<HeardBack> {
  // notes that already tell the answer ("they offered me the job") make it the default, and a
  // check-in answered "still deciding" makes the holding reply the default
  const said = told ?? holding;
  const kind = await ask.choose<'none' | 'update' | Outcome>(
    said
      ? `Have you heard back yet? Your notes say: "${shortQuote(said.quote, 60)}"`
      : 'Have you heard back yet?',
    [
      { value: 'none', name: 'Not yet' },
      { value: 'update', name: 'Only a holding reply ("still deciding")' },
      { value: 'next-round', name: 'Yes: invited to the next round' },
      { value: 'offer', name: 'Yes: an offer' },
      { value: 'rejected', name: 'Yes: a rejection' },
    ],
    told?.outcome ?? (holding ? 'update' : undefined),
  );
  if (kind === 'none') return { kind: 'none' };
  const q = dateQuestion(today, 'past', (d) =>
    isoDateDiffDays(interview, d) < 0 ? 'That is before the interview.' : true,
  );
  const heardOn = kind === 'update' && !told ? holding?.on : undefined;
  const on = dateFromWords(
    await ask.text('When did you hear?', { default: heardOn ?? 'today', ...q }),
    today,
    'past',
  ) as IsoDate;
  return kind === 'update' ? { kind: 'update', on } : { kind: 'outcome', outcome: kind, on };
}

function listOf(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A day the notes give, with the words that give it, offered as an answer's default. */
export interface NotedDate {
  date: IsoDate;
  quote: string;
}

/** The round and format the notes give, each with its words, offered as the questions' defaults. */
export interface NotedRound {
  stage?: { stage: Stage; quote: string };
  format?: { format: Format; quote: string };
}

/** The employer, job title and interviewers the notes name, offered as those answers' defaults. */
export interface NotedJob {
  company?: string;
  role?: string;
  interviewers?: readonly string[];
}

/** Something the notes say the candidate did since the interview, with its day when they give one. */
export interface NotedDeed {
  on?: IsoDate;
  quote: string;
}

/** The check-in and thank-you the notes tell; `holding`: the check-in was answered "still deciding". */
export interface NotedFollowUps {
  checkIn?: NotedDeed & { holding: boolean };
  thankYou?: NotedDeed;
}

/** The steps already taken, as the person confirmed them: the next steps mark them done. */
export type SentKind = 'check-in' | 'thank-you';

/** A quote short enough to sit in a question's line. */
export const shortQuote = (quote: string, max = 48): string => {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};

/**
 * The facts of the interview, in the order a person would tell them. A day the notes give for the
 * interview (`noted`) is the date's default, with the words it came from, and so are the round and
 * format they give (`round`), and the employer and job they name (`job`); the person can change each.
 */
export async function askRecordBasics(
  ask: Ask,
  today: IsoDate,
  knownName = '',
  noted?: NotedDate,
  round: NotedRound = {},
  job: NotedJob = {},
): Promise<RecordAnswers> {
  const company = await ask.text(
    'Which company was it? (optional)',
    job.company ? { default: job.company } : undefined,
  );
  const role = await ask.text('What role? (optional)', job.role ? { default: job.role } : undefined);
  const notesSay = (what: { quote: string } | undefined) =>
    what ? ` Your notes say "${shortQuote(what.quote)}"` : '';
  const stage = await ask.choose(
    `Which stage was it?${notesSay(round.stage)}`,
    STAGE_CHOICES,
    round.stage?.stage ?? 'first',
  );
  const format = await ask.choose(
    `How was it held?${notesSay(round.format)}`,
    FORMAT_CHOICES,
    round.format?.format ?? 'video',
  );
  const q = dateQuestion(today, 'past', (d) =>
    isoDateDiffDays(today, d) > 0 ? 'The interview should be today or earlier.' : true,
  );
  const date = dateFromWords(
    await ask.text(noted ? `When was it? Your notes say "${shortQuote(noted.quote)}"` : 'When was it?', {
      default: noted?.date ?? 'today',
      ...q,
    }),
    today,
    'past',
  ) as IsoDate;
  const interviewers = listOf(
    await ask.text(
      'Who interviewed you? (names, separated by commas; optional)',
      job.interviewers?.length ? { default: job.interviewers.join(', ') } : undefined,
    ),
  );
  // asked once: a kept name signs without asking again
  const candidateName =
    knownName || (await ask.text('Your first name, to sign the message drafts (optional)'));
  const record: InterviewRecord = { stage, date };
  if (company) record.company = company;
  if (role) record.role = role;
  if (format !== 'skip') record.format = format;
  if (interviewers.length > 0) record.interviewers = interviewers;
  return { record, ...(candidateName ? { candidateName } : {}) };
}

/** "Yes" or "No" to a step the notes say is done, quoting them; Yes is the default. */
async function confirmDeed(ask: Ask, question: string, deed: NotedDeed): Promise<boolean> {
  const when = deed.on ? ` (${dateWords(deed.on)})` : '';
  return ask.choose(
    `${question} Your notes say "${shortQuote(deed.quote, 60)}"${when}`,
    [
      { value: true, name: 'Yes', description: 'The next steps will not ask you to do it again' },
      { value: false, name: 'No', description: 'Keep it in the next steps' },
    ],
    true,
  );
}

/**
 * What came after: the promised date, the size of the field and any reply, then the check-in
 * and thank-you the notes say were sent (`noted`), each offered to confirm. Returns the steps
 * the person confirmed as done. A check-in answered "still deciding" is the holding reply's
 * default instead: the wait starts again from it, so its check-ins are still to come.
 */
export async function askRecordAftermath(
  ask: Ask,
  record: InterviewRecord,
  today: IsoDate,
  offered: readonly { date: IsoDate; quote: string }[],
  told?: { outcome: Outcome; quote: string },
  noted: NotedFollowUps = {},
): Promise<SentKind[]> {
  const decisionBy = await askDecisionDate(ask, record.date, offered);
  if (decisionBy) record.decisionBy = decisionBy;
  const candidates = await ask.text(
    'How many candidates are in this round, if you know? (leave empty if not)',
    {
      validate: (v) =>
        v.trim() === '' || /^[1-9]\d{0,3}$/.test(v.trim())
          ? true
          : 'A whole number, like 4, or leave it empty.',
    },
  );
  if (candidates !== '') record.candidates = Number(candidates);
  // before the interview day a note is no follow-up of it
  const since = (deed: NotedDeed): boolean => !deed.on || deed.on >= record.date;
  const checkIn = noted.checkIn;
  const holding = checkIn?.holding && since(checkIn) ? checkIn : undefined;
  record.heardBack = await askHeardBack(ask, record.date, today, told, holding);
  const sent: SentKind[] = [];
  if (
    noted.thankYou &&
    since(noted.thankYou) &&
    (await confirmDeed(ask, 'Sent a thank-you note?', noted.thankYou))
  )
    sent.push('thank-you');
  if (
    checkIn &&
    record.heardBack.kind === 'none' &&
    since(checkIn) &&
    (await confirmDeed(ask, 'Checked in with them already?', checkIn))
  ) {
    sent.push('check-in');
    // its day, so the last check-in and the close count from it
    record.checkedInOn = checkIn.on ?? today;
  }
  return sent;
}
