import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { type Feature, model, PIPE } from './wink-model.js';

interface Core {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  features: Record<string, Feature>;
  packing: { efList: string[] };
  [part: string]: unknown;
}
const coreOf = (m: { core: unknown }): Core => (m.core as () => Core)();

/** Where two prepared core models differ, listed (a deep toEqual over ~90k words takes seconds). */
function differences(a: Core, b: Core): string[] {
  const out: string[] = [];
  const sameArray = (x: ArrayLike<unknown>, y: ArrayLike<unknown>) =>
    x.length === y.length && Array.prototype.every.call(x, (v, k) => v === y[k]);
  if (!sameArray(a.lexicon, b.lexicon)) out.push('lexicon');
  if (!sameArray(a.xpansions, b.xpansions)) out.push('xpansions');
  for (const name of new Set([...Object.keys(a.features), ...Object.keys(b.features)])) {
    const [f, g] = [a.features[name], b.features[name]];
    if (!f || !g) out.push(`features.${name}`);
    else if (name === 'posClusters') {
      const sets = (l: unknown[]) => l.map((s) => [...(s as Set<number>)]);
      expect(sets(f.list)).toEqual(sets(g.list));
    } else {
      if (!sameArray(f.list, g.list)) out.push(`features.${name}.list`);
      const { list: _f, hash: fh, ...fRest } = f;
      const { list: _g, hash: gh, ...gRest } = g;
      expect(fRest).toEqual(gRest);
      if (!fh !== !gh || (fh && Object.keys(fh).length !== Object.keys(gh!).length))
        out.push(`features.${name}.hash`);
      else if (fh && f.list.some((w) => fh[w as string] !== gh![w as string]))
        out.push(`features.${name}.hash`);
    }
  }
  for (const part of Object.keys({ ...a, ...b }))
    if (part !== 'lexicon' && part !== 'xpansions' && part !== 'features') expect(a[part]).toEqual(b[part]);
  return out;
}

describe('wink-model', () => {
  it("leaves the package's JSON as it was, so the package's own core() still works after ours", () => {
    // Node hands `import` and `require` of one JSON file the same object: preparing it in place
    // broke the bench's readDoc baseline, which loads the package's model in the same process
    const ours = coreOf(model);
    const theirs = coreOf(packageModel);
    expect(differences(ours, theirs)).toEqual([]);
  });

  it("prepares the core model as the package's own loader does, the first time and after", () => {
    const theirs = coreOf(packageModel);
    // the first call prepares the JSON in place (unless nlp.ts did already); later ones copy it
    expect(differences(coreOf(model), theirs)).toEqual([]);
    expect(differences(coreOf(model), theirs)).toEqual([]);
  });

  it('gives a second winkNLP instance a model that reads as the first, after the first learned new words', () => {
    const read = (nlp: ReturnType<typeof winkNLP>, text: string) => {
      const doc = nlp.readDoc(text);
      const its = nlp.its;
      return {
        values: doc.tokens().out(),
        pos: doc.tokens().out(its.pos),
        lemmas: doc.tokens().out(its.lemma as never),
        spans: doc.sentences().out(its.span),
      };
    };
    // words the lexicon lacks, which wink's cache appends to the model's lists as it meets them
    const text = 'The zorblat interviewer frumbled twice. Then Qwixley smiled and glorped "we\'ll see".';
    const first = winkNLP(model, [...PIPE]);
    const before = read(first, text);
    read(first, 'Blivvets and snorkwhumps, frobnicated.');
    const second = winkNLP(model, [...PIPE]);
    expect(read(second, 'Blivvets and snorkwhumps, frobnicated.')).toEqual(
      read(first, 'Blivvets and snorkwhumps, frobnicated.'),
    );
    expect(read(second, text)).toEqual(before);
    const reference = winkNLP(packageModel, [...PIPE]);
    expect(read(reference, text)).toEqual(before);
  });
});
