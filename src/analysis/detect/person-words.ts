/**
 * The words that name people for the subject check (subject.ts): pronouns by person and case,
 * roles on the employer's side, third persons and hearsay, and the verbs that raise an object
 * to the subject of what follows.
 */

/** Forms of "be", for predicates and asked-about states. */
export const BE = new Set(['be', 'was', 'were', 'am', "'m", 'is', "'s", 'being']);

/** Always the clause's subject when met: nominative pronouns. */
export const SELF_NOM = new Set(['i', "i'm", "i'd", "i've", "i'll", 'im', 'ive', 'id']);
export const PLURAL_PRONOUNS = new Set(['they', "they're", "they'd", "they've", "they'll", 'theyre']);
export const SINGULAR_PRONOUNS = new Set(['he', 'she', "he's", "she's", "he'd", "she'd", "he'll", "she'll"]);
export const OTHER_NOM = new Set([...SINGULAR_PRONOUNS, ...PLURAL_PRONOUNS]);
export const WE_NOM = new Set(['we', "we're", "we'd", "we've", "we'll"]);
export const PIDGIN_AFTER_E = new Set([
  'dey',
  'go',
  'don',
  'just',
  'no',
  'never',
  'say',
  'come',
  'wan',
  'bin',
  'even',
  'talk',
  'ask',
  'tell',
]);
/** Objects and possessives: the subject only in subject position ("her face lit up", not "smiled at her"). */
export const SELF_OBJ = new Set(['me', 'my', 'myself']);
export const OTHER_OBJ = new Set([
  'his',
  'her',
  'their',
  'them',
  'him',
  'everyone',
  'everybody',
  'nobody',
  'noone',
]);
export const WE_OBJ = new Set(['us', 'our']);
export const PEOPLE = new Set([
  'interviewer',
  'manager',
  'hm',
  'recruiter',
  'panel',
  'lead',
  'director',
  'head',
  'boss',
  'owner',
  'partner',
  'interviewers',
  'guy',
  'lady',
  'woman',
  'man',
  'ceo',
  'founder',
  'cto',
  'supervisor',
  'headteacher',
  'matron',
]);
/** The other people up for the job. */
export const FELLOW_CANDIDATES = new Set([
  'candidate',
  'candidates',
  'applicant',
  'applicants',
  'interviewee',
  'interviewees',
]);
/** People in the story who are neither the candidate nor the interviewer: what they do is no sign. */
export const THIRD = new Set([
  'receptionist',
  'receptionists',
  'security',
  'guard',
  ...FELLOW_CANDIDATES,
  'pupils',
  'porter',
  'cleaner',
]);
/** People outside the interview who pass things on: when they tell it, the words are not the interviewer's. */
export const HEARSAY = new Set([
  'friend',
  'friends',
  'colleague',
  'colleagues',
  'coworker',
  'coworkers',
  'co-worker',
  'mate',
  'mates',
  'pal',
  'wife',
  'husband',
  'boyfriend',
  'girlfriend',
  'mum',
  'mom',
  'dad',
  'mother',
  'father',
  'sister',
  'brother',
  'cousin',
  'neighbour',
  'neighbor',
  'employees',
  'reviews',
  'glassdoor',
]);
export const HEARSAY_VERBS = new Set([
  'tell',
  'told',
  'say',
  'said',
  'warn',
  'warned',
  'mention',
  'mentioned',
  'reckon',
  'reckons',
  'write',
  'wrote',
  'claim',
  'claimed',
]);

/** Verbs whose object is the subject of what follows: "made me nervous", "caught him yawning", "noticed his arms folded". */
export const RAISING = new Set([
  'make',
  'made',
  'get',
  'got',
  'let',
  'have',
  'had',
  'leave',
  'left',
  'see',
  'saw',
  'notice',
  'watch',
  'catch',
  'spot',
  'hear',
  'observe',
  'find',
  'found',
  'feel',
  'felt',
  'think',
  'thought',
  'reckon',
]);
/** "she said the CTO was flat": a person named after a saying verb is the subject of what follows. */
export const SAYING = new Set([
  'say',
  'said',
  'says',
  'reckon',
  'reckoned',
  'swear',
  'swore',
  'claim',
  'claimed',
]);
/** Words that may stand between a determiner and its head: "the whole panel", "her own face". */
export const NP_INNER = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

export type Person = 'self' | 'other' | 'we' | 'third';
