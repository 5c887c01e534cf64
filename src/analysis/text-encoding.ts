/**
 * Bytes of a file the user chose, as text: UTF-8 first, as nearly every export is, then the two
 * other encodings a Windows machine still writes: UTF-16 (Windows PowerShell's `>` and Notepad's
 * "Unicode") and Windows-1252 (Notepad's "ANSI" in Western Europe and the Americas, where smart
 * quotes are single bytes). Refusing those outright lost the user's notes over a save option.
 * Pure, as input.ts is: the browser-safe layer decodes by hand.
 */
import { err, ok, type Result } from '../core/result.js';
import { decodeUtf8, MAX_INPUT_BYTES, tooLarge, unitText } from './input.js';
import type { AnalysisError, AnalysisWarning } from './types.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Windows-1252's bytes 0x80–0x9F; 0 where the code page leaves a byte undefined. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/** `count` UTF-16 code units, the i-th read by `read(i)`, as a string. */
function fromUnits(count: number, read: (i: number) => number): string {
  const out = unitText();
  for (let i = 0; i < count; i++) out.push(read(i));
  return out.text();
}

/** Windows-1252, or undefined when a byte is one the code page leaves undefined (or NUL). */
function decodeCp1252(bytes: Uint8Array): string | undefined {
  for (const b of bytes)
    if (b === 0 || (b >= 0x80 && b < 0xa0 && CP1252_HIGH[b - 0x80] === 0)) return undefined;
  return fromUnits(bytes.length, (i) => {
    const b = bytes[i]!;
    return b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
  });
}

/**
 * Which UTF-16 the bytes are in: by the byte-order mark, or without one by the zero bytes that
 * ASCII text leaves in every other place (more than a third of one side, none on the other).
 */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  if (bytes.length < 8 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros > pairs / 3 && evenZeros === 0) return 'le';
  if (evenZeros > pairs / 3 && oddZeros === 0) return 'be';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string | undefined {
  const bom =
    bytes[0] === (order === 'le' ? 0xff : 0xfe) && bytes[1] === (order === 'le' ? 0xfe : 0xff) ? 2 : 0;
  if ((bytes.length - bom) % 2 !== 0) return undefined;
  const text = fromUnits((bytes.length - bom) / 2, (i) => {
    const a = bytes[bom + 2 * i]!;
    const b = bytes[bom + 2 * i + 1]!;
    return order === 'le' ? a | (b << 8) : (a << 8) | b;
  });
  return text.includes('\u0000') ? undefined : text;
}

/** The file's text and the encoding it was read in; UTF-8's own error when no reading fits. */
export function decodeText(bytes: Uint8Array): Result<DecodedText, AnalysisError> {
  const order = utf16Order(bytes);
  if (order) {
    // two bytes a character: the 1 MB limit is on the text (checkTextInput), as for UTF-8
    if (bytes.length > 2 * MAX_INPUT_BYTES + 2) return err(tooLarge(bytes.length / 2));
    const text = decodeUtf16(bytes, order);
    if (text !== undefined) return ok({ text, encoding: order === 'le' ? 'utf-16le' : 'utf-16be' });
  }
  const utf8 = decodeUtf8(bytes);
  if (utf8.ok) return ok({ text: utf8.value, encoding: 'utf-8' });
  if (utf8.error.code !== 'invalid-utf8') return utf8;
  const text = decodeCp1252(bytes);
  return text === undefined ? utf8 : ok({ text, encoding: 'windows-1252' });
}

/** What to tell the user when the file was not UTF-8, so they can check its accents and quotes. */
export function encodingWarning(encoding: TextEncodingName): AnalysisWarning | undefined {
  if (encoding === 'utf-8') return undefined;
  const name = encoding === 'windows-1252' ? 'Windows-1252 (Western European)' : 'UTF-16';
  return {
    code: 'encoding',
    message: `The file was not UTF-8, so it was read as ${name}. If accents or quotes look wrong, save it as UTF-8 and read it again.`,
  };
}

/** The text, and a warning to pass on when it was not UTF-8: what the CLI and the upload routes keep of a decoding. */
export function readAs({ text, encoding }: DecodedText): { text: string; warning?: AnalysisWarning } {
  const warning = encodingWarning(encoding);
  return warning ? { text, warning } : { text };
}

/** The analysis with a warning about the file's reading first, when there is one. */
export function withWarning<A extends { warnings: AnalysisWarning[] }>(
  analysis: A,
  warning?: AnalysisWarning,
): A {
  return warning ? { ...analysis, warnings: [warning, ...analysis.warnings] } : analysis;
}
