// The labelled sets as the scripts read them: JSON lines of {id, text, gold_signs} and transcript
// folders whose labels.json names each file, its candidate and its gold signs. A missing file or
// folder reads as an empty set, so a checkout without ../shared still runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Items of a JSON-lines file: `{ id, text, gold, from }` (`from`: the file), plus the line's own fields under `raw`. */
export function jsonl(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((o) => ({ id: o.id, text: o.text, gold: new Set(o.gold_signs), raw: o, from: file }));
}

/** Items of a transcript folder: `{ id, text, candidate, gold, from }` (`from`: the folder). */
export function transcripts(dir) {
  const f = join(dir, 'labels.json');
  if (!existsSync(f)) return [];
  return Object.entries(JSON.parse(readFileSync(f, 'utf8'))).map(([id, l]) => ({
    id,
    text: readFileSync(join(dir, l.file ?? `${id}.vtt`), 'utf8'),
    candidate: l.candidate,
    gold: new Set(l.gold_signs),
    from: dir,
  }));
}

/** The sign ids the labels name, in the spec's order (its table rows: `| id | positive |`). */
export function specSignIds() {
  return readFileSync('/work/shared/spec/signs.md', 'utf8')
    .split('\n')
    .map((l) => l.match(/^\| ([a-z-]+) \| (positive|negative) \|/))
    .filter(Boolean)
    .map((m) => m[1]);
}

// Items carry their set, and ids are prefixed with it, so items of two sets never collide.
export const inSet = (list, set) => list.map((it) => ({ ...it, set, id: `${set}/${it.id}` }));
const C = 'test/fixtures/corpus';

/** Every labelled set except holdout-d*: the training pool of the learned models (docs/decisions/0005). */
export function trainingPool() {
  return [
    ...inSet(jsonl('/work/shared/eval/dev/debriefs.jsonl'), 'dev'),
    ...inSet(transcripts('/work/shared/eval/dev/transcripts'), 'dev'),
    ...inSet(jsonl(`${C}/notes.jsonl`), 'notes'),
    ...inSet(jsonl(`${C}/stories.jsonl`), 'stories'),
    ...inSet(jsonl(`${C}/fresh.jsonl`), 'fresh'),
    ...inSet(transcripts(`${C}/transcripts`), 'transcripts'),
    ...inSet(jsonl(`${C}/final-check.jsonl`), 'final'),
    ...inSet(jsonl(`${C}/last-check.jsonl`), 'last'),
    ...inSet(jsonl(`${C}/holdout-a.jsonl`), 'holdout-a'),
    ...inSet(jsonl(`${C}/holdout-b.jsonl`), 'holdout-b'),
    ...inSet(jsonl(`${C}/holdout-c.jsonl`), 'holdout-c'),
    ...inSet(transcripts(`${C}/holdout-transcripts`), 'holdout-transcripts'),
    ...inSet(transcripts(`${C}/holdout-c-transcripts`), 'holdout-c-transcripts'),
    // written blind in session 5 and never tuned on by hand: rule errors on it are honest ones
    ...inSet(jsonl(`${C}/e/train-e.jsonl`), 'train-e'),
  ];
}

const odd = (list, numberOf) => list.filter((it) => Number(numberOf(it.id)) % 2 === 1);
const afterDash = (id) => id.split('-')[1];
const afterLetter = (id) => id.slice(1);

/**
 * Every set whose errors may be read (tuned on, or whose odd ids were read for errors), each
 * loaded on demand: `eval-analyzer --set read` pools them, cue-stats counts cues over them.
 */
