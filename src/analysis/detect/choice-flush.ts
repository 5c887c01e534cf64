/**
 * Smaller scanner machine code: an empty lookahead at the entry of every alternation.
 *
 * V8 compiles the part of a regex that follows a choice (an alternation, `?`, a bounded
 * repetition it unrolls) once per path into it, up to ten copies, as long as what it knows
 * about the path (the "trace": a quick check done, characters preloaded, a backtrack target)
 * differs. A word list read after optional words, as in a lookbehind's
 * `(?:kids|children|...)(?: was|'s) (?:\w+ )?\w+` (read right to left), was thus compiled
 * several times over: the cue scanners held ~50 MB of optimized code, positive-atmosphere's
 * alone 1.2 MB, for ~18 MB unoptimized. A lookaround's start makes V8 drop the trace and
 * compile what follows once, shared by every path, and `(?=)` is always true and reads
 * nothing, so the regex matches exactly as before, with the same groups: measured on the
 * notes scanners, ~50 → ~19 MB of optimized code (unoptimized ~18 MB, unchanged).
 *
 * "Entry" is the side the matcher reads first: before the group in forward reading, after it
 * (and its quantifier) inside a lookbehind, which V8 reads right to left.
 */

const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;
/**
 * What may stand before an alternation the scanner reads first, within its alternative: a
 * first-character guard, `\\b`, group openings. Such an alternation is left as it is, in every
 * alternative of a leading alternation too ("(\\b(by|before) ...)|(\\b(ring|call) ...)"): V8 tries
 * it at every position of the subject, and a flush in front of it costs that try its quick check
 * (a flush at the first made the 1 MB notes ~2% slower; at each top-level alternative's first,
 * timeline-given's scanner ran twice as long, and detailed-role-info's shift-pattern cue four times).
 */
const LEAD = /^(?:\(\?=\[(?:[^\]\\]|\\.)*\]\)|\\b|\(\?=\(|\(\?:|\(|\^)*$/;

interface Open {
  /** Whether the group's body is read right to left (a lookbehind, or inside one). */
  backward: boolean;
  /** Whether the group around this one is read right to left. */
  outerBackward: boolean;
  start: number;
  alternatives: number;
  lookaround: boolean;
  /** Whether the scanner may read this group first: only guards, `\\b` and openings stand before it. */
  leading: boolean;
  /**
   * Where the text read before a group opening here starts: past the group's last `|`, or in its
   * first alternative where its own such text starts, so that text holds its opening too.
   */
  from: number;
}

/** `src` with `(?=)` at the entry side of each group of two or more alternatives but a leading one. */
export function choicesFlushed(src: string): string {
  const at: number[] = [];
  const stack: Open[] = [
    {
      backward: false,
      outerBackward: false,
      start: -1,
      alternatives: 1,
      lookaround: false,
      leading: true,
      from: 0,
    },
  ];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    const top = stack[stack.length - 1]!;
    if (ch === '[') inClass = true;
    else if (ch === '|') {
      top.alternatives++;
      top.from = i + 1;
    } else if (ch === '(') {
      const behind = src.startsWith('(?<=', i) || src.startsWith('(?<!', i);
      const ahead = src.startsWith('(?=', i) || src.startsWith('(?!', i);
      stack.push({
        backward: behind ? true : ahead ? false : top.backward,
        outerBackward: top.backward,
        start: i,
        alternatives: 1,
        lookaround: behind || ahead,
        leading: !top.backward && LEAD.test(src.slice(top.from, i)),
        from: i,
      });
    } else if (ch === ')' && stack.length > 1) {
      const group = stack.pop()!;
      if (group.lookaround || group.alternatives < 2) continue;
      if (group.leading) continue;
      const quantifier = QUANTIFIER.exec(src.slice(i + 1));
      at.push(group.outerBackward ? i + 1 + (quantifier?.[0].length ?? 0) : group.start);
    }
  }
  at.sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const p of at) {
    out += src.slice(from, p) + '(?=)';
    from = p;
  }
  return out + src.slice(from);
}
