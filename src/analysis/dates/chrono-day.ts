/**
 * The two conversions between our dates and chrono's, shared by the promised dates and the
 * stated interview day.
 */
import type { IsoDate } from '../../core/dates.js';

/** YYYY-MM-DD from a year, month (1–12) and day, as chrono's components give them. */
export function isoFrom(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The day as an instant for chrono: noon UTC, so no time zone shift moves the day. */
export function noonUtcOf(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}