export function readableSets() {
  return {
    notes: () => jsonl(`${C}/notes.jsonl`),
    stories: () => jsonl(`${C}/stories.jsonl`),
    fresh: () => jsonl(`${C}/fresh.jsonl`),
    final: () => jsonl(`${C}/final-check.jsonl`),
    last: () => jsonl(`${C}/last-check.jsonl`),
    holdout: () => [...jsonl(`${C}/holdout-a.jsonl`), ...jsonl(`${C}/holdout-b.jsonl`)],
    'holdout-c': () => jsonl(`${C}/holdout-c.jsonl`),
    'train-e': () => jsonl(`${C}/e/train-e.jsonl`),
    'j-odd': () => odd(jsonl(`${C}/e/j-notes.jsonl`), afterDash),
    'n-odd': () => odd(jsonl(`${C}/n-notes.jsonl`), afterDash),
    'k-odd': () => odd(jsonl(`${C}/e/k-long.jsonl`), afterDash),
    'q-odd': () => odd(jsonl(`${C}/e/q-notes.jsonl`), afterDash),
    's-odd': () => odd(jsonl(`${C}/e/s-long.jsonl`), afterDash),
    'u-odd': () => odd(jsonl(`${C}/e/u-notes.jsonl`), afterDash),
    'w-odd': () => odd(jsonl(`${C}/e/w-notes.jsonl`), afterDash),
    'y-odd': () => odd(jsonl(`${C}/e/y-notes.jsonl`), afterDash),
    'z-odd': () => odd(jsonl(`${C}/e/z-notes.jsonl`), afterDash),
    // session 12: written to probe the precision of the verbal signs, labelled before it was scored, then tuned on
    p: () => jsonl(`${C}/p-notes.jsonl`),
    transcripts: () => transcripts(`${C}/transcripts`),
    'holdout-transcripts': () => transcripts(`${C}/holdout-transcripts`),
    'holdout-c-transcripts': () => transcripts(`${C}/holdout-c-transcripts`),
    'f-odd': () => odd(transcripts(`${C}/f-transcripts`), afterLetter),
    'g-odd': () => odd(transcripts(`${C}/g-transcripts`), afterLetter),
    'h-odd': () => odd(transcripts(`${C}/h-transcripts`), afterLetter),
    'i-odd': () => odd(transcripts(`${C}/i-transcripts`), afterLetter),
    'm-odd': () => odd(transcripts(`${C}/m-transcripts`), afterLetter),
    'r-odd': () => odd(transcripts(`${C}/r-transcripts`), afterLetter),
    't-odd': () => odd(transcripts(`${C}/t-transcripts`), afterLetter),
    'v-odd': () => odd(transcripts(`${C}/v-transcripts`), afterLetter),
    'x-odd': () => odd(transcripts(`${C}/x-transcripts`), afterLetter),
    'y-calls-odd': () => odd(transcripts(`${C}/y-transcripts`), afterLetter),
    'z-calls-odd': () => odd(transcripts(`${C}/z-transcripts`), afterLetter),
  };
}

const even = (list, numberOf) => list.filter((it) => Number(numberOf(it.id)) % 2 === 0);

/**
 * Session 21: the pool of trainingPool() enlarged by every other readable set (readableSets(): the
 * odd halves of the blind rounds, p-notes) and the paraphrase sets of session 20 (tuned on); since
 * session 25 also the readable sets written after it (laterReadable(); `since21 = false` gives
 * session 21's pool). Never a blind one: see blindSets() and assertNoBlind().
 */
export function readablePool(since21 = true) {
  const old = trainingPool();
  // readable sets already in trainingPool() under the same or another name
  const inOld = new Set([
    'notes',
    'stories',
    'fresh',
    'final',
    'last',
    'holdout',
    'holdout-c',
    'train-e',
    'transcripts',
    'holdout-transcripts',
    'holdout-c-transcripts',
  ]);
  const more = Object.entries(readableSets())
    .filter(([name]) => !inOld.has(name))
    .flatMap(([name, load]) => inSet(load(), name));
  return [
    ...old,
    ...more,
    ...inSet(jsonl(`${C}/para20-recall20a.jsonl`), 'para20a'),
    ...inSet(jsonl(`${C}/para20-recall20b.jsonl`), 'para20b'),
    ...(since21 ? laterReadable() : []),
  ];
}

/**
 * Session 25: the readable sets written after session 21's pool (test/fixtures/corpus/README.md):
 * the calls of c21, w23 and w24, the long stories of l21 and the paraphrase sets of sessions 21–24.
 * All were scored as they came, then read for errors and tuned on (para21-prec21's fixes were taken back).
 */
