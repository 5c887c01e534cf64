/** `HH:MM:SS.mmm`, `MM:SS.mmm` or SRT's `HH:MM:SS,mmm` → seconds. */
export function secondsFromTimestamp(value: string): number | undefined {
  const m = /^\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?\s*$/.exec(value);
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1] ?? 0), Number(m[2]), Number(m[3])];
  if (min > 59 || s > 59) return undefined;
  const ms = m[4] ? Number(m[4].padEnd(3, '0')) : 0;
  return h * 3600 + min * 60 + s + ms / 1000;
}

export interface CueTiming {
  startSec?: number;
  endSec?: number;
  /** True when the `-->` line was there but a time could not be read. */
  broken: boolean;
  /** Decimal separator seen: ',' hints at SubRip. */
  comma: boolean;
}

export const TIMING_ARROW = /-->/;

/** Reads a cue timing line; undefined when the line is not one. */
export function cueTimingFrom(line: string): CueTiming | undefined {
  const at = line.indexOf('-->');
  if (at < 0) return undefined;
  const left = line.slice(0, at).trim();
  // Cue settings ("align:start") may follow the end time.
  const right = (
    line
      .slice(at + 3)
      .trim()
      .split(/\s+/)[0] ?? ''
  ).trim();
  // Only a line that is mostly timestamps is a cue timing; "good --> bad" in notes is not.
  const stampish = /^[\d:.,]{3,}$/;
  if (left.length > 16 || !(stampish.test(left) || stampish.test(right))) return undefined;
  const startSec = secondsFromTimestamp(left);
  const endSec = secondsFromTimestamp(right);
  const timing: CueTiming = {
    broken: startSec === undefined || endSec === undefined,
    comma: /\d,\d/.test(line),
  };
  if (startSec !== undefined) timing.startSec = startSec;
  if (endSec !== undefined) timing.endSec = endSec;
  return timing;
}
