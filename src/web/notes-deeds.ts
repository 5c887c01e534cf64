/**
 * What the notes say the candidate has already sent since the interview (a thank-you note, a
 * check-in), offered on the new-interview page as ticked boxes the person confirms. Saved, a
 * confirmed thank-you or check-in is ticked off in the next steps, as the result page ticks them;
 * a check-in answered "still deciding" is recorded as the holding reply instead, from which the
 * wait (and its check-ins) starts again.
 */
import type { NotesStated } from '../contract/responses.js';
import type { InterviewRecordInput } from '../contract/interview.js';
import { dateWords } from './format.js';
import { firstOfKinds } from '../core/advice/types.js';

export type DeedKind = 'thank-you' | 'check-in';

export interface NotesDeed {
  kind: DeedKind;
  /** The day the notes give, if any (YYYY-MM-DD). */
  on?: string;
  quote: string;
  /** A check-in answered "still deciding": a holding reply. */
  isHolding: boolean;
}

/**
 * The deeds the notes tell that belong to an interview on `date`: one dated before it is about
 * an earlier step (ringing to confirm the time), not a follow-up of this one.
 */
export function deedsFromNotes(stated: NotesStated, date: string): NotesDeed[] {
  const deeds: NotesDeed[] = [];
  const thanks = stated.statedThankYou;
  if (thanks)
    deeds.push({ kind: 'thank-you', ...dayOf(thanks.on), quote: thanks.evidence.quote, isHolding: false });
  const checkIn = stated.statedCheckIn;
  if (checkIn)
    deeds.push({
      kind: 'check-in',
      ...dayOf(checkIn.on),
      quote: checkIn.evidence.quote,
      isHolding: checkIn.reply === 'holding',
    });
  return deeds.filter((d) => d.on === undefined || date === '' || d.on >= date);
}

const dayOf = (on: string | undefined): { on?: string } => (on ? { on } : {});

/** The box's words: what was done, and when, if the notes say. */
export function deedLabel(deed: NotesDeed): string {
  const when = deed.on ? ` on ${dateWords(deed.on, false)}` : '';
  if (deed.kind === 'thank-you') return `I sent a thank-you note${when}`;
  return deed.isHolding
    ? `I checked in${when} and they said they are still deciding`
    : `I have checked in with them${when}`;
}

/** A confirmed check-in answered "still deciding": the holding reply, on its day (else today). */
export function heardBackOf(
  confirmed: readonly NotesDeed[],
  today: string,
): InterviewRecordInput['heardBack'] {
  const holding = confirmed.find((d) => d.kind === 'check-in' && d.isHolding);
  return holding ? { kind: 'update', on: holding.on ?? today } : undefined;
}

/**
 * A confirmed check-in that got no holding reply: the day it was sent (else today), kept in the
 * record so the last check-in and the close count from it.
 */
export function checkedInOnOf(confirmed: readonly NotesDeed[], today: string): string | undefined {
  const sent = confirmed.find((d) => d.kind === 'check-in' && !d.isHolding);
  return sent ? (sent.on ?? today) : undefined;
}

/** The steps to tick off once saved: a confirmed thank-you, a check-in that got no holding reply. */
export function stepsDoneOf(confirmed: readonly NotesDeed[]): DeedKind[] {
  return confirmed.filter((d) => !(d.kind === 'check-in' && d.isHolding)).map((d) => d.kind);
}

/** Of the stored steps, the first of each kind done, unless already ticked: the ones to tick (kind and day find them). */
export function stepsToTick<S extends { kind: string; due: string; done: boolean }>(
  steps: readonly S[],
  kinds: readonly DeedKind[],
): S[] {
  return firstOfKinds(steps, kinds).filter((s) => !s.done);
}
