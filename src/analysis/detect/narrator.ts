/**
 * A parent, partner or friend telling someone else's interview ("my son had his interview
 * today, he said the manager barely looked at him"): there "he" is the candidate, not the
 * interviewer. When the opening names such a frame, the candidate's pronouns are read as
 * first person ("he went blank" reads "i went blank", "looked at him" reads "looked at me"),
 * so every sign's cues and the subject check see the candidate as they would in a first-hand
 * account. The frame is detected conservatively; an unsure text is left as it is.
 */
import type { Tok } from '../nlp.js';
import { PEOPLE } from './person-words.js';

type Gender = 'm' | 'f';
const RELATIONS = new Map<string, Gender | undefined>([
  ['son', 'm'],
  ['lad', 'm'],
  ['boy', 'm'],
  ['brother', 'm'],
  ['husband', 'm'],
  ['dad', 'm'],
  ['father', 'm'],
  ['boyfriend', 'm'],
  ['bf', 'm'],
  ['nephew', 'm'],
  ['grandson', 'm'],
  ['stepson', 'm'],
  ['fiance', 'm'],
  ['daughter', 'f'],
  ['girl', 'f'],
  ['sister', 'f'],
  ['wife', 'f'],
  ['mum', 'f'],
  ['mom', 'f'],
  ['mother', 'f'],
  ['girlfriend', 'f'],
  ['gf', 'f'],
  ['niece', 'f'],
  ['granddaughter', 'f'],
  ['stepdaughter', 'f'],
  ['fiancee', 'f'],
  ['friend', undefined],
  ['mate', undefined],
  ['partner', undefined],
  ['cousin', undefined],
  ['flatmate', undefined],
  ['roommate', undefined],
  ['housemate', undefined],
  ['kid', undefined],
  ['child', undefined],
  ['colleague', undefined],
  ['student', undefined],
  ['mentee', undefined],
  ['client', undefined],
]);
/** "my eldest son", "my little brother". */
const REL_MODIFIERS = new Set([
  'eldest',
  'oldest',
  'youngest',
  'older',
  'younger',
  'little',
  'big',
  'best',
  'middle',
  'baby',
  'step',
  'teenage',
  'grown',
]);
const NOM: Record<Gender, Set<string>> = { m: new Set(['he']), f: new Set(['she']) };
const OBJ: Record<Gender, string> = { m: 'him', f: 'her' };
const POSS: Record<Gender, string> = { m: 'his', f: 'her' };
const REFL: Record<Gender, string> = { m: 'himself', f: 'herself' };
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'myself', 'im', 'ive', 'id']);
/** The plural side of the table: subjects that are not the candidate and that no "he"/"she" can refer back to. */
const PLURAL_OTHERS = new Set(['they', 'panel', 'interviewers', 'people', 'everyone', 'both']);
const FRAME_WINDOW = 3;

interface Frame {
  /** Token index of the relation noun ("son"). */
  at: number;
  gender: Gender;
}

function genderAfter(toks: Tok[], from: number): Gender | undefined {
  for (let k = from; k < Math.min(toks.length, from + 40); k++) {
    const w = toks[k]!.lower;
    if (w === 'he' || w === 'him' || w === 'his' || w === 'himself') return 'm';
    if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 'f';
  }
  return undefined;
}

/** Index after the relation phrase: "son", "daughter-in-law", "son (19)". */
function relationEnd(toks: Tok[], i: number): number {
  let k = i + 1;
  if (
    toks[k]?.lower === '-' &&
    toks[k + 1]?.lower === 'in' &&
    toks[k + 2]?.lower === '-' &&
    toks[k + 3]?.lower === 'law'
  )
    k += 4;
  if (toks[k]?.lower === '(' && toks[k + 2]?.lower === ')') k += 3;
  // "my son, 19, had his first interview"
  if (toks[k]?.lower === ',' && toks[k + 1]?.pos === 'NUM' && toks[k + 2]?.lower === ',') k += 3;
  return k;
}

/** The candidate's own interview anywhere in the text ("my interview", "interviewed me"): not a narrator. */
export function ownInterview(toks: Tok[], rel: number): boolean {
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.lemma !== 'interview') continue;
    // "my (first|second) interview", "I had an interview", "interviewed me"
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      // only the same phrase
      if (toks[j]!.pos === 'PUNCT' || toks[j]!.sent !== toks[k]!.sent) break;
      const w = toks[j]!.lower;
      // "got me an interview" too
      if ((w === 'my' && j !== rel - 1) || w === 'i' || w === "i'm" || w === 'im' || w === 'me') return true;
    }
    if (toks[k + 1]?.lower === 'me') return true;
  }
  return false;
}

