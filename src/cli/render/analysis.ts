import type {
  Analysis,
  DeliveryMetrics,
  FoundSign,
  ReportedOutcome,
  StatedDate,
} from '../../analysis/types.js';
import type { StatedRound } from '../../analysis/stage/stated-round.js';
import type { StatedFollowUps } from '../../analysis/stated-follow-ups.js';
import type { StatedJob } from '../../analysis/stated-job.js';
import type { StatedInterviewer } from '../../analysis/stated-interviewers.js';
import { isoDateFrom } from '../../core/dates.js';
import { CATALOGUE } from '../../core/signs/catalogue.js';
import { SIGN_META, type SignId } from '../../core/signs/ids.js';
import type { Style } from '../style.js';
import { dateWords } from './dates.js';
import { evidenceLines, highlightText, spansWithin, type TaggedSpan } from './highlight.js';
import { lineRanges, wrap } from './text.js';
import { FORMAT_NAMES as HELD_NAMES, STAGE_NAMES } from './round-words.js';

export interface Guidance {
  id: string;
  text: string;
}

const FORMAT_NAMES: Record<Analysis['kind'], string> = {
  notes: 'notes',
  'webvtt-voice': 'a WebVTT transcript',
  'webvtt-prefix': 'a WebVTT transcript',
  srt: 'an SRT transcript',
  'zoom-captions': 'Zoom captions',
  'plain-speaker': 'a "Name: text" transcript',
};

// Leaves room on an 80-column terminal for the (n) marks after evidence.
const TEXT_WIDTH = 72;

export function signTitle(id: SignId): string {
  return CATALOGUE.find((s) => s.id === id)?.title ?? id;
}

/** Words, not just a number: the analyzer's confidence is itself a rough measure. */
export function confidenceWords(confidence: number): string {
  if (confidence >= 0.8) return 'clear';
  if (confidence >= 0.5) return 'likely';
  return 'a hint';
}

function signLines(signs: readonly FoundSign[], transcript: boolean, style: Style): string[] {
  if (signs.length === 0)
    return [
      style.dim(
        transcript
          ? '  No signs found. That is not bad news: many calls are just questions and answers.'
          : '  No signs found. That is not bad news: notes often just describe what happened.',
      ),
    ];
  return signs.map((s, i) => {
    const positive = SIGN_META[s.id].polarity === 'positive';
    const mark = positive ? style.green('+') : style.red('-');
    const conf = `${confidenceWords(s.confidence)}, ${s.confidence.toFixed(2)}`;
    return `  (${i + 1}) ${mark} ${signTitle(s.id)} ${style.dim(`[${s.id}; ${conf}]`)}`;
  });
}

function bullet(text: string): string[] {
  return wrap(text, 76, '    ').map((line, i) => (i === 0 ? `  • ${line.slice(4)}` : line));
}

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

function metricLines(m: DeliveryMetrics): string[] {
  const lines = [
    `  Your share of the words     ${percent(m.candidateTalkShare)}`,
    `  Filler words per 100        ${m.fillersPer100Words.toFixed(1)}`,
    `  "we" for each "I"           ${m.weToIRatio.toFixed(2)}`,
    `  Variety of words            ${m.uniqueWordRatio.toFixed(2)}`,
    `  Longest answer              ${m.longestAnswerWords} words`,
    `  You asked questions at the end: ${m.askedQuestionsAtEnd ? 'yes' : 'no'}`,
    `  They laid out next steps: ${m.interviewerLaidOutNextSteps ? 'yes' : 'no'}`,
  ];
  if (m.wordsPerMinute !== undefined)
    lines.splice(1, 0, `  Speaking pace               ${Math.round(m.wordsPerMinute)} words a minute`);
  return lines;
}

const REPORTED: Record<ReportedOutcome['outcome'], string> = {
  offer: 'You wrote that they offered you the job. Congratulations: that is your answer.',
  rejected: 'You wrote that they said no. That is your answer, and it is not a verdict on you.',
  'next-round': 'You wrote that you are through to the next round. That is your answer for this one.',
  withdrew: 'You wrote that you withdrew, so this one is settled.',
};

/** The answer the notes already tell: an estimate is beside the point once it is known. */
function reportedLines(reported: ReportedOutcome, style: Style): string[] {
  return [
    style.bold('What you wrote already answers it'),
    ...bullet(`${REPORTED[reported.outcome]} ("${reported.evidence.quote}")`),
    style.dim('  `debrief assess --notes FILE` records it with the interview, so Debrief learns from it.'),
  ];
}

/**
 * `text` from `range.start` to `range.end`, wrapped at spaces before marking, so the terminal never
 * breaks a word and the marks stay put.
 */
function markedLines(
  text: string,
  range: { start: number; end: number },
  spans: readonly TaggedSpan[],
  paint: Parameters<typeof highlightText>[2],
): string[] {
  return lineRanges(text.slice(range.start, range.end), TEXT_WIDTH).map((piece) => {
    const start = range.start + piece.start;
    const end = range.start + piece.end;
    // evidence that runs on to the next line gets its number where it ends
    const carried = new Set(spans.filter((sp) => sp.start < end && sp.end > end).map((sp) => sp.tag));
    return highlightText(text.slice(start, end), spansWithin(spans, start, end), paint, carried);
  });
}

