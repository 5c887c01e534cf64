/**
 * A string-to-string function remembered by its input, for work done per word: a megabyte of
 * notes has ~200k words but a few thousand distinct ones. The memory is cleared when it grows
 * large, since it is only a cache.
 */
export function cachedByString(fn: (value: string) => string, max = 100_000): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    let out = seen.get(value);
    if (out === undefined) {
      if (seen.size >= max) seen.clear();
      out = fn(value);
      seen.set(value, out);
    }
    return out;
  };
}
