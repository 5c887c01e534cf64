/**
 * Strings stored one byte per character, for the cue regexes. V8 compiles a regex once per
 * string width: a string with any character past Latin-1 (an emoji, a dash, an arrow) is
 * stored two bytes wide, and so is every slice, case mapping and join made from it, even one
 * of plain ASCII. Each cue regex that meets such a string compiles a second machine code,
 * which for the few hundred large cue regexes is tens of MB. So segment strings are built
 * one byte wide (`oneByte`), and a regex that cannot tell wider characters apart from a
 * Latin-1 stand-in runs on a same-length stand-in string (`latin1Stand`): same matches,
 * same offsets, one compiled code.
 */

const CHUNK = 4096;

/** The string of these char codes; one byte per character when every code fits (V8 builds it so). */
function fromCodes(codes: number[]): string {
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return out;
}

/** `s` stored one byte per character when every character is Latin-1, otherwise `s` itself. */
export function oneByte(s: string): string {
  const codes = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s;
    codes[i] = c;
  }
  return fromCodes(codes);
}

/** Stand-ins: a Latin-1 space for wider white space, a Latin-1 symbol (¤) for anything else. */
const SPACE_STAND = 0xa0;
const OTHER_STAND = 0xa4;
const SPACE = /\s/;

/**
 * `s` with each character past Latin-1 replaced by a stand-in that every ASCII-only regex
 * (see `readsAsciiOnly`) treats the same way: not a word character, not a line end, white
 * space exactly when the original is. The same length, so match offsets carry over.
 * Always one byte wide. Undefined when `s` holds a line or paragraph separator (U+2028/9),
 * which a pattern can tell from any Latin-1 character.
 */
export function latin1Stand(s: string): string | undefined {
  let wide = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0xff) continue;
    if (c === 0x2028 || c === 0x2029) return undefined;
    wide = true;
  }
  if (!wide) return oneByte(s);
  const codes = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    codes[i] = c <= 0xff ? c : SPACE.test(s[i]!) ? SPACE_STAND : OTHER_STAND;
  }
  return fromCodes(codes);
}

/**
 * Whether `re` cannot tell a character past Latin-1 from its `latin1Stand` stand-in: its
 * source is ASCII with no escape that names a code (\x, \u, octal) or a group's text
 * (back references), and no flag that reads code points (u, v). Every other way to match
 * such a character (`.`, `\W`, `\S`, `\s`, `[^...]`, `\b`) treats both alike.
 */
export function readsAsciiOnly(re: RegExp): boolean {
  if (/[uv]/.test(re.flags)) return false;
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c > 0x7f) return false;
    if (c === 0x5c) {
      const e = src[i + 1] ?? '';
      if (/[xuk0-9]/.test(e)) return false;
      i++;
    }
  }
  return true;
}

/**
 * The string a cue regex reads for `s`: the Latin-1 stand-in when the regex reads ASCII only
 * (and `s` has no line separator), otherwise `s` one byte wide where it can be.
 */
export function regexReadable(s: string, asciiOnly: boolean): string {
  return (asciiOnly ? latin1Stand(s) : undefined) ?? oneByte(s);
}
