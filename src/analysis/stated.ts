/**
 * What notes state of this interview itself: its day (already past), its round and how it was
 * held, offered as defaults the person confirms. The CLI (`analyze --json`, `assess --notes`) and
 * the web page's analysis read it alike. Notes only: a transcript's "today" is the call's own, and
 * its talk of rounds is mostly of other ones.
 */
import type { IsoDate } from '../core/dates.js';
import { statedInterviewDateFrom } from './dates/interview-date.js';
import { statedRoundFrom, type StatedRound } from './stage/stated-round.js';
import type { InputKind, StatedDate } from './types.js';

export interface Stated {
  date?: StatedDate;
  round: StatedRound;
}

export function statedFrom(text: string, kind: InputKind, today: IsoDate): Stated {
  if (kind !== 'notes') return { round: {} };
  const date = statedInterviewDateFrom(text, today);
  return { ...(date ? { date } : {}), round: statedRoundFrom(text) };
}

/** The same, as the JSON answers name it (`statedInterviewDate`, `statedStage`, `statedFormat`), each only when stated. */
export interface StatedFields {
  statedInterviewDate?: StatedDate;
  statedStage?: NonNullable<StatedRound['stage']>;
  statedFormat?: NonNullable<StatedRound['format']>;
}

export function statedFields({ date, round }: Stated): StatedFields {
  return {
    ...(date ? { statedInterviewDate: date } : {}),
    ...(round.stage ? { statedStage: round.stage } : {}),
    ...(round.format ? { statedFormat: round.format } : {}),
  };
}
