import { isoDateWeekday } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { InterviewRecord } from '../record.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof']);
// Past three names a list of first names reads oddly in a greeting.
const MAX_GREETED = 3;

/** "Friday 27 November": no year, because drafts talk about dates a few weeks apart. */
export function dayWords(date: IsoDate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
  return `${WEEKDAYS[isoDateWeekday(date)] ?? ''} ${Number(date.slice(8, 10))} ${month}`;
}

function clean(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** "Dr Jane Smith" greets as "Dr Smith", "Jane Smith" as "Jane". */
function greetingName(fullName: string): string {
  const parts = clean(fullName)
    .split(' ')
    .filter((p) => p !== '');
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && HONORIFICS.has(first.replace(/\.$/, '').toLowerCase())) return `${first} ${last}`;
  return first;
}

export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function interviewerNames(record: InterviewRecord): string[] {
  return (record.interviewers ?? []).map(greetingName).filter((n) => n !== '');
}

export function greeting(record: InterviewRecord, fallback: string): string {
  const names = interviewerNames(record);
  if (names.length === 0) return fallback;
  if (names.length > MAX_GREETED) return 'Hi everyone,';
  return `Hi ${listWords(names)},`;
}

export function roleWords(record: InterviewRecord): string {
  const role = clean(record.role);
  const company = clean(record.company);
  if (role && company) return `the ${role} role at ${company}`;
  if (role) return `the ${role} role`;
  if (company) return `the role at ${company}`;
  return 'the role';
}

export function topicWords(record: InterviewRecord): string | undefined {
  const topics = (record.topics ?? [])
    .map(clean)
    .filter((t) => t !== '')
    .slice(0, 2);
  return topics.length > 0 ? listWords(topics) : undefined;
}

export function signOff(candidateName: string | undefined): string {
  const name = clean(candidateName);
  return name ? `Best regards,\n${name}` : 'Best regards,';
}

export function companyOrTeam(record: InterviewRecord): string {
  return clean(record.company) || 'the team';
}

export function roleOnly(record: InterviewRecord): string | undefined {
  return clean(record.role) || undefined;
}
