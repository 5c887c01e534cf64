/** Wraps plain text to `width` columns, keeping the author's line breaks. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (para.trim() === '') {
      out.push('');
      continue;
    }
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line !== '' && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') out.push(indent + line);
  }
  return out;
}

/**
 * Where `text` would break into lines of at most `width` characters, at spaces, keeping the
 * author's line breaks: [start, end) offsets into `text`, so marks placed by offset survive the
 * wrapping. A word longer than the width gets a line of its own.
 */
export function lineRanges(text: string, width: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const para of text.split('\n')) {
    const paraEnd = from + para.length;
    let start = from;
    let end = from;
    for (const word of para.matchAll(/\S+/g)) {
      const wordStart = from + word.index;
      const wordEnd = wordStart + word[0].length;
      if (end > start && wordEnd - start > width) {
        out.push({ start, end });
        start = wordStart;
      } else if (end === start) start = wordStart;
      end = wordEnd;
    }
    out.push(end > start ? { start, end } : { start: paraEnd, end: paraEnd });
    from = paraEnd + 1;
  }
  return out;
}

export function percent(p: number): string {
  return `${Math.round(p * 100)}%`;
}

/** Pads or cuts to exactly `width` characters, so columns line up. */
export function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}
