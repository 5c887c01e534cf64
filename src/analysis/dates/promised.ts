/**
 * Dates the employer promised for a decision or next contact ("we'll let you know by
 * Friday", "decision in two weeks"). Only sentences about deciding or getting back are
 * read, so a start date or a shift pattern is not mistaken for a promise.
 */
import * as chrono from 'chrono-node';
import { isoDateFrom } from '../../core/dates.js';
import type { PromisedDate } from '../types.js';

const ABOUT_DECISION = /\b(decision|decide|deciding|let (you|me|everyone) know|hear|heard|get back|call|ring|email|contact|in touch|come back|feedback|next steps?|outcome|update|second round|next round|book)\w*\b/i;
const SENTENCE = /[^.!?\n]+[.!?]*/g;
const WITHIN = /\bwithin (\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (day|week)s?\b/gi;
const WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function isoFrom(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addDays(ref: Date, days: number): string {
  const t = new Date(ref.getTime() + days * 86_400_000);
  return isoFrom(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Promised dates resolved against `reference` (YYYY-MM-DD); none when there is no reference. */
export function promisedDatesFrom(text: string, reference: string | undefined): PromisedDate[] {
  const iso = reference ? isoDateFrom(reference) : undefined;
  if (!iso) return [];
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // noon UTC so no time zone shift moves the day
  const ref = new Date(Date.UTC(y, m - 1, d, 12));
  const out: PromisedDate[] = [];
  for (const s of text.matchAll(SENTENCE)) {
    const sentence = s[0];
    if (!ABOUT_DECISION.test(sentence)) continue;
    const base = s.index ?? 0;
    const seen = new Set<number>();
    for (const w of sentence.matchAll(WITHIN)) {
      const n = WORDS[w[1]!.toLowerCase()] ?? Number(w[1]);
      const start = base + (w.index ?? 0);
      seen.add(start);
      out.push({ evidence: { quote: w[0], start, end: start + w[0].length }, date: addDays(ref, n * (w[2]!.toLowerCase() === 'week' ? 7 : 1)) });
    }
    for (const r of chrono.en.GB.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: true })) {
      const start = base + r.index;
      if ([...seen].some((p) => Math.abs(p - start) < 8)) continue;
      const c = r.end ?? r.start;
      const yy = c.get('year');
      const mm = c.get('month');
      const dd = c.get('day');
      if (yy === null || mm === null || dd === null) continue;
      out.push({ evidence: { quote: r.text, start, end: start + r.text.length }, date: isoFrom(yy, mm, dd) });
    }
  }
  return out;
}
