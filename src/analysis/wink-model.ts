/**
 * wink's English lite model, put together from the package's own parts so that it is held
 * once. The package's `core()` returns a deep copy of its model JSON
 * (`JSON.parse(JSON.stringify(...))`), and its module keeps the original for the next call:
 * two copies of ~5 MB, plus a multi-megabyte JSON string thrown away on the way, all still
 * in the heap when a long note is read (~8 MB of the process's peak on 1 MB of notes). Here
 * the JSON is read once and prepared in place, as the package's read-core-model.js and
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

interface Feature {
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

/** The core model, prepared in place (read-core-model.js, then load-core-model.js' steps). */
function preparedInPlace(model: CoreJson): CoreJson {
  const { packing, features, pos } = model;
  model.lexicon = wordsFromBase64(model.lexicon as string);
  model.xpansions = wordsFromBase64(model.xpansions as string);
  for (const f in packing.layout)
    if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  const lexeme = features.lexeme!;
  lexeme.hash = hashOf(lexeme.list);
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
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

/** The core model: the JSON itself the first time, prepared in place; a fresh copy after that. */
function coreModel(): CoreJson {
  const model = core as unknown as CoreJson;
  return typeof model.lexicon === 'string' ? preparedInPlace(model) : freshCopy(model);
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
