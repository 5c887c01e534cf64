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

/**
 * How many times the global regex `re` matches in `text`, as `text.match(re)` counts them.
 * A regex without the g flag throws: `match` would count its capture groups instead.
 */
export function matchCount(re: RegExp, text: string): number {
  if (!re.global)
    throw new TypeError(`matchCount: expecting a global regex, instead found /${re.source}/${re.flags}`);
  return text.match(re)?.length ?? 0;
}

function nextCodePoint(text: string, at: number): number {
  if (at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return at + 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/**
 * V8 compiles a regex to bytecode on its first run and to machine code on the second;
 * with a few hundred large cue regexes the bytecode alone passes V8's budget for regex
 * code, and what it compiles after that it compiles unoptimized, several times slower to
 * run. A first run on a long subject (V8 tiers up at once from 1,000 characters) compiles
 * straight to machine code. This sample is lower-case prose like the segment strings, so
 * V8's character statistics fit them, and it is Latin-1, as nearly all segments are.
 */
const TIER_UP_SAMPLE = (
  'the interviewer asked about my experience and said they would get back to me next week ' +
  'about the role, the team and the company culture; we talked for an hour and she smiled '
).repeat(8);
const nativeScanners = new WeakSet<RegExp>();
/** Runs `re` once on the sample, so V8 compiles it to optimized machine code; no state is kept. */
export function compiledNative(re: RegExp): RegExp {
  if (!nativeScanners.has(re)) {
    nativeScanners.add(re);
    const at = re.lastIndex;
    re.lastIndex = 0;
    re.exec(TIER_UP_SAMPLE);
    re.lastIndex = at;
  }
  return re;
}

/** The sample with one wider character, so a regex's code for two-byte subjects is machine code too. */
const TIER_UP_WIDE = `${TIER_UP_SAMPLE}\u2014`;
/**
 * compiledNative for a regex that reads segment strings as they are, not one byte wide
 * (detect/one-byte.ts): most are two bytes wide (their words are shared with wink's, some
 * stored wide), so both of V8's codes are compiled up front. Left to tier up on short
 * segments, such a regex ran about ten times slower (the silence regexes of detect/silence-words.ts).
 */
export function compiledNativeAnyWidth(re: RegExp): RegExp {
  compiledNative(re);
  const at = re.lastIndex;
  re.lastIndex = 0;
  re.exec(TIER_UP_WIDE);
  re.lastIndex = at;
  return re;
}
