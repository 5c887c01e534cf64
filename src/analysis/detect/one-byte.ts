/**
 * Strings stored one byte per character, for the cue regexes. V8 compiles a regex once per
 * string width: a string with any character past Latin-1 (an emoji, a dash, an arrow) is
 * stored two bytes wide, and so is every slice, case mapping and join made from it, even one
 * of plain ASCII. Each cue regex that meets such a string compiles a second machine code,
 * which for the few hundred large cue regexes is tens of MB. So segment strings are built
 * one byte wide (`oneByte`), and a regex that cannot tell wider characters it does not name
 * apart from a Latin-1 stand-in runs on a same-length stand-in string (`latin1Stand`): same
 * matches, same offsets, one compiled code unless the string holds a character it names.
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

/** Whether every character of `s` is Latin-1 (the code `oneByte` can store one byte wide). */
export function isLatin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return false;
  return true;
}

/** Stand-ins: a Latin-1 space for wider white space, a Latin-1 symbol (¤) for anything else. */
const SPACE_STAND = 0xa0;
const OTHER_STAND = 0xa4;
const SPACE = /\s/;

/**
 * `s` with each character past Latin-1 replaced by a stand-in that every regex `namedWide`
 * accepts treats the same way: not a word character, not a line end, white space exactly
 * when the original is; `keep`'s characters (those the regex names) stay as they are. The
 * same length, so match offsets carry over; one byte wide unless a kept character is in `s`.
 * Undefined when `s` holds a line or paragraph separator (U+2028/9), which a pattern can
 * tell from any Latin-1 character.
 */
export function latin1Stand(s: string, keep = ''): string | undefined {
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
    codes[i] = c <= 0xff || keep.includes(s[i]!) ? c : SPACE.test(s[i]!) ? SPACE_STAND : OTHER_STAND;
  }
  return fromCodes(codes);
}

/**
 * The characters past Latin-1 that `re` names (as code units, so an emoji is its two
 * surrogates), which its stand-in string must keep: '' for a regex that names none, and
 * undefined for one that could tell another wide character from its stand-in. Every other
 * way to match a character no pattern names (`.`, `\W`, `\S`, `\s`, `[^...]`, `\b`) treats
 * the two alike. So the source may hold no escape that names a code (\x, \u, octal) or a
 * group's text (back references), no character a range could end on past ASCII (next to
 * a `-`), neither stand-in, no line separator, and no flag that reads code points (u, v);
 * with the i flag, only ASCII (a wide character may fold to a named one).
 */
export function namedWide(re: RegExp): string | undefined {
  if (/[uv]/.test(re.flags)) return undefined;
  const src = re.source;
  let named = '';
  for (let i = 0; i < src.length; i++) {
    let c = src.charCodeAt(i);
    if (c === 0x5c) {
      const e = src[i + 1] ?? '';
      if (/[xuk0-9]/.test(e)) return undefined;
      c = src.charCodeAt(++i);
    }
    if (c <= 0x7f) continue;
    if (re.ignoreCase || c === SPACE_STAND || c === OTHER_STAND || c === 0x2028 || c === 0x2029)
      return undefined;
    if (src[i - 1] === '-' || src[i + 1] === '-') return undefined;
    if (c > 0xff && !named.includes(src[i]!)) named += src[i]!;
  }
  return named;
}

/**
 * The string a cue regex reads for `s`: the Latin-1 stand-in, keeping `keep` (the regex's
 * `namedWide`), when the regex can read one and `s` has no line separator, otherwise `s`
 * one byte wide where it can be.
 */
export function regexReadable(s: string, keep: string | undefined): string {
  return (keep === undefined ? undefined : latin1Stand(s, keep)) ?? oneByte(s);
}