/** "My son had his interview today", "my lad's first proper interview": the first sentences name someone else's interview. */
export function narratorFrame(toks: Tok[]): Frame | undefined {
  const maxSent = (toks[0]?.sent ?? 0) + FRAME_WINDOW;
  for (let i = 1; i < toks.length && toks[i]!.sent < maxSent; i++) {
    const t = toks[i]!;
    if (!RELATIONS.has(t.lower) || t.pos !== 'NOUN') continue;
    let d = i - 1;
    if (REL_MODIFIERS.has(toks[d]!.lower)) d--;
    if (d < 0 || (toks[d]!.lower !== 'my' && toks[d]!.lower !== 'our')) continue;
    const end = relationEnd(toks, i);
    const next = toks[end];
    // "My brother, the interview went well" speaks to the brother; "asking for my daughter: she ..." does not
    if (!next || next.lower === ',' || next.lower === '.' || next.lower === '!' || next.lower === '?')
      continue;
    let interview = false;
    let self = false;
    for (let k = i + 1; k < toks.length && toks[k]!.sent <= t.sent + 1; k++) {
      const w = toks[k]!;
      // "my friend got me an interview", "my brother works there. He got me the interview": the writer is the one interviewed
      if (FIRST_PERSON.has(w.lower) && (w.sent === t.sent || !interview)) self = true;
      // "went for a job at the depot", "had a trial shift"
      const job =
        (w.lower === 'job' && toks.slice(Math.max(i, k - 3), k).some((x) => x.lower === 'for')) ||
        (w.lower === 'shift' && toks[k - 1]?.lower === 'trial');
      if (w.lemma === 'interview' || w.lower === 'interviewed' || job) {
        interview = true;
        if (self) return undefined;
      }
    }
    if (!interview || ownInterview(toks, d + 1)) return undefined;
    const gender = RELATIONS.get(t.lower) ?? genderAfter(toks, end);
    return gender ? { at: i, gender } : undefined;
  }
  return undefined;
}

type Ref = 'cand' | 'int' | 'narr' | 'plural';
/** What an interviewer has about them: "kept looking at his phone", "her arms folded". Other things owned after an interviewer's verb are the candidate's ("talked about her future"). */
const OWN_THINGS = new Set([
  'phone',
  'mobile',
  'laptop',
  'watch',
  'screen',
  'computer',
  'monitor',
  'tablet',
  'notes',
  'notebook',
  'desk',
  'clipboard',
  'paper',
  'papers',
  'pen',
  'coffee',
  'tea',
  'lunch',
  'emails',
  'email',
  'arms',
  'arm',
  'eyes',
  'face',
  'head',
  'voice',
  'chair',
  'glasses',
  'expression',
  'mouth',
  'lips',
  'hands',
  'hand',
  'eyebrows',
  'brow',
  'own',
  'camera',
  'mic',
  'microphone',
  'office',
  'boss',
  'team',
  'colleague',
  'colleagues',
  'company',
  'firm',
  'shop',
]);

/** Job titles beyond the engine's list: "the foreman", "the pharmacist", "the chairwoman". */
const TITLE = /(?:er|or|ist|ian|man|woman|person|chef|boss|owner|head|lead)$/;

function isPerson(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  if ((PEOPLE.has(t.lower) && t.pos === 'NOUN') || (t.pos === 'PROPN' && t.lower !== 'i')) return true;
  // a title standing as a subject: "the foreman kept checking his watch"
  const next = toks[k + 1];
  return (
    t.pos === 'NOUN' &&
    TITLE.test(t.lower) &&
    toks[k - 1]?.pos === 'DET' &&
    (next?.pos === 'VERB' || next?.pos === 'AUX')
  );
}

const CLAUSE_BREAK = new Set([
  ',',
  ';',
  ':',
  '-',
  '—',
  '–',
  'and',
  'but',
  'then',
  'so',
  'because',
  'when',
  'while',
]);
/** "her" before a word that can head a noun phrase is possessive ("her watch"); before a preposition or the end it is an object. */
function possessiveHer(next: Tok | undefined): boolean {
  if (!next) return false;
  return (
    next.pos === 'NOUN' ||
    next.pos === 'ADJ' ||
    next.pos === 'NUM' ||
    next.pos === 'PROPN' ||
    (next.pos === 'VERB' && next.lower !== 'to') ||
    next.lower === 'own'
  );
}

/** The noun a possessive governs: "his (own) phone", "her first months". */
function headAfter(toks: Tok[], k: number): string {
  for (let j = k + 1; j < Math.min(toks.length, k + 4); j++) {
    const t = toks[j]!;
    // the tagger reads "her watch" as a verb
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.lower === 'own') return t.lower;
    if (t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'ADV') return '';
  }
  return '';
}

