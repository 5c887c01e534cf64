import type { AssessResult, AssessStep } from '../../contract/assess.js';
import { isUpcoming, waitEndedWords } from '../../contract/when-words.js';
import { stepKey } from '../../core/advice/types.js';
import type { IsoDate } from '../../core/dates.js';
import type { SilenceState } from '../../core/model/types.js';
import type { Observations } from '../../core/observation.js';
import type { Outcome } from '../../core/record.js';
import type { Style } from '../style.js';
import { renderFactorChart } from './chart.js';
import { renderOutcomeHeadline } from './outcome-headline.js';
import { OUTCOME_WORDS } from './outcome-words.js';
import { dateWords, relativeDays } from './dates.js';
import { percent, wrap } from './text.js';
import { renderTimeline } from './timeline.js';

const WIDTH = 78;

function silenceWords(s: SilenceState): string | undefined {
  switch (s.phase) {
    case 'too-early':
      return 'It is early: most employers have not answered yet at this point, so silence means nothing so far.';
    case 'waiting':
      return 'You are around the time word was expected. A few days of silence here is normal.';
    case 'overdue':
      return 'It has been longer than expected. Silence now counts a little against, but delays are common.';
    case 'likely-ghosted':
      return 'It has been a long time without word. Many employers never send a rejection; it is fair to move on.';
    case 'heard-back':
      return 'You have heard back, so this figure now counts that news more than the signs.';
    case 'no-dates':
      return undefined;
  }
}

export function renderHeadline(r: AssessResult, style: Style): string {
  const [lo, hi] = r.range;
  const out = [
    `  ${style.bold(`About ${percent(r.probability)}`)} chance you move forward, ${style.bold(r.bandLabel)}.`,
    `  ${style.dim(`An honest range is ${percent(lo)} to ${percent(hi)}: interview signs are weak evidence.`)}`,
    ...wrap(`Started from ${percent(r.prior.probability)}: ${r.prior.source}`, WIDTH, '  ').map(style.dim),
  ];
  // an interview still to come has no wait to read: "silence means nothing so far" would talk of one
  const silence = isUpcoming(r.window.interview, r.asOf)
    ? `The interview is ${relativeDays(r.window.interview, r.asOf)}: the follow-up clock starts after it.`
    : silenceWords(r.silence);
  if (silence) out.push(...wrap(silence, WIDTH, '  '));
  return out.join('\n');
}

function renderStep(step: AssessStep, index: number, today: IsoDate, style: Style, isDone = false): string[] {
  // a step the person has taken keeps its place, marked, so the list still reads in order
  if (isDone) return [`  ${index + 1}. ${style.dim(`${step.title}: done`)}  ${style.green('✓')}`];
  const when = `${dateWords(step.due, false)} (${relativeDays(step.due, today)})`;
  const out = [
    `  ${index + 1}. ${style.bold(step.title)}  ${style.cyan(when)}`,
    ...wrap(step.detail, WIDTH, '     '),
  ];
  if (step.draft) {
    const bar = style.dim('│');
    out.push(
      `     ${style.dim('┌ draft')}`,
      ...wrap(`Subject: ${step.draft.subject}`, WIDTH - 7, '').map(
        (line, i) =>
          `     ${bar} ${i === 0 ? line.replace(/^Subject:/, style.bold('Subject:')) : `  ${line}`}`,
      ),
      `     ${bar}`,
    );
    // the body sits behind "     │ ", so it wraps that much narrower to stay within WIDTH
    for (const line of wrap(step.draft.body, WIDTH - 7, ''))
      out.push(line === '' ? `     ${bar}` : `     ${bar} ${line}`);
    out.push(`     ${style.dim('└')}`);
  }
  return out;
}

/** `done`: the steps already taken (a thank-you sent, a step ticked off on the web), by stepKey. */
export function renderSteps(r: AssessResult, style: Style, done: ReadonlySet<string> = new Set()): string {
  if (r.nextSteps.length === 0) return style.dim('  Nothing to do for now.');
  return r.nextSteps.flatMap((s, i) => renderStep(s, i, r.asOf, style, done.has(stepKey(s)))).join('\n');
}

/**
 * `observations` are the answers given: the chart marks and explains those answered "Not sure".
 * `heard`, when an outcome is recorded, leads the report and names what the prep advice is for;
 * `before` is then the estimate as it stood the day it came, shown as what the signs pointed to.
 */
export function renderReport(
  r: AssessResult,
  style: Style,
  promisedDate: boolean,
  observations: Observations = {},
  heard?: { outcome: Outcome; on: IsoDate },
  before?: AssessResult,
  /** The steps the person has already taken, by stepKey. */
  done: ReadonlySet<string> = new Set(),
): string {
  const outcome = heard?.outcome;
  const unsure = new Set(
    Object.entries(observations).flatMap(([id, o]) => (o?.value === 'unsure' ? [id] : [])),
  );
  const section = (title: string): string => `\n${style.bold(style.underline(title))}\n`;
  // once the answer is in, the live figure only restates it: the answer leads, the signs follow
  const head = outcome
    ? [section('How it ended'), renderOutcomeHeadline(outcome, before, style)]
    : [section('Estimate'), renderHeadline(r, style)];
  const parts = [
    ...head,
    section(outcome && before ? 'What the signs said' : 'What moved it'),
    outcome && before
      ? renderFactorChart(before.factors, style, unsure, true)
      : renderFactorChart(r.factors, style, unsure),
    // once the wait is over there is nothing left to chase: the timeline tells how it went, as on the web
    ...(heard
      ? [
          section('Timeline'),
          ...wrap(
            waitEndedWords(heard, r.window, promisedDate ? r.window.expectedBy : undefined, (d) =>
              dateWords(d, false),
            ),
            WIDTH,
            '  ',
          ),
          '',
          renderTimeline(
            {
              window: r.window,
              today: r.asOf,
              promised: promisedDate,
              heard: { on: heard.on, label: OUTCOME_WORDS[heard.outcome] },
            },
            style,
          ),
        ]
      : [
          section('Follow-up window'),
          // an answer in the record that the caller did not pass: nothing left to wait for or chase
          r.silence.phase === 'heard-back'
            ? '  The follow-up clock has stopped: you have heard back.'
            : renderTimeline(
                {
                  window: r.window,
                  today: r.asOf,
                  promised: promisedDate,
                  // a check-in done is dated the day it was sent, so its step's key names it
                  checkedIn: done.has(stepKey({ kind: 'check-in', due: r.window.checkIn })),
                },
                style,
              ),
        ]),
    section('Next steps'),
    renderSteps(r, style, done),
  ];
  if (r.prep.length > 0) {
    parts.push(section(outcome === 'next-round' ? 'For the next round' : 'For next time'));
    for (const p of r.prep)
      parts.push(
        `  ${style.bold(p.title)}`,
        ...p.tips.flatMap((t) =>
          wrap(t, WIDTH, '    • ').map((l, i) => (i === 0 ? l : `      ${l.slice(6)}`)),
        ),
      );
  }
  if (r.selfAssessment.length > 0) {
    parts.push(
      section('Ask yourself, too'),
      ...r.selfAssessment.flatMap((q) => wrap(q.question, WIDTH, '  • ')),
    );
  }
  parts.push(
    '',
    style.dim(
      wrap(
        'This is an estimate from what you noticed, not a verdict. Only the employer knows, and they often decide on things no interview shows.',
        WIDTH,
        '',
      ).join('\n'),
    ),
  );
  return parts.join('\n');
}