export function laterReadable() {
  return [
    ...inSet(transcripts(`${C}/c21-transcripts`), 'c21'),
    ...inSet(transcripts(`${C}/w23-transcripts`), 'w23'),
    ...inSet(transcripts(`${C}/w24-transcripts`), 'w24'),
    ...inSet(jsonl(`${C}/e/l21-long.jsonl`), 'l21'),
    ...inSet(jsonl(`${C}/para21-recall21.jsonl`), 'para21r'),
    ...inSet(jsonl(`${C}/para21-prec21.jsonl`), 'para21p'),
    ...inSet(jsonl(`${C}/para23-notes23a.jsonl`), 'para23a'),
    ...inSet(jsonl(`${C}/para23-notes23b.jsonl`), 'para23b'),
    ...inSet(jsonl(`${C}/para24-elapsed24.jsonl`), 'para24e'),
    ...inSet(jsonl(`${C}/para24-prec24.jsonl`), 'para24p'),
    ...inSet(jsonl(`${C}/para24-recall24.jsonl`), 'para24r'),
  ];
}

/**
 * Every blind set (docs/decisions/0005, brief-common): holdout-d*, holdout-e, holdout-e-long, the
 * even halves of the blind rounds (notes j…z and n, calls f…z) and real-i. For assertNoBlind() and
 * the blind protocols only.
 */
export function blindSets() {
  return [
    ...holdoutDSets(),
    ...inSet(jsonl(`${C}/e/holdout-e.jsonl`), 'holdout-e'),
    ...inSet(jsonl(`${C}/e/holdout-e-long.jsonl`), 'holdout-e-long'),
    ...['j-notes', 'k-long', 'q-notes', 's-long', 'u-notes', 'w-notes', 'y-notes', 'z-notes'].flatMap((f) =>
      inSet(even(jsonl(`${C}/e/${f}.jsonl`), afterDash), `${f[0]}-even`),
    ),
    ...inSet(even(jsonl(`${C}/n-notes.jsonl`), afterDash), 'n-even'),
    ...['f', 'g', 'h', 'i', 'm', 'r', 't', 'v', 'x', 'y', 'z'].flatMap((l) =>
      inSet(even(transcripts(`${C}/${l}-transcripts`), afterLetter), `${l}-calls-even`),
    ),
    // real-i (session 23, never read): the repository keeps ids and labels only; the texts, where
    // this machine has them, are outside it (test/fixtures/real-stories/README.md)
    ...inSet(jsonl('test/fixtures/real-stories/real-i.jsonl'), 'real-i'),
    ...inSet(jsonl(REAL_I_TEXTS), 'real-i'),
  ];
}
const REAL_I_TEXTS = process.env.REAL_I_TEXTS ?? '/work/notes/real-i.jsonl';

/**
 * Throws when a training item is a blind one: the same id from the same file (the set's own id,
 * before inSet's prefix; older folders reuse ids such as x02 for other calls) or the same text.
 * Prints nothing of the blind items.
 */
export function assertNoBlind(pool, blind = blindSets()) {
  const bare = (it) => `${it.from}#${it.id.slice(it.set.length + 1)}`;
  const ids = new Set(blind.map(bare));
  // a blind item kept as labels only (real-i without its texts file) is checked by id
  const texts = new Set(blind.flatMap((it) => (typeof it.text === 'string' ? [it.text.trim()] : [])));
  // real stories' ids (riA001 …) are their own: checked whatever file a training item comes from
  const realIds = new Set(
    blind.filter((it) => it.set.startsWith('real-')).map((it) => it.id.slice(it.set.length + 1)),
  );
  const bad = pool.filter(
    (it) => ids.has(bare(it)) || texts.has(it.text.trim()) || realIds.has(it.id.slice(it.set.length + 1)),
  );
  if (bad.length)
    throw new Error(
      `${bad.length} training items are blind ones (id or text of a blind set), e.g. ${bad
        .slice(0, 5)
        .map((it) => it.id)
        .join(', ')}`,
    );
  return blind.length;
}

/** The blind test sets: holdout-d and holdout-d-transcripts (never training data). */
export function holdoutDSets() {
  return [
    ...inSet(jsonl(`${C}/holdout-d.jsonl`), 'holdout-d'),
    ...inSet(transcripts(`${C}/holdout-d-transcripts`), 'holdout-d-transcripts'),
  ];
}
