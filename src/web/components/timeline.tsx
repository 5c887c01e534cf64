import type { IsoDate } from '../../core/dates.js';
import { isoDateDiffDays } from '../../core/dates.js';
import type { NextStep, Plan } from '../../core/advice/types.js';
import { dateWords, relativeDays } from '../format.js';

interface Point {
  date: IsoDate;
  label: string;
  kind: 'milestone' | 'step' | 'today';
}

/**
 * The follow-up window as a line with its milestones, steps and today marked. Once the answer is
 * in (`heard`), the check-in and closing milestones are moot, so the day it came takes their place
 * (and a due date it beat goes too). A check-in already sent (`checkedIn`) is told as done on its day.
 */
export function Timeline({
  window: w,
  steps,
  today,
  heard,
  checkedIn = false,
}: {
  window: Plan['window'];
  steps: readonly NextStep[];
  today: IsoDate;
  heard?: { on: IsoDate; label: string };
  checkedIn?: boolean;
}) {
  const points: Point[] = [
    { date: w.interview, label: 'Interview', kind: 'milestone' },
    // the date word was due still tells something when the answer came late, nothing when it came early
    ...(heard && heard.on < w.expectedBy
      ? []
      : [{ date: w.expectedBy, label: 'Word expected by', kind: 'milestone' as const }]),
    ...(heard
      ? [{ date: heard.on, label: heard.label, kind: 'milestone' as const }]
      : [
          { date: w.checkIn, label: checkedIn ? 'Checked in' : 'Check in', kind: 'milestone' as const },
          { date: w.closeAfter, label: 'Treat as closed after', kind: 'milestone' as const },
        ]),
  ];
  const first = [w.interview, today, ...steps.map((s) => s.due)].sort()[0] as IsoDate;
  const last = [...points.map((p) => p.date), today, ...steps.map((s) => s.due)].sort().at(-1) as IsoDate;
  const span = Math.max(1, isoDateDiffDays(first, last));
  const at = (d: IsoDate) => `${(isoDateDiffDays(first, d) / span) * 100}%`;
  // The check-in and closing steps fall on their milestones' days and say the same thing; every
  // other step gets a line of its own, so each mark on the track has its line in the list.
  const stepPoints: Point[] = steps
    .filter((s) => s.due !== w.checkIn && s.due !== w.closeAfter)
    .map((s) => ({ date: s.due, label: s.title, kind: 'step' as const }));
  const list: Point[] = [
    ...points,
    ...stepPoints,
    { date: today, label: 'Today', kind: 'today' as const },
  ].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.kind === 'today' ? 1 : 0) - (b.kind === 'today' ? 1 : 0),
  );
  // Near the right end the "Today" label reads leftwards, so it never runs off a phone screen.
  const todayAt = isoDateDiffDays(first, today) / span;
  return (
    <div class="timeline">
      <div class="timeline-track" aria-hidden="true">
        {points.map((p) => (
          <span
            key={p.label}
            class="tl-dot"
            style={{ left: at(p.date) }}
            title={`${p.label}: ${dateWords(p.date)}`}
          />
        ))}
        {steps.map((s) => (
          <span key={`${s.kind}${s.due}`} class="tl-step" style={{ left: at(s.due) }} />
        ))}
        <span class={`tl-today${todayAt > 0.8 ? ' is-end' : ''}`} style={{ left: at(today) }}>
          <span>Today</span>
        </span>
      </div>
      <ol class="timeline-list">
        {list.map((p) => (
          <li
            key={`${p.label}${p.date}`}
            class={[
              p.kind === 'today' ? 'is-today' : p.date < today ? 'is-past' : '',
              p.kind === 'step' ? 'is-step' : '',
            ]
              .filter(Boolean)
              .join(' ')}
          >
            <span class="tl-date">{dateWords(p.date, false)}</span>
            <span>{p.label}</span>
            {p.kind !== 'today' && <span class="muted small">{relativeDays(p.date, today)}</span>}
          </li>
        ))}
      </ol>
      <p class="timeline-key muted small" aria-hidden="true">
        {/* Each mark stays with its words when the key wraps on a phone. */}
        <span class="key-item">
          <span class="key key-milestone" /> Dates to watch
        </span>
        <span class="key-item">
          <span class="key key-step" /> A step to take
        </span>
        <span class="key-item">
          <span class="key key-today" /> Today
        </span>
      </p>
    </div>
  );
}
