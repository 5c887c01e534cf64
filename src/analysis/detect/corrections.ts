/**
 * A writer taking back what they just said: "She smiled a lot. Well, not really, it was
 * more of a grimace." or "He looked bored. Actually no, he was just tired." The retracted
 * sentence (or the part of the sentence before the correction) is no evidence. A narrowing
 * ("Well no, only at the start") keeps it, and "not really" answering a question is a reply,
 * not a correction.
 */
import type { Tok } from '../nlp.js';
import type { Clause, Hit } from './types.js';
import { skipped } from './clauses.js';

/** Words that may open the correction before the marker itself: "well, ...", "ok actually ...". */
const LEAD_IN = new Set([
  'well',
  'ok',
  'okay',
  'um',
  'uh',
  'umm',
  'hmm',
  'oh',
  'erm',
  'er',
  'actually',
  'wait',
]);
/** Markers that agree with a negative claim ("she didn't smile, not really"): they withdraw only a positive one. */
const AGREEING = /(?:not really|not exactly|not quite|maybe not|or not|no,? no)$/;
const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'barely',
  'hardly',
  'nobody',
  'nothing',
  'none',
  'without',
]);
/** Words before the marker itself: "well, ...", "thinking about it, no", "on second thoughts, not really". */
const LEAD =
  '(?:well|ok|okay|oh|um|hmm|erm|i mean|thinking about it|on second thoughts?|on reflection|looking back|in hindsight)';
const LEAD_ONLY = new RegExp(`^(?:${LEAD} ?)+$`);
/** A bare "no" corrects only after a lead-in: "thinking about it, no". */
const LEAD_NO = new RegExp(`^(?:${LEAD},? )+no$`);
/** Markers that stand alone as a clause: they must be followed by punctuation or the end ("no one smiled" is not "no,"). */
const PUNCTUATED = new RegExp(
  `^(?:${LEAD},? )*(?:not really|actually,? no|actually,? not|no,? actually|no,? not really|well,? no|not exactly|not quite|not true|that'?s not (?:true|fair|right|quite right|really true|really fair)|(?:or )?maybe not|or not|i'?m exaggerating|i exaggerate|that'?s an exaggeration|i lie|i lied|no,? no)$`,
);
/** Markers that are corrections whatever follows. */
const ALWAYS =
  /^(?:(?:well|ok|okay|oh|um|hmm|erm|actually),? )*(?:scratch that|strike that|i take (?:that|it) back|no wait|wait,? no|let me rephrase|correction ?:|to correct myself)\b/;
/**
 * Sarcasm tagged on a warm or glowing claim takes it back: "Super friendly. Not.", "Great vibes, said no one ever.",
 * "Warm and welcoming? Yeah right.", "Friendly bunch, I don't think.", "Relaxed, my foot." Like "not really", they
 * agree with a negative claim rather than withdraw it ("He wasn't listening, I don't think").
 */
const SARCASM = new RegExp(
  `^(?:(?:${LEAD}|ha|haha|lol),? )*(?:not|yeah,? right|yeah,? sure|as if|(?:(?:just|only|i'?m|i am) )?kidding|(?:just|only|i'?m|i am) joking|jk|i do not think|i don'?t think|(?:said|says) (?:no ?one|no-one|nobody)(?: ever)?|my (?:foot|arse|backside|bum))$|^(?:said|says) (?:no ?one|no-one|nobody) (?:ever|who|at all|in (?:history|their right mind))\\b`,
);
/**
 * A bare condition with no main clause after it, naming an ordeal: "If you like being ignored for 40 minutes.",
 * "— if you enjoy being interrogated.", "If your idea of friendly is three people frowning at you." The pitch "If you
 * like fast-paced places, you'll love it here" has its main clause after the comma, and a liking for a thing ("if you
 * like small teams") names no ordeal.
 */
const IF_ORDEAL =
  /^if (?:you|u) (?:(?:really|actually) )?(?:like|enjoy|love|fancy|'re into|are into|re into|prefer) (?:being|getting|sitting|waiting|standing|staring|watching|listening|talking to (?:a )?(?:wall|brick))\b|^if your idea of (?:a |an )?[\w-]+ (?:is|was|be|includes?)\b|^if (?:you|u) (?:call|count) (?:that|this|it|[\w-]+ (?:people |men |women )?[\w-]+ing)\b/;

/** "Well no, only at the start": the claim is narrowed, not withdrawn. */
const NARROWING =
  /^,? ?(?:only|just (?:once|twice|at (?:first|the start))|at (?:first|the start|the beginning)|once or twice|for a (?:bit|while|minute|moment)|a (?:bit|little)|not the whole)\b/;
const STOPS = new Set([',', '.', ';', ':', '—', '–', '-', '!', '…', '...']);

/** Surface words from token i up to the first stop after at least one word, and the index of that stop. */
function markerAt(toks: Tok[], i: number, to: number): { words: string; end: number } {
  const words: string[] = [];
  let k = i;
  for (; k < to && words.length < 7; k++) {
    const t = toks[k]!;
    if (skipped(t)) continue;
    if (STOPS.has(t.lower)) {
      // a comma inside the lead-in ("well, not really", "thinking about it, no") does not end the marker
      if (
        t.lower === ',' &&
        words.length &&
        (LEAD_IN.has(words[words.length - 1]!) || LEAD_ONLY.test(words.join(' ')))
      )
        continue;
      break;
    }
    words.push(t.lower === "n't" ? 'not' : t.lower);
  }
  return { words: words.join(' '), end: k };
}

function negative(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NEGATORS.has(toks[k]!.lower)) return true;
  return false;
}

