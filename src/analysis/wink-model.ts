/**
 * wink's English lite model, put together from the package's own parts so that it is held
 * once. The package's `core()` returns a deep copy of its model JSON
 * (`JSON.parse(JSON.stringify(...))`), and its module keeps the original for the next call:
 * two copies of ~5 MB, plus a multi-megabyte JSON string thrown away on the way, all still
 * in the heap when a long note is read (~8 MB of the process's peak on 1 MB of notes). Here
 * the JSON is read once and prepared beside it, as the package's read-core-model.js and
 * load-core-model.js prepare their copy (same steps, same result), for the one winkNLP
 * instance (nlp.ts), which calls `core()` once.
 *
 * The analyzer's pipe is `sbd` and `pos`: wink still loads the named-entity, negation and
 * sentiment machines whatever the pipe, so those are empty machines here, never read.
 */
import core from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' with { type: 'json' };
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import loadCERMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadPOSModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSBDModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import type { Model } from 'wink-eng-lite-web-model';

/** The pipe this model serves: wink runs nothing else on it (its other machines are empty). */
export const PIPE = ['sbd', 'pos'] as const;

/** A feature of wink's core model, as prepared (the test reads the same shape). */
export interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreJson {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

// atob is in every browser and in Node 16+, but the pure layers compile with no DOM or Node types
const { atob } = globalThis as unknown as { atob(data: string): string };

function wordsFromBase64(data: string): Uint32Array {
  const decoded = atob(data);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k++) bytes[k] = decoded.charCodeAt(k);
  return new Uint32Array(bytes.buffer);
}

function hashOf(list: unknown[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/**
 * The core model prepared as read-core-model.js and load-core-model.js prepare theirs, as a new
 * object beside the JSON rather than a deep copy of it. The JSON module is shared with the
 * package (Node hands `import` and `require` of one JSON file the same object), so it is left
 * as it was: the package's own `core()` still reads it in the same process. The lists wink's
 * cache appends to are copied; what wink only reads is shared.
 */
function prepared(json: CoreJson): CoreJson {
  const { packing, pos } = json;
  const features: Record<string, Feature> = { ...json.features };
  const efList: string[] = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const list = features[f]!.list.slice();
      features[f] = {
        ...features[f]!,
        list,
        hash: hashOf(list),
        intrinsicSize: list.length,
        index: list.length,
        maxIndex: layout[1]! >>> layout[2]!,
      };
    }
    if (layout[4] === 1) efList.push(f);
  }
  // the lexeme gets its hash and counts whatever its layout says (as the package does)
  const lexeme = features.lexeme!;
  const lexemes = lexeme === json.features.lexeme ? lexeme.list.slice() : lexeme.list;
  features.lexeme = {
    ...lexeme,
    list: lexemes,
    hash: hashOf(lexemes),
    intrinsicSize: lexemes.length,
    index: lexemes.length,
  };
  const clusters = features.posClusters!;
  features.posClusters = {
    ...clusters,
    list: clusters.list.map((c) => new Set((c as string).split('_').map((e) => pos.hash[e] || 0))),
  };
  return {
    ...json,
    packing: { ...packing, efList },
    features,
    lexicon: wordsFromBase64(json.lexicon as string),
    xpansions: wordsFromBase64(json.xpansions as string),
  };
}

/**
 * The model again for another winkNLP instance (a module evaluated twice, as a test runner may):
 * wink's cache appends each new word to a feature's list and hash, so each instance gets its
 * own of those, cut back to the model's words. Everything else wink only reads.
 */
function freshCopy(model: CoreJson): CoreJson {
  const features: Record<string, Feature> = {};
  for (const [name, f] of Object.entries(model.features)) {
    if (!f.hash || f.intrinsicSize === undefined) {
      features[name] = f;
      continue;
    }
    const list = f.list.slice(0, f.intrinsicSize);
    features[name] = { ...f, list, hash: hashOf(list), index: list.length };
  }
  return { ...model, features };
}

let first: CoreJson | undefined;

/** The core model: prepared the first time, a fresh copy of that for each instance after. */
function coreModel(): CoreJson {
  if (first) return freshCopy(first);
  first = prepared(core as unknown as CoreJson);
  return first;
}

/** wink's empty machine (automaton.js `emptyModelJSON`): recognises nothing. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';
const noSetter = (): void => {};

export const model = {
  core: coreModel,
  sbd: loadSBDModel,
  pos: loadPOSModel,
  ner: () => ({ machines: [], transformers: [] }),
  negation: () => ({ machines: [EMPTY_MACHINE], setter: noSetter }),
  sa: () => ({ machines: [EMPTY_MACHINE], setter: noSetter }),
  metaCER: loadCERMetaModel,
  featureFn,
  addons: { stem, lemmatize, readabilityStats, wordVectors: undefined },
} as unknown as Model;
