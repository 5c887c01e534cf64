/**
 * Very long notes are read in sections. One wink document for a whole megabyte holds every
 * token, sentence and regex match at once, which is what pushed peak memory past 200 MB;
 * sections of this size keep that bounded while any real debrief (a few KB) stays whole.
 */
export const SECTION_CHARS = 48_000;

export interface Section {
  start: number;
  end: number;
}

// Best first: a paragraph break, a line break, the end of a sentence, any space.
const BREAKS: readonly RegExp[] = [/\n[ \t]*\n/g, /\n/g, /[.!?][)"'”’]*\s/g, /\s/g];

/** The last break in `text[from, to)` that ends past the section's middle, or -1. */
function lastBreak(text: string, from: number, to: number): number {
  const floor = from + Math.floor((to - from) / 2);
  const window = text.slice(floor, to);
  for (const re of BREAKS) {
    let at = -1;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) at = m.index + m[0].length;
    if (at > 0) return floor + at;
  }
  return -1;
}

/** Cuts `text` into sections of at most `size` chars at natural breaks; one section when short. */
export function sectionsOf(text: string, size = SECTION_CHARS): Section[] {
  const out: Section[] = [];
  let start = 0;
  while (text.length - start > size) {
    const cut = lastBreak(text, start, start + size);
    // no whitespace at all in the window: cut hard rather than read it whole
    const end = cut > start ? cut : start + size;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}
