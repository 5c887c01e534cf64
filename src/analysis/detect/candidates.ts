/**
 * Candidate segments: a cue's regex runs only on segments whose words meet its triggers.
 * Words are read once per document into ids, and each distinct word is looked up once.
 */
import type { Clause } from './types.js';
import { type CueIndex, entriesOfWord } from './cue-index.js';
import { wordsOf } from './triggers.js';

/** Each segment string's words as ids into one vocabulary: `ids[ends[k-1]..ends[k])` is segment k. */
interface SegmentWords {
  ids: Int32Array;
  ends: Int32Array;
}
interface DocWords {
  vocab: string[];
  lemma: SegmentWords;
  surface: SegmentWords;
}

// several sign lists run over the same segments (aftermath reuses them), so words are read once
const docWords = new WeakMap<Clause[], DocWords>();

function wordsOfDoc(clauses: Clause[]): DocWords {
  let doc = docWords.get(clauses);
  if (doc) return doc;
  const vocab: string[] = [];
  const idOf = new Map<string, number>();
  const read = (pick: (c: Clause) => string): SegmentWords => {
    const ids: number[] = [];
    const ends = new Int32Array(clauses.length);
    for (let k = 0; k < clauses.length; k++) {
      for (const w of wordsOf(pick(clauses[k]!))) {
        let id = idOf.get(w);
        if (id === undefined) {
          id = vocab.length;
          vocab.push(w);
          idOf.set(w, id);
        }
        ids.push(id);
      }
      ends[k] = ids.length;
    }
    return { ids: Int32Array.from(ids), ends };
  };
  doc = { vocab, lemma: read((c) => c.lemmas), surface: read((c) => c.surface) };
  docWords.set(clauses, doc);
  return doc;
}

/** For each cue, the segments whose words include one of its triggers, in text order; unset when none. */
export function candidates(index: CueIndex, clauses: Clause[], surface: boolean): (number[] | undefined)[] {
  const doc = wordsOfDoc(clauses);
  const { ids, ends } = surface ? doc.surface : doc.lemma;
  const resolved: (readonly number[] | undefined)[] = new Array(doc.vocab.length);
  // short texts (transcript turns) touch a few cues, so lists are made only for those
  const out: (number[] | undefined)[] = new Array(index.entries.length);
  const last = new Int32Array(index.entries.length).fill(-1);
  const met = new Int32Array(index.entries.length);
  const touched: number[] = [];
  const mark = (list: readonly number[], k: number): void => {
    for (let j = 0; j < list.length; j += 2) {
      const e = list[j]!;
      if (last[e] !== k) {
        last[e] = k;
        met[e] = 0;
        touched.push(e);
      }
      met[e]! |= list[j + 1]!;
    }
  };
  let i = 0;
  for (let k = 0; k < clauses.length; k++) {
    for (const end = ends[k]!; i < end; i++) {
      const id = ids[i]!;
      const list = (resolved[id] ??= entriesOfWord(index, doc.vocab[id]!));
      if (list.length) mark(list, k);
    }
    if (index.literal.length) {
      const str = surface ? clauses[k]!.surface : clauses[k]!.lemmas;
      for (const [text, list] of index.literal) if (str.includes(text)) mark(list, k);
    }
    for (const e of touched) {
      const bits = met[e]!;
      if (bits & 1) {
        (out[e] ??= []).push(k);
        continue;
      }
      // most segments meet one set of a cue (a common word); every mask needs two
      if ((bits & (bits - 1)) === 0) continue;
      const needs = index.entries[e]!.needs;
      for (let j = 0; j < needs.length; j++) {
        if ((bits & needs[j]!) === needs[j]) {
          (out[e] ??= []).push(k);
          break;
        }
      }
    }
    touched.length = 0;
  }
  return out;
}
