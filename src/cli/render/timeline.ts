import { isoDateDiffDays, type IsoDate } from '../../core/dates.js';
import type { Style } from '../style.js';
import { dateWords } from './dates.js';

export interface TimelineInput {
  window: { interview: IsoDate; expectedBy: IsoDate; checkIn: IsoDate; closeAfter: IsoDate };
  today: IsoDate;
  /** True when the employer named the date; else expectedBy is the usual two weeks. */
  promised: boolean;
  /** The day the answer came, once it has: it takes the check-in and closing marks' place. */
  heard?: { on: IsoDate; label: string };
  /** True when the first check-in was sent: the window dates it on that day, done. */
  checkedIn?: boolean;
}

interface Mark {
  date: IsoDate;
  label: string;
  isToday?: boolean;
}

const WIDTH = 56;

/** Column of `date` on an axis from `first` to `last`, `width` cells wide. */
export function columnOf(date: IsoDate, first: IsoDate, last: IsoDate, width = WIDTH): number {
  const span = Math.max(1, isoDateDiffDays(first, last));
  return Math.round((isoDateDiffDays(first, date) / span) * (width - 1));
}

/** As the web page's timeline (components/timeline.tsx): once the answer is in, the day it came. */
export function renderTimeline(
  { window, today, promised, heard, checkedIn = false }: TimelineInput,
  style: Style,
): string {
  const expected: Mark = {
    date: window.expectedBy,
    label: promised ? 'the date they said they would decide by' : 'when word usually comes by',
  };
  const marks: Mark[] = [
    { date: window.interview, label: 'the interview' },
    // the day word was due still tells something when the answer came late, nothing when it came early
    ...(heard && heard.on < window.expectedBy ? [] : [expected]),
    ...(heard
      ? [{ date: heard.on, label: heard.label }]
      : [
          {
            date: window.checkIn,
            label: checkedIn ? 'you checked in' : 'check in if you have heard nothing',
          },
          { date: window.closeAfter, label: 'close the loop and put your energy elsewhere' },
        ]),
    { date: today, label: 'today', isToday: true },
  ].sort((a, b) => isoDateDiffDays(b.date, a.date) || (a.isToday ? 1 : -1));
  const first = marks[0]!.date;
  const last = marks[marks.length - 1]!.date;

  const axis = Array.from({ length: WIDTH }, () => '─');
  for (const m of marks) if (!m.isToday) axis[columnOf(m.date, first, last)] = '●';
  const todayCol = columnOf(today, first, last);
  const pointer = `${' '.repeat(Math.max(0, todayCol - 2))}today`.slice(0, WIDTH + 4);
  const out = [
    `  ${style.yellow(pointer)}`,
    `  ${' '.repeat(todayCol)}${style.yellow('▼')}`,
    `  ${axis.join('')}`,
  ];
  for (const m of marks) {
    const past = isoDateDiffDays(today, m.date) < 0;
    const bullet = m.isToday ? style.yellow('▼') : '●';
    const line = `  ${bullet} ${dateWords(m.date).padEnd(16)} ${m.label}`;
    out.push(m.isToday ? style.bold(line) : past ? style.dim(line) : line);
  }
  return out.join('\n');
}
