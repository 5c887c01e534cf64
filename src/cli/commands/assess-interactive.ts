import { hasCueMarkup } from '../../analysis/transcript/display.js';
import type { StatedDeed, StatedFollowUps } from '../../analysis/index.js';
import type { Analysis } from '../../analysis/types.js';
import { assess, type AssessRequest } from '../../contract/assess.js';
import { isoDateDiffDays, isoDateFrom, type IsoDate } from '../../core/dates.js';
import type { Observations } from '../../core/observation.js';
import { firstOfKinds, stepKey } from '../../core/advice/types.js';
import { CATALOGUE } from '../../core/signs/catalogue.js';
import { CliError } from '../errors.js';
import { write, type CliContext } from '../io.js';
import { inquirerAsk, type Ask } from '../interactive/ask.js';
import { settingsPath, signerName, writeFirstName } from '../record/first-name.js';
import { shortId } from '../record/open.js';
import {
  askRecordAftermath,
  askRecordBasics,
  type NotedDate,
  type NotedFollowUps,
  type NotedJob,
  type NotedRound,
  type SentKind,
} from '../interactive/record-questions.js';
import { askSignsByChannel, confirmFoundSigns } from '../interactive/sign-questions.js';
import { renderReport } from '../render/assessment.js';
import { wrap } from '../render/text.js';
import type { Style } from '../style.js';

export interface DebriefInput {
  ask: Ask;
  say: (line: string) => void;
  today: IsoDate;
  /** The first name kept from an earlier run (or --name): the drafts are signed without asking. */
  knownName?: string;
  /** Re-reads the notes against the interview date once it is known, for "by Friday". */
  analyzeNotes?: (interviewDate: IsoDate) => Promise<Analysis>;
  /** The day the notes say the interview was: the date question's default. */
  notedInterviewDate?: NotedDate;
  /** The round and format the notes give: the stage and format questions' defaults. */
  notedRound?: NotedRound;
  /** The employer and job the notes name: the first two questions' defaults. */
  notedJob?: NotedJob;
  /** The check-in and thank-you the notes say were sent, offered to confirm after the reply question. */
  notedFollowUps?: NotedFollowUps;
}

/** The request, and the steps the person confirmed as already taken (none: absent). */
export interface Debriefed extends AssessRequest {
  sent?: SentKind[];
}

/** The whole conversation, with its I/O injected, so a scripted `Ask` can drive it in tests. */
export async function debrief({
  ask,
  say,
  today,
  knownName,
  analyzeNotes,
  notedInterviewDate,
  notedRound,
  notedJob,
  notedFollowUps,
}: DebriefInput): Promise<Debriefed> {
  // every line the debrief says fits an 80-column terminal
  const tell = (text: string): void => wrap(text, 78).forEach((line) => say(line));
  tell('Let us go over the interview. Arrow keys to choose, Enter to answer, Ctrl-C to stop.');
  say('');
  const { record, candidateName } = await askRecordBasics(
    ask,
    today,
    knownName,
    notedInterviewDate,
    notedRound,
    notedJob,
  );
  const analysis = analyzeNotes ? await analyzeNotes(record.date) : undefined;
  // A decision date lies after the interview; "2pm" on the day itself is not one. One offer per date.
  const offered = (analysis?.promisedDates ?? [])
    .flatMap((p) => {
      const date = isoDateFrom(p.date);
      return date && isoDateDiffDays(record.date, date) > 0 ? [{ date, quote: p.evidence.quote }] : [];
    })
    .filter((o, i, all) => all.findIndex((x) => x.date === o.date) === i);
  // a withdrawal is no answer to "have you heard back?", so only the employer's answers are offered
  const reported = analysis?.reportedOutcome;
  const told =
    reported && reported.outcome !== 'withdrew'
      ? { outcome: reported.outcome, quote: reported.evidence.quote }
      : undefined;
  const sent = await askRecordAftermath(ask, record, today, offered, told, notedFollowUps);

  // The dates answer two questions: a promised date is a next step, and the follow-up clock
  // judges the silence from the interview date, so neither is asked (as in the web app).
  let observations: Observations = record.decisionBy
    ? { 'no-next-steps': { value: 'absent', source: 'user' } }
    : {};
  const catalogue = CATALOGUE.filter((s) => s.id !== 'no-follow-up');
  if (analysis && analysis.signs.length > 0) {
    say('');
    tell(
      `Your notes point to ${analysis.signs.length} sign${analysis.signs.length === 1 ? '' : 's'}. Check each one:`,
    );
    observations = {
      ...observations,
      ...(await confirmFoundSigns(
        ask,
        analysis.signs,
        catalogue,
        say,
        hasCueMarkup(analysis.transcript?.format),
      )),
    };
  } else if (analysis) {
    say('');
    tell('Your notes did not clearly point to any sign, so let us go through them together.');
  }
  say('');
  tell('Now the signs, one kind at a time. "Not sure" is a fine answer; Enter alone skips a question.');
  observations = { ...observations, ...(await askSignsByChannel(ask, catalogue, observations, say)) };
  return {
    interview: record,
    observations,
    ...(candidateName ? { candidateName } : {}),
    ...(sent.length ? { sent } : {}),
  };
}

/** The notes' check-in and thank-you as the questions offer them: a day, the words, a holding reply. */
export function notedFollowUpsOf(followUps: StatedFollowUps | undefined): NotedFollowUps {
  const deed = (d: StatedDeed) => ({ ...(d.on ? { on: d.on } : {}), quote: d.evidence.quote });
  const { checkIn, thankYou } = followUps ?? {};
  return {
    ...(checkIn ? { checkIn: { ...deed(checkIn), holding: checkIn.reply === 'holding' } } : {}),
    ...(thankYou ? { thankYou: deed(thankYou) } : {}),
  };
}

