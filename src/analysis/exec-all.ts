/**
 * `text.matchAll(re)` without the copy. matchAll runs a fresh copy of `re`, and a copy finds
 * its compiled code only through V8's regex compilation cache, which every full garbage
 * collection empties. Once the analyzer's few hundred cue regexes have been compiled, a copy
 * compiled again that way ran three to seven times slower than `re` itself (the reported
 * outcome's four regexes over a megabyte: ~150 ms against ~35 ms). This runs `re`'s own exec,
 * so its code is compiled once and kept.
 *
 * Same matches in the same order as matchAll: from `re.lastIndex`, one code unit (a code
 * point with the u or v flag) past an empty match. `re.lastIndex` is as it was before each
 * match is handed out and after the last, so the caller may use `re` meanwhile.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global)
    throw new TypeError(`execAll: expecting a global regex, instead found /${re.source}/${re.flags}`);
  const saved = re.lastIndex;
  const unicode = /[uv]/.test(re.flags);
  let at = saved;
  try {
    for (;;) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) return;
      at = re.lastIndex;
      if (m[0] === '') at = unicode ? nextCodePoint(text, at) : at + 1;
      re.lastIndex = saved;
      yield m;
    }
  } finally {
    re.lastIndex = saved;
  }
}

function nextCodePoint(text: string, at: number): number {
  if (at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return at + 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
