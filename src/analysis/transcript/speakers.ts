/** Recognising speaker names in `Name: text` lines and `<v Name>` voice tags. */

const VOICE_TAG = /^(\s*)<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/;

/** `<v Name>` at the start of a line: the name and where the spoken text begins. */
export function voiceTagFrom(line: string): { speaker: string; textFrom: number } | undefined {
  const m = VOICE_TAG.exec(line);
  if (!m) return undefined;
  return { speaker: (m[2] ?? '').trim(), textFrom: m[0].length };
}

/** Role words people use instead of names in hand-made transcripts. */
export const ROLE_NAMES = new Set([
  'me',
  'you',
  'i',
  'myself',
  'candidate',
  'interviewer',
  'recruiter',
  'hm',
  'hiring manager',
  'manager',
  'him',
  'her',
  'them',
  'interviewer 1',
  'interviewer 2',
  'panel',
]);

/** Labels that make ordinary notes look like `Name: text` without being speech. */
const LABELS = new Set([
  'q',
  'a',
  'note',
  'notes',
  'update',
  'edit',
  'pros',
  'cons',
  'tl;dr',
  'tldr',
  'ps',
  'p.s',
  'date',
  'time',
  'role',
  'company',
  'location',
  'salary',
  'pay',
  'outcome',
  'result',
  'verdict',
  'summary',
  'overall',
  'feedback',
  'question',
  'questions',
  'answer',
  'answers',
  'todo',
  'to do',
  'next steps',
  'next step',
  'action',
  'actions',
  'attendees',
  'agenda',
  'where',
  'when',
  'who',
  'why',
  'what',
  'how',
  'format',
  'stage',
  'round',
  'status',
  'good',
  'bad',
  'positives',
  'negatives',
  'takeaways',
  'lesson',
  'lessons',
  'mood',
  'vibe',
  'vibes',
  'interview',
  'position',
  'title',
  'subject',
  'to',
  'from',
  'cc',
  're',
  'http',
  'https',
  // a call's title block: "Duration: 44 minutes", "Recorded by: …", "Participants: …"
  'duration',
  'length',
  'recorded by',
  'recorded',
  'recording',
  'transcript',
  'transcribed by',
  'participants',
  'speakers',
  'present',
  'host',
  'organizer',
  'organiser',
  'meeting',
  'meeting title',
  'meeting id',
  'meeting date',
  'started',
  'ended',
  'language',
  'platform',
]);

const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'del',
  'la',
  'le',
  'bin',
  'al',
  'du',
  'dos',
]);

const NAME_SEPARATOR = /^[-–—|]$/;
/** A name's words, a bracketed part as one. */
const NAME_WORDS = /\([^()]*\)|[^\s()]+/g;
/**
 * A display name that is an account rather than a person's name, as guests and shared logins
 * join a call: "analytics-hiring@ledgerly.io", "tom.hargreaves". Lower case, so strict names
 * allow it only whole: an address, or two words of two letters or more joined by a dot or an
 * underscore (not "e.g", not "i.e").
 */
const ACCOUNT_NAME = /^(?:[\p{L}\p{N}_.+-]+@[\w-]+(?:\.[\w-]+)+|\p{Ll}{2,}[._]\p{Ll}{2,}\d*)$/u;
/** A title before a name: "Dr.", "Prof", "Insp.". */
const TITLE = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Miss|Sir|Dame|Rev|Insp|Sgt|Cllr|Capt)\.?$/;
/** An emoji as a word of a display name: "Sam Patel 🌸", "🎧 Sam". */
const EMOJI_WORD = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+$/u;

/**
 * A word of a display name with no capital to open it, that is a name all the same: a device's
 * "iPad" or "iPhone" ("Priya's iPhone", "iPad (3)"), a name in a script with no capitals
 * ("王秀英", "محمد علي"). Not an emoji: in `Name: text` lines with nothing else to mark them,
 * "Jess 🦄" is how a phone shows a contact in a pasted chat; an export's marks admit it (non-strict).
 */
const UNCASED_NAME_WORD = /^(?:\p{Ll}{1,2}\p{Lu}\p{L}*|\p{Lo})/u;
/** A surname-first directory name, "Patel, Sam", or a name then its letters, "Sam Patel, MBA": one comma. */
const SURNAME_FIRST = /^[^,]+, (?=\p{Lu})[^,]+$/u;

/**
 * Most names are plain ASCII, and every line of notes is tried as a speaker line: the Unicode
 * classes above are run only on words that need them. Their machine code is large, and code
 * compiled early spends V8's regex budget before the cue scanners get theirs (ADR 0008).
 */