export function renderAnalysis(
  text: string,
  analysis: Analysis,
  style: Style,
  guidance: readonly Guidance[],
  /** The day the text gives for the interview, which its promised dates count from. */
  stated?: StatedDate,
  /** The round and format the notes give for this interview. */
  round?: StatedRound,
  /** The employer and job the notes name. */
  job?: StatedJob,
  /** The people the notes say interviewed. */
  interviewers: readonly StatedInterviewer[] = [],
  /** What the notes say was sent since the interview. */
  followUps: StatedFollowUps = {},
): string {
  const out: string[] = [];
  const t = analysis.transcript;
  const who = t?.candidate
    ? `; you are ${t.candidate.name}${t.candidate.how === 'guessed' ? ' (a guess: use --candidate NAME if wrong)' : ''}`
    : '';
  out.push(
    ...wrap(
      `Read as ${FORMAT_NAMES[analysis.kind]}${t ? `, ${t.speakers.length} speaker${t.speakers.length === 1 ? '' : 's'}${who}` : ''}.`,
      78,
    ).map(style.bold),
    '',
  );

  const spans: TaggedSpan[] = analysis.signs.flatMap((s, i) =>
    s.evidence.map((e) => ({ start: e.start, end: e.end, tag: i + 1 })),
  );
  const positiveTags = new Set(
    analysis.signs.map((s, i) => (SIGN_META[s.id].polarity === 'positive' ? i + 1 : 0)),
  );
  const paint = {
    enabled: style.enabled,
    mark: (piece: string, tags: number[]) =>
      style.underline(tags.every((tg) => positiveTags.has(tg)) ? style.green(piece) : style.yellow(piece)),
    label: style.dim,
  };
  if (t) {
    // A whole transcript is long; its evidence lines are what the reader wants.
    const lines = evidenceLines(text, spans);
    let previousEnd = -1;
    for (const line of lines) {
      if (previousEnd >= 0 && text.slice(previousEnd, line.start).trim() !== '') out.push(style.dim('  …'));
      out.push(...markedLines(text, line, spans, paint).map((l) => `  ${l}`));
      previousEnd = line.end;
    }
    if (lines.length > 0) out.push('');
  } else {
    out.push(...markedLines(text, { start: 0, end: text.trimEnd().length }, spans, paint), '');
  }

  if (analysis.reportedOutcome) out.push(...reportedLines(analysis.reportedOutcome, style), '');

  out.push(style.bold('Signs found'), ...signLines(analysis.signs, t !== undefined, style), '');

  if (round?.stage || round?.format || job?.company || job?.role || interviewers.length > 0)
    out.push(
      style.bold('Which interview it was'),
      ...(job?.company ? [`  "${job.company.evidence.quote}" → the employer`] : []),
      ...(job?.role ? [`  "${job.role.evidence.quote}" → the job`] : []),
      ...(interviewers.length > 0
        ? [`  ${interviewers.map((p) => `"${p.evidence.quote}"`).join(', ')} → who interviewed you`]
        : []),
      ...(round?.stage ? [`  "${round.stage.evidence.quote}" → ${STAGE_NAMES[round.stage.stage]}`] : []),
      ...(round?.format ? [`  "${round.format.evidence.quote}" → ${HELD_NAMES[round.format.format]}`] : []),
      '',
    );

  const statedDate = stated ? isoDateFrom(stated.date) : undefined;
  if (stated && statedDate)
    out.push(
      style.bold('When the interview was'),
      `  "${stated.evidence.quote}" → ${dateWords(statedDate)}`,
      '',
    );

  const { checkIn, thankYou } = followUps;
  const on = (d: { on?: string }) => {
    const day = d.on ? isoDateFrom(d.on) : undefined;
    return day ? `, ${dateWords(day)}` : '';
  };
  if (checkIn || thankYou)
    out.push(
      style.bold('What you have sent since'),
      ...(thankYou ? [`  "${thankYou.evidence.quote}" → a thank-you note${on(thankYou)}`] : []),
      ...(checkIn
        ? [
            `  "${checkIn.evidence.quote}" → ${checkIn.reply === 'holding' ? 'a check-in, answered "still deciding"' : 'a check-in'}${on(checkIn)}`,
          ]
        : []),
      '',
    );

  if (analysis.promisedDates.length > 0) {
    out.push(style.bold(stated ? 'Dates they mentioned (counted from that day)' : 'Dates they mentioned'));
    for (const p of analysis.promisedDates) {
      const date = isoDateFrom(p.date);
      out.push(`  "${p.evidence.quote}" → ${date ? dateWords(date) : p.date}`);
    }
    out.push('');
  }

  if (analysis.delivery) {
    out.push(style.bold('How you came across (from the transcript)'), ...metricLines(analysis.delivery));
    if (guidance.length > 0) out.push('', ...guidance.flatMap((g) => bullet(g.text)));
    out.push(style.dim('  These are habits worth knowing about, not a grade.'), '');
  }

  if (analysis.warnings.length > 0) {
    out.push(style.bold('Notes on the reading'), ...analysis.warnings.flatMap((w) => bullet(w.message)), '');
  }
  out.push(
    ...wrap(
      'Signs are weak evidence on their own. `debrief assess --notes FILE` turns them into an estimate.',
      78,
    ).map(style.dim),
  );
  return out.join('\n');
}
