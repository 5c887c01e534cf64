/**
 * Input checks for text the user pastes or uploads. Pure: the pure layer has no
 * TextEncoder/TextDecoder, so UTF-8 is measured and decoded by hand.
 * Nothing here transforms the text: offsets elsewhere index the original.
 */
import { err, ok, type Result } from '../core/result.js';
import type { AnalysisError } from './types.js';

export const MAX_INPUT_BYTES = 1_048_576;

/** UTF-8 length of a JS string; a lone surrogate counts 3 bytes, as U+FFFD would. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function tooLarge(bytes: number | undefined): AnalysisError {
  const size =
    bytes === undefined
      ? 'more than 1 MB'
      : `${(bytes / MAX_INPUT_BYTES).toFixed(1)} MB (${groupThousands(bytes)} bytes)`;
  return {
    code: 'too-large',
    message: `The text is ${size}; the limit is 1 MB (${groupThousands(MAX_INPUT_BYTES)} bytes). Try pasting just the interview part.`,
  };
}

const BINARY: AnalysisError = {
  code: 'binary',
  message:
    'This looks like a binary file, not text. Please paste the notes or export the transcript as text (.txt, .vtt or .srt).',
};

function isControl(c: number): boolean {
  // Tab, LF, VT, FF and CR are ordinary in text; the rest of C0, DEL and C1 are not.
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) ||
    (c >= 0x7f && c < 0xa0)
  );
}

/** Validates pasted or decoded text; returns the same string, untouched, when it is usable. */
export function checkTextInput(text: string): Result<string, AnalysisError> {
  // Each UTF-16 unit is 1..3 bytes, so the exact count is needed only in between.
  if (text.length > MAX_INPUT_BYTES)
    return err(tooLarge(text.length > MAX_INPUT_BYTES * 8 ? undefined : utf8ByteLength(text)));
  if (text.length * 3 > MAX_INPUT_BYTES) {
    const bytes = utf8ByteLength(text);
    if (bytes > MAX_INPUT_BYTES) return err(tooLarge(bytes));
  }
  if (text.trim() === '')
    return err({ code: 'empty', message: 'There is no text here yet. Paste your notes or a transcript.' });
  let controls = 0;
  let replacements = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return err(BINARY);
    if (isControl(c)) controls++;
    else if (c === 0xfffd) replacements++;
  }
  if (controls >= 4 && controls / text.length > 0.01) return err(BINARY);
  // A stray U+FFFD is harmless; many mean the file was not UTF-8 and was decoded lossily.
  if (replacements >= 3 && replacements / text.length > 0.002) {
    return err({
      code: 'invalid-utf8',
      message: `The text contains ${replacements} unreadable characters (shown as �), so it was probably not saved as UTF-8. Try saving or exporting it as UTF-8 and paste it again.`,
    });
  }
  return ok(text);
}

function invalidAt(offset: number): AnalysisError {
  return {
    code: 'invalid-utf8',
    message: `The file is not valid UTF-8 (first bad byte at offset ${offset}). Try saving or exporting it as UTF-8.`,
  };
}

/**
 * UTF-16 code units gathered into a string, in chunks: String.fromCharCode takes its units as
 * arguments, and a spread of a megabyte's would pass the engine's limit.
 */
export function unitText(): { push: (unit: number) => void; text: () => string } {
  const chunks: string[] = [];
  const units: number[] = [];
  return {
    push(unit) {
      units.push(unit);
      if (units.length >= 8192) {
        chunks.push(String.fromCharCode(...units));
        units.length = 0;
      }
    },
    text() {
      chunks.push(String.fromCharCode(...units));
      units.length = 0;
      return chunks.join('');
    },
  };
}

/** Strict UTF-8 decoder: rejects overlong forms, surrogates and code points past U+10FFFF; drops a leading BOM. */
export function decodeUtf8(bytes: Uint8Array): Result<string, AnalysisError> {
  if (bytes.length > MAX_INPUT_BYTES) return err(tooLarge(bytes.length));
  const out = unitText();
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const start = i;
    const b0 = bytes[i] as number;
    let cp: number;
    let need: number;
    let min: number;
    if (b0 < 0x80) {
      if (b0 === 0) return err(BINARY);
      cp = b0;
      need = 0;
      min = 0;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      cp = b0 & 0x1f;
      need = 1;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      cp = b0 & 0x0f;
      need = 2;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      cp = b0 & 0x07;
      need = 3;
      min = 0x10000;
    } else return err(invalidAt(start));
    i++;
    for (let k = 0; k < need; k++, i++) {
      const b = bytes[i];
      if (b === undefined || (b & 0xc0) !== 0x80) return err(invalidAt(start));
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return err(invalidAt(start));
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      out.push(0xd800 + (v >> 10));
      out.push(0xdc00 + (v & 0x3ff));
    } else out.push(cp);
  }
  return ok(out.text());
}