const NON_ASCII = /[^ -~\t\n\r]/;
const ASCII_ACCOUNT_NAME = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[a-z]{2,}[._][a-z]{2,}\d*)$/;
const isEmojiWord = (w: string): boolean => NON_ASCII.test(w) && EMOJI_WORD.test(w);
const hasLetter = (s: string): boolean => (NON_ASCII.test(s) ? /\p{L}/u.test(s) : /[A-Za-z]/.test(s));
const opensUpper = (w: string): boolean =>
  NON_ASCII.test(w.charAt(0)) ? /^\p{Lu}/u.test(w) : /^[A-Z]/.test(w);
const isUncasedName = (w: string): boolean =>
  NON_ASCII.test(w) ? UNCASED_NAME_WORD.test(w) : /^[a-z]{1,2}[A-Z]/.test(w);
const isAccountName = (w: string): boolean =>
  NON_ASCII.test(w) ? ACCOUNT_NAME.test(w) : ASCII_ACCOUNT_NAME.test(w);
const isSurnameFirst = (s: string): boolean =>
  NON_ASCII.test(s) ? SURNAME_FIRST.test(s) : /^[^,]+, (?=[A-Z])[^,]+$/.test(s);

/** A caller who dialled in, shown by number: "+44 7700 900123", "+1 (555) 010-4477", masked "+44 20 **** **58". */
export const PHONE_NAME = /^\+?\d[\d *()-]{6,22}$/;

export function isLabelWord(name: string): boolean {
  return LABELS.has(name.trim().toLowerCase());
}

/**
 * Whether `raw` reads like a speaker name. `strict` (plain notes) also wants capitalised
 * words, so "Things that went well" is not a speaker; exports (VTT, SRT) allow display
 * names such as "iPhone (2)" or "mary.k".
 */
/** A room numbered floor-dot-room, as rooms are: "Room 2.14 Surface Hub" (a lettered one, "G.04", is capitalised). */
const ROOM_NUMBER = /^\d+(?:\.\d+)+$/;

export function isNameLike(raw: string, strict: boolean): boolean {
  const name = raw.trim();
  if (name.length === 0 || name.length > 48) return false;
  if (PHONE_NAME.test(name)) return true;
  if (/[;!?"“”=]|\/\/|^[-*•#>+]/.test(name) || (name.includes(',') && !isSurnameFirst(name))) return false;
  if (/^\d+$/.test(name) || /^\d{1,2}[:.]\d{2}/.test(name)) return false;
  // a bracketed part is one word however many it holds: "Lauren (Talent Team)", "Room B (Civic Centre)"
  const words = name.match(NAME_WORDS) ?? [];
  // a room or device named in parts ("IT Office - Rm 12", "Committee Rm 2 - Town Hall"): the dash
  // or bar between them is no word of the name
  const named = words
    .map((w) => w.replace(/,$/, ''))
    .filter((w, i) => i === 0 || i === words.length - 1 || !NAME_SEPARATOR.test(w));
  // the words that name, without a bracketed part ("(Guest)"), an emoji, a title or a particle
  // ("Dr. Pieter van der Merwe"): five only for a name in parts, as a room is, a person's has four at most
  const core = named.filter(
    (w, i) =>
      !/^\(.*\)$/.test(w) && !isEmojiWord(w) && !TITLE.test(w) && !(i > 0 && PARTICLES.has(w.toLowerCase())),
  );
  const inParts = named.length < words.length;
  if (core.length > (inParts ? 6 : 5)) return false;
  const lower = name.toLowerCase();
  if (ROLE_NAMES.has(lower)) return true;
  if (isLabelWord(lower)) return false;
  if (!hasLetter(name)) return false;
  if (!strict) return true;
  if (core.length === 0 || core.length > (inParts ? 5 : 4) || named.some(isEmojiWord)) return false;
  return named.every(
    (w, i) =>
      opensUpper(w) ||
      isUncasedName(w) ||
      (core.length === 1 && isAccountName(w)) ||
      /^\d+$/.test(w) ||
      ROOM_NUMBER.test(w) ||
      (i > 0 && PARTICLES.has(w.toLowerCase())) ||
      /^\(.*\)$/.test(w),
  );
}

/** `Name: text` at the start of a line: name and where the text begins (after the colon). */
export function prefixFrom(line: string, strict: boolean): { speaker: string; textFrom: number } | undefined {
  const m = /^\s*([^:]{1,48}?)\s*:(?!\/\/)(?=\s|$)/.exec(line);
  if (!m || !isNameLike(m[1] as string, strict)) return undefined;
  return { speaker: (m[1] as string).trim(), textFrom: m[0].length };
}

export function isSelfAlias(name: string): boolean {
  return ['me', 'i', 'myself', 'candidate', 'you'].includes(name.trim().toLowerCase());
}
