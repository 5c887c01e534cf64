/** "Did you mean …?" for a mistyped command, option or outcome: edit distance, nothing more. */

/** Edits (insert, delete, change, swap two neighbours) to turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

/** "; did you mean --json?" for a slip of a key or two; '' when nothing is close. */
export function suggestionFor(typed: string, known: readonly string[], prefix = ''): string {
  const best = known
    .filter((k) => k.length > 1)
    .map((k) => ({ k, d: editDistance(typed, k) }))
    .sort((x, y) => x.d - y.d)[0];
  return best && best.d <= 2 && best.d < typed.length ? `; did you mean ${prefix}${best.k}?` : '';
}