/** Words a correction can open with: most clause starts are ruled out by their first word alone. */
const OPENERS = new Set([
  ...LEAD_IN,
  'not',
  'no',
  'that',
  'or',
  'maybe',
  'i',
  "i'm",
  'im',
  'scratch',
  'strike',
  'let',
  'correction',
  'to',
  'thinking',
  'on',
  'looking',
  'in',
  // sarcasm (SARCASM, IF_ORDEAL)
  'said',
  'says',
  'yeah',
  'as',
  'just',
  'only',
  'kidding',
  'joking',
  'jk',
  'my',
  'ha',
  'haha',
  'lol',
  'if',
]);

/** A sarcastic tag or a bare condition naming an ordeal at token i: it withdraws [from, until) unless that is negative. */
function sarcasmAt(toks: Tok[], i: number, to: number, from: number, until: number): boolean {
  const { words } = markerAt(toks, i, to);
  if (IF_ORDEAL.test(words)) {
    // no main clause after the condition: nothing but the closing stop follows it
    for (let k = i; k < to; k++)
      if (STOPS.has(toks[k]!.lower) && /^[,;:—–-]$/.test(toks[k]!.lower)) return false;
  } else if (!SARCASM.test(words)) return false;
  return !negative(toks, from, until);
}

/** Is there a correction starting at token i (a clause start), taking back [from, i)? */
function correctionAt(toks: Tok[], i: number, to: number, from: number, until: number): boolean {
  let first = i;
  while (first < to && skipped(toks[first]!)) first++;
  if (first >= to || !OPENERS.has(toks[first]!.lower)) return false;
  const { words, end } = markerAt(toks, i, to);
  if (!words) return false;
  if (ALWAYS.test(words)) return true;
  if (sarcasmAt(toks, i, to, from, until)) return true;
  if (!PUNCTUATED.test(words) && !LEAD_NO.test(words)) return false;
  if (AGREEING.test(words) && negative(toks, from, until)) return false;
  const rest: string[] = [];
  for (let k = end; k < Math.min(to, end + 6); k++) if (!skipped(toks[k]!)) rest.push(toks[k]!.lower);
  return !NARROWING.test(rest.join(' '));
}

function endsWithQuestion(toks: Tok[], c: Clause): boolean {
  for (let k = c.to - 1; k >= c.from; k--) {
    const t = toks[k]!;
    if (skipped(t)) continue;
    return t.lower === '?';
  }
  return false;
}

/**
 * Token ranges [from, to) whose evidence a correction withdraws: the whole segment before a
 * segment that opens with a correction, and the part of a segment before a correction inside it.
 */
export function retractedRanges(toks: Tok[], clauses: Clause[]): [number, number][] {
  const out: [number, number][] = [];
  for (let s = 0; s < clauses.length; s++) {
    const c = clauses[s]!;
    const prev = clauses[s - 1];
    // "Warm and welcoming? Yeah right.": sarcasm takes back a question too; "Friendly? Not really." is a reply
    if (
      prev &&
      (endsWithQuestion(toks, prev)
        ? sarcasmAt(toks, c.from, c.to, prev.from, prev.to) &&
          !/^not$/.test(markerAt(toks, c.from, c.to).words)
        : correctionAt(toks, c.from, c.to, prev.from, prev.to))
    ) {
      out.push([prev.from, prev.to]);
      continue;
    }
    // "she smiled a lot - well, not really, more of a grimace"
    for (let k = c.from + 1; k < c.to; k++) {
      // "Next steps: not really" answers a heading, it takes nothing back
      if (c.clauseStart[k] !== k || toks[k - 1]!.lower === ':') continue;
      if (correctionAt(toks, k, c.to, c.from, k)) {
        out.push([c.from, k]);
        break;
      }
    }
  }
  return out;
}

/** Hits outside the withdrawn ranges (given in text order, not overlapping). */
export function withoutRetracted<H extends Pick<Hit, 'from'>>(hits: H[], ranges: [number, number][]): H[] {
  if (!ranges.length) return hits;
  const inside = (at: number): boolean => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = ranges[mid]!;
      if (at < a) hi = mid - 1;
      else if (at >= b) lo = mid + 1;
      else return true;
    }
    return false;
  };
  return hits.filter((h) => !inside(h.from));
}
