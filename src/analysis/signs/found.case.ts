/** What the per-sign tests ask of the analyzer, written once: which signs a text gives. */
import type { SignId } from '../../core/signs/ids.js';
import { detectInNotes, detectInTranscript } from '../detect/run.js';
import { analyze } from '../index.js';
import type { Transcript } from '../types.js';

/** Every sign the whole analysis finds in `text`. */
export function signsIn(text: string): Set<SignId> {
  const r = analyze(text, {});
  if (!r.ok) throw new Error(r.error.message);
  return new Set(r.value.signs.map((s) => s.id));
}

export const hasSign = (text: string, id: string): boolean => signsIn(text).has(id as SignId);

/** The signs read from `text` as notes, without the transcript check or the input limits. */
export const notesSigns = (text: string): Set<SignId> => new Set(detectInNotes(text).map((s) => s.id));

/** A predicate for one sign, read as notes. */
export const foundInNotes =
  (id: SignId) =>
  (text: string): boolean =>
    detectInNotes(text).some((s) => s.id === id);

/**
 * The signs heard in a call of `[speaker, words]` lines, the candidate being "Sam": the turns are
 * built by hand, so a test speaks to the dialogue layer without a transcript format in the way.
 */
export function heardInCall(lines: [string, string][]): Set<SignId> {
  let text = '';
  const turns = [];
  for (const [speaker, said] of lines) {
    const at = text.length;
    text += said + '\n';
    turns.push({ speaker, text: said, spans: [{ start: at, end: at + said.length }] });
  }
  const t = { turns, candidate: { name: 'Sam' } } as unknown as Transcript;
  return new Set(detectInTranscript(text, t).map((s) => s.id));
}
