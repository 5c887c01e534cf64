import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { parseTranscript } from '../transcript/index.js';

const CORPUS = new URL('../../../test/fixtures/corpus/', import.meta.url).pathname;

/** Every call in the corpus, with the candidate its labels name. */
function calls(): { id: string; text: string; candidate?: string }[] {
  return readdirSync(CORPUS)
    .filter((d) => d.endsWith('transcripts'))
    .flatMap((dir) => {
      const labels = JSON.parse(readFileSync(join(CORPUS, dir, 'labels.json'), 'utf8')) as Record<
        string,
        { file?: string; candidate?: string }
      >;
      return Object.entries(labels).map(([id, v]) => ({
        id: `${dir}/${id}`,
        text: readFileSync(join(CORPUS, dir, v.file ?? `${id}.vtt`), 'utf8'),
        ...(v.candidate ? { candidate: v.candidate } : {}),
      }));
    });
}

describe('quotes from calls', () => {
  // A quote of a long turn was once cut at 300 characters inside the next cue's id or timing, so
  // the page showed "…the subs 37 00:02:57,28". Failures name only ids: some sets are blind.
  it('start and end in what was said, never inside a cue header', () => {
    const cut: string[] = [];
    for (const call of calls()) {
      const options = call.candidate ? { candidate: call.candidate } : {};
      const parsed = parseTranscript(call.text, options);
      const result = analyze(call.text, options);
      if (!parsed.ok || !result.ok) continue;
      const spans = parsed.value.turns.flatMap((t) => t.spans);
      const inSpeech = (at: number, end: boolean): boolean =>
        spans.some((s) => (end ? at > s.start && at <= s.end : at >= s.start && at < s.end));
      for (const sign of result.value.signs)
        for (const q of sign.evidence)
          if (!inSpeech(q.start, false) || !inSpeech(q.end, true)) cut.push(`${call.id} ${sign.id}`);
    }
    expect(cut).toEqual([]);
  });
});