export async function runAssessInteractive(
  ctx: CliContext,
  style: Style,
  today: IsoDate,
  notes?: string,
  save = true,
  name?: string,
): Promise<number> {
  if (!ctx.isStdinTty || !ctx.isStdoutTty) {
    throw new CliError(
      'not-a-terminal',
      'assess asks questions, so it needs a terminal. Run it in one, or use `debrief assess --json FILE` (or `--json -` to read the request from stdin).',
    );
  }
  // The language model loads only to read notes (a few seconds); without them the questions start at once.
  const reader = notes !== undefined ? await import('./analyze.js') : undefined;
  // Read the notes before the first question, so a missing or unreadable file fails at once.
  const notesRead =
    notes !== undefined && reader ? await reader.loadAnalysis(ctx, { source: notes }, today) : undefined;
  const say = (line: string): void => write(ctx.stdout, line);
  const ask = inquirerAsk(style.dim);
  const settings = settingsPath();
  // --no-save keeps nothing, not even a name given here
  const knownName = signerName(settings, name, save);
  const stated = notesRead?.stated;
  const notedDate = stated ? isoDateFrom(stated.date) : undefined;
  const round = notesRead?.round;
  const notedRound: NotedRound = {
    ...(round?.stage ? { stage: { stage: round.stage.stage, quote: round.stage.evidence.quote } } : {}),
    ...(round?.format ? { format: { format: round.format.format, quote: round.format.evidence.quote } } : {}),
  };
  const { sent = [], ...request } = await debrief({
    ask,
    say,
    today,
    knownName,
    ...(stated && notedDate ? { notedInterviewDate: { date: notedDate, quote: stated.evidence.quote } } : {}),
    notedRound,
    notedJob: {
      ...(notesRead?.job.company ? { company: notesRead.job.company.name } : {}),
      ...(notesRead?.job.role ? { role: notesRead.job.role.title } : {}),
      ...(notesRead?.interviewers.length ? { interviewers: notesRead.interviewers.map((p) => p.name) } : {}),
    },
    notedFollowUps: notedFollowUpsOf(notesRead?.followUps),
    ...(notes !== undefined && reader && notesRead
      ? {
          // read again, from the text already read, against the interview date for "by Friday"
          analyzeNotes: async (interviewDate: IsoDate) =>
            reader.analysisOf(notesRead.text, { source: notes, interviewDate }, today),
        }
      : {}),
  });
  if (save && !knownName && request.candidateName) {
    writeFirstName(settings, request.candidateName);
    say(style.dim(`Your name is kept to sign the drafts next time (change it with --name).`));
  }
  const result = assess(request, today);
  const heard = request.interview.heardBack?.kind === 'outcome' ? request.interview.heardBack : undefined;
  // with the answer in, what the signs pointed to the day it came, as `show` says it
  const before = heard
    ? assess({ ...request, interview: withoutAnswer(request.interview) }, heard.on)
    : undefined;
  write(
    ctx.stdout,
    renderReport(
      result,
      style,
      request.interview.decisionBy !== undefined,
      request.observations,
      heard,
      before,
      firstStepsOf(result.nextSteps, sent),
    ),
  );
  if (save && (await askToSave(ask, request, say))) {
    // the record (SQLite or PostgreSQL) loads only now, when it is needed
    const { saveToRecord } = await import('./save.js');
    const saved = await saveToRecord(
      request,
      today,
      ctx,
      notesRead && { text: notesRead.text, format: notesRead.analysis.kind },
      sent,
    );
    say('');
    say(`Saved as ${style.bold(shortId(saved.id))} in ${saved.where}.`);
    const id = shortId(saved.id);
    const hint = savedHint(id, request);
    for (const line of wrap(hint, 78, '')) say(style.dim(line));
  }
  return 0;
}

/** The first step of each kind taken (the first check-in, not the last), by stepKey. */
export function firstStepsOf(
  steps: readonly { kind: string; due: string }[],
  kinds: readonly SentKind[],
): Set<string> {
  return new Set(firstOfKinds(steps, kinds).map(stepKey));
}

const hasAnswer = (request: AssessRequest): boolean => request.interview.heardBack?.kind === 'outcome';

/** Where to find a saved interview again; what to do when the answer comes, unless it has come. */
function withoutAnswer(interview: AssessRequest['interview']): AssessRequest['interview'] {
  const { heardBack: _answer, ...rest } = interview;
  return rest;
}

export function savedHint(id: string, request: AssessRequest): string {
  const again = `See it again with \`debrief show ${id}\`, all of them with \`debrief list\`, or on the web page (npm start).`;
  return hasAnswer(request)
    ? `${again} The answer you heard is recorded as its outcome.`
    : `${again} When you hear back: \`debrief outcome ${id} offer|rejected|…\``;
}

/** Asks to keep the interview; without a company or role yet, asks for a label to find it by. */
export async function askToSave(
  ask: Ask,
  request: AssessRequest,
  say: (line: string) => void,
): Promise<boolean> {
  say('');
  const keep = await ask.choose(
    'Save this interview to your record?',
    [
      {
        value: true,
        name: 'Yes',
        description: hasAnswer(request)
          ? 'Keep it with the answer you heard, so the estimate learns from it'
          : 'Keep it, with the outcome later, so the estimate learns from it',
      },
      { value: false, name: 'No', description: 'Forget it when this ends' },
    ],
    true,
  );
  if (!keep) return false;
  if (!request.interview.company && !request.interview.role) {
    const label = await ask.text('A name to find it by later, like the company (optional)');
    if (label) request.interview.company = label;
  }
  return true;
}
