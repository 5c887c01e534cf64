import type { SignId } from '../../core/signs/ids.js';

/** Who the words are about (notes) or who says them (transcripts). */
export type Role = 'interviewer' | 'candidate' | 'any';

/**
 * One cue of a sign, as data. `re` runs over a clause's lemma string (lower case,
 * tokens joined by single spaces, quotes dropped): "folded his arms" reads "fold his arm".
 */
export interface Cue {
  re: RegExp;
  /** Match the lower-cased surface string instead of lemmas (for fixed phrases lemmas garble). */
  surface?: boolean;
  /** Notes: whose behaviour the cue describes. A first-person subject blocks `interviewer` cues. */
  who?: Role;
  /** Transcripts: who must say it. Unset means the cue is for notes only. */
  says?: Role;
  /** Also run on notes when `says` is set. */
  notes?: boolean;
  /** What a negation in front means: drop the cue (default), ignore it, or count for another sign. */
  neg?: 'block' | 'ignore' | SignId;
  /** Counting weight; signs with `minWeight` need the total to reach it. */
  weight?: number;
  /** 0..1 base confidence; default 0.75. */
  conf?: number;
  /** Skip the worry check: the cue already names the feeling as fact ("I was so nervous"). */
  worryOk?: boolean;
  /**
   * Count every match in a segment, not just the first: "said my CV was thin, and that my degree was irrelevant".
   * Only with `surface` (one pass), so no span is counted once from lemmas and again from the surface.
   */
  repeats?: boolean;
  /** Notes: also run over a question joined with the reply after it (detect/qa-links.ts); `only`: just there. */
  qa?: boolean | 'only';
  /**
   * Transcripts: the kind of turn the cue needs (detect/turn-kind.ts). `reply`: said straight after the
   * candidate and not opening a set question, as a follow-up is; `telling`: not a short turn ending on a
   * question, where naming a tool asks about the candidate's skills rather than telling of the job;
   * `untimed`: not a turn keeping the panel's time, where "one second" is no distraction.
   */
  turn?: 'reply' | 'telling' | 'untimed';
  /**
   * Notes: a sign found by this cue is never vetoed by the learned layer. For wording that settles the sign by
   * itself ("offered me the job on the spot"), which turns up in real published stories, where the vetoes are
   * right about as often as wrong (docs/decisions/0005, sessions 13 and 22).
   */
  firm?: boolean;
  /**
   * A sticky regex tried where a match starts (in the same string, so its lookbehinds read what came before):
   * when it matches, that match is passed over. For a family of look-alikes that would cost a lookahead at every
   * position if put in front of `re` (session 25: praise of the CV or a certificate, praise from a careers adviser).
   */
  notAt?: RegExp;
}

export interface SignPatterns {
  id: SignId;
  cues: Cue[];
  /** Sum of cue weights needed before the sign is reported (default 1). */
  minWeight?: number;
  /** The sum needed in a whole call (20 turns or more), which holds all the talk, not a summary (default minWeight). */
  callMinWeight?: number;
  /** Let one cue count again within a sentence ("pushed back on X, then questioned Y"). */
  repeats?: boolean;
  /**
   * Signs that contradict this one and, found in the same text, are the likelier reading: resting on one mention
   * (cue weight under 2), this one is dropped.
   */
  yieldsTo?: readonly SignId[];
}

export interface Clause {
  /** Token index range [from, to) into the document's tokens. */
  from: number;
  to: number;
  lemmas: string;
  surface: string;
  /** First token of each token's clause, indexed by document token index. */
  clauseStart: Int32Array;
  /** Speaker role in transcripts; undefined for notes. */
  role?: 'interviewer' | 'candidate';
  /** Position of the clause's sentence from the end of the text, 0 = last. */
  fromEnd: number;
}

export interface Hit {
  id: SignId;
  cue: Cue;
  clause: Clause;
  /** Token range of the match. */
  from: number;
  to: number;
  confidence: number;
}