function asFirstPerson(t: Tok, lower: string): Tok {
  return {
    lower,
    lemma: lower,
    pos: t.pos,
    start: t.start,
    end: t.end,
    sent: t.sent,
    spaceBefore: t.spaceBefore,
    newline: t.newline,
  };
}

/**
 * The tokens with the candidate's pronouns read as first person, or `toks` itself when no
 * narrator frame is found. Who a pronoun is: when the other gender also appears, every
 * pronoun of the candidate's gender is the candidate; else it follows salience: a subject
 * pronoun is whoever was last the subject (at a sentence start, the previous sentence's first
 * subject), an object pronoun is not the subject of its own clause ("the manager barely looked
 * at him"), and a possessive goes with the nearest pronoun in its clause, else with the
 * subject ("kept looking at his phone").
 */
export function narratedAsFirstPerson(toks: Tok[]): Tok[] {
  const frame = narratorFrame(toks);
  if (!frame) return toks;
  const g = frame.gender;
  const other: Gender = g === 'm' ? 'f' : 'm';
  let mixed = false;
  for (let k = frame.at + 1; k < toks.length; k++) {
    const w = toks[k]!.lower;
    if (NOM[other].has(w) || w === OBJ[other] || w === POSS[other] || w === REFL[other]) {
      mixed = true;
      break;
    }
  }
  const out = toks.slice();
  // "my son Tom had his interview": Tom is the candidate later on
  const named = toks[frame.at + 1];
  const name = named?.pos === 'PROPN' ? named.lower : undefined;
  let lastSg: Ref = 'cand';
  let lastSubj: Ref = 'cand';
  let firstOfSent: Ref | undefined = 'cand';
  let prevFirst: Ref | undefined;
  let sent = toks[frame.at]!.sent;
  let recent: { ref: Ref; at: number; obj: boolean } | undefined;
  const setSubject = (r: Ref, k: number): void => {
    lastSubj = r;
    if (r === 'cand' || r === 'int') {
      lastSg = r;
      recent = { ref: r, at: k, obj: false };
    }
    firstOfSent ??= r;
  };
  for (let k = frame.at + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.sent !== sent) {
      sent = t.sent;
      prevFirst = firstOfSent;
      firstOfSent = undefined;
      recent = undefined;
      if (prevFirst === 'cand' || prevFirst === 'int') lastSg = prevFirst;
    }
    const w = t.lower;
    if (CLAUSE_BREAK.has(w)) recent = undefined;
    let ref: Ref | undefined;
    let as: string | undefined;
    let obj = false;
    if (NOM[g].has(w)) {
      // "told her that when she joins she'd lead": the one told is the one who will
      const told = recent?.obj && recent.ref === 'cand' && k - recent.at <= 3;
      ref = mixed || told ? 'cand' : lastSg;
      as = 'i';
      setSubject(ref, k);
    } else if (w === OBJ[g] && !(g === 'f' && possessiveHer(toks[k + 1]))) {
      ref = mixed ? 'cand' : lastSubj === 'cand' ? 'int' : 'cand';
      as = 'me';
      obj = true;
    } else if (w === POSS[g] || w === REFL[g]) {
      // with the nearest person in its clause: "asked him about his project", "the manager checked his phone"
      ref = mixed ? 'cand' : recent && k - recent.at <= 6 ? recent.ref : lastSg;
      if (ref === 'int' && w === POSS[g] && !OWN_THINGS.has(headAfter(toks, k))) ref = 'cand';
      as = w === REFL[g] ? 'myself' : 'my';
    } else if (FIRST_PERSON.has(w) && (w === 'i' || w === 'we')) {
      setSubject('narr', k);
    } else if (PLURAL_OTHERS.has(w) && (t.pos === 'PRON' || t.pos === 'NOUN')) {
      setSubject('plural', k);
    } else if (name !== undefined && w === name) {
      setSubject('cand', k);
    } else if (RELATIONS.has(w) && /^(my|our)$/.test(toks[k - 1]?.lower ?? '')) {
      // "My son says he felt like a nuisance"
      setSubject('cand', k);
    } else if (isPerson(toks, k) && toks[k - 1]?.pos !== 'ADP') {
      setSubject('int', k);
    }
    if (ref && !NOM[g].has(w)) recent = { ref, at: k, obj };
    // "I could see it eating at him": the narrator's own doings stay theirs, not a first-hand account
    if (ref === 'cand' && as && !(obj && (lastSubj as Ref) === 'narr')) out[k] = asFirstPerson(t, as);
  }
  return out;
}
