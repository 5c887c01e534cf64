/**
 * Regex character classes as char-code tests, for scanners written by hand where a regex per
 * word or per segment cost more than the test (learned/features.ts, detect/qa-links.ts).
 * Each matches its class exactly, without the u flag (the tests hold them to the regexes).
 */

/** `\s`: white space and line ends. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `\w`: ASCII letters, digits and the underscore. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
