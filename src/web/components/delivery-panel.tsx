import type { DeliveryMetrics } from '../../analysis/types.js';
import { percent } from '../format.js';

interface Row {
  label: string;
  value: string;
  note: string;
}

/** Figures from the transcript with a plain word on each: tips to try, never a grade. */
function rowsOf(m: DeliveryMetrics): Row[] {
  const rows: Row[] = [
    {
      label: 'Your share of the words',
      value: percent(m.candidateTalkShare),
      note:
        m.candidateTalkShare < 0.35
          ? 'The interviewer did most of the talking, which can simply mean they were describing the job.'
          : m.candidateTalkShare > 0.75
            ? 'Candidates usually speak for about half to two thirds; pausing after your main point leaves room for questions.'
            : 'A balanced share: you answered fully and left room for the interviewer.',
    },
  ];
  if (m.wordsPerMinute !== undefined) {
    rows.push({
      label: 'Pace',
      value: `${Math.round(m.wordsPerMinute)} words a minute`,
      note:
        m.wordsPerMinute > 180
          ? 'On the quick side; a short pause before each answer helps.'
          : m.wordsPerMinute < 100
            ? 'The timings include pauses, so this may just be thinking time; it is fine to take a breath first.'
            : 'A comfortable conversational pace, as far as timings show.',
    });
  }
  rows.push(
    {
      label: 'Filler words',
      value: `${Math.round(m.fillersPer100Words * 10) / 10} per 100 words`,
      note: m.fillersPer100Words > 3 ? 'Nearly everyone uses them; a brief silence instead tends to sound more fluent.' : 'Few showed up. Automatic transcripts often drop "um"s, so take this as rough.',
    },
    {
      label: '"We" for each "I"',
      value: (Math.round(m.weToIRatio * 100) / 100).toString(),
      note: m.weToIRatio < 0.25 ? 'Where work was shared, naming the team as well as your part tends to land well.' : 'A fair mix of your part and the team’s.',
    },
    {
      label: 'Longest answer',
      value: `${m.longestAnswerWords} words`,
      note: m.longestAnswerWords > 300 ? 'Long answers are easier to follow when you lead with the outcome.' : 'Your answers stayed a manageable length.',
    },
    {
      label: 'Your questions at the end',
      value: m.askedQuestionsAtEnd ? 'Yes' : 'None found',
      note: m.askedQuestionsAtEnd ? 'Asking about the team or the work shows interest.' : 'Two or three questions ready about the team or the work are an easy win next time.',
    },
  );
  return rows;
}

export function DeliveryPanel({ metrics }: { metrics: DeliveryMetrics }) {
  return (
    <dl class="delivery">
      {rowsOf(metrics).map((r) => (
        <div key={r.label} class="delivery-row">
          <dt>{r.label}</dt>
          <dd>
            <strong>{r.value}</strong>
            <span class="muted small">{r.note}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
