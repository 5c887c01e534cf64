/**
 * Where and why a text is not JSON, in words, for the CLI's files and the API's request bodies.
 * Node's parser says "Unexpected end of JSON input", "… in JSON at position 812" or, for a stray
 * token, no place at all; a person needs the line and column, and what to do next. So the place
 * comes from a small scan of our own.
 */

export interface JsonProblem {
  line: number;
  column: number;
  /** Plain words for what is wrong at that place. */
  what: string;
}

/** The offset of the first character that cannot continue valid JSON (text.length: it ended early). */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') fail();
      if (ch === '"') return void i++;
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++)
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
            else i++;
        } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
        else fail();
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (ch === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** The place (from our scan) and a reason (Node's words where they help, in lower case). */
export function jsonProblemOf(text: string, parserMessage: string): JsonProblem {
  const offset = jsonErrorOffset(text) ?? 0;
  const end = text.trimEnd().length;
  if (offset >= end)
    return {
      ...lineColumnAt(text, end),
      what: 'it ends too early: a closing } or ] or " is probably missing',
    };
  const rest = text.slice(offset);
  if (/^[}\]]/.test(rest) && text.slice(0, offset).trimEnd().endsWith(','))
    return {
      ...lineColumnAt(text, offset),
      what: 'a comma comes right before the closing bracket (JSON allows no comma after the last item)',
    };
  // "Expected ',' or '}' after property value": the slip is a missing comma before this place.
  if (/^Expected ',' or '[}\]]' after/.test(parserMessage))
    return {
      ...lineColumnAt(text, offset),
      what: 'a comma is probably missing just before this (or a closing bracket)',
    };
  const reason = /^Unexpected token|^Unexpected non-whitespace|is not valid JSON$/.test(parserMessage)
    ? ''
    : parserMessage.replace(/\s*in JSON at position \d+.*$/s, '').trim();
  const found = rest.slice(0, 12).split('\n')[0] ?? '';
  const what =
    reason !== '' ? reason[0]?.toLowerCase() + reason.slice(1) : `it cannot continue with "${found}" here`;
  return { ...lineColumnAt(text, offset), what };
}

/** The place and the slip, in the words the CLI and the API both use: "at line 2, column 5, …". */
export function jsonProblemPhrase(text: string, parserMessage: string): string {
  const p = jsonProblemOf(text, parserMessage);
  return `at line ${p.line}, column ${p.column}, ${p.what}`;
}
