/** The lookbehind-last rewrite of cue regexes, so V8 rejects most positions cheaply. */

/** End of the group opening at `i` (index of its `)`), or -1. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let j = i; j < src.length; j++) {
    const ch = src[j];
    if (ch === '\\') {
      j++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return j;
  }
  return -1;
}

function hasTopLevelBar(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let j = 0; j < src.length; j++) {
    const ch = src[j];
    if (ch === '\\') {
      j++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * V8 tries a leading lookbehind at every position before the cheap part of the pattern;
 * `(?<!X)Y` matches exactly where `(?=Y)(?<!X)(?:Y)` does, and the latter rejects most
 * positions on Y's first characters. Only group numbers move, and no one reads groups.
 */
export function lookbehindLast(src: string): string {
  if (/\\[1-9k]|\(\?<[a-zA-Z]/.test(src)) return src;
  let i = 0;
  while (src.startsWith('(?<!', i) || src.startsWith('(?<=', i)) {
    const end = groupEnd(src, i);
    if (end < 0) return src;
    i = end + 1;
  }
  const rest = src.slice(i);
  if (i === 0 || rest === '' || hasTopLevelBar(rest)) return src;
  return `(?=${rest})${src.slice(0, i)}(?:${rest})`;
}
