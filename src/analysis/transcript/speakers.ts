/** Recognising speaker names in `Name: text` lines and `<v Name>` voice tags. */

const VOICE_TAG = /^(\s*)<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/;

/** `<v Name>` at the start of a line: the name and where the spoken text begins. */
export function voiceTagFrom(line: string): { speaker: string; textFrom: number } | undefined {
  const m = VOICE_TAG.exec(line);
  if (!m) return undefined;
  return { speaker: (m[2] ?? '').trim(), textFrom: m[0].length };
}

/** Where a trailing `</v>` starts, so it stays out of the spoken text. */
export function voiceCloseAt(line: string): number {
  const m = /<\/v>\s*$/.exec(line);
  return m ? m.index : line.length;
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
/**
 * A display name that is an account rather than a person's name, as guests and shared logins
 * join a call: "analytics-hiring@ledgerly.io", "tom.hargreaves". Lower case, so strict names
 * allow it only whole: an address, or two words of two letters or more joined by a dot or an
 * underscore (not "e.g", not "i.e").
 */
const ACCOUNT_NAME = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\p{Ll}{2,}[._]\p{Ll}{2,}\d*)$/u;

export function isLabelWord(name: string): boolean {
  return LABELS.has(name.trim().toLowerCase());
}

/**
 * Whether `raw` reads like a speaker name. `strict` (plain notes) also wants capitalised
 * words, so "Things that went well" is not a speaker; exports (VTT, SRT) allow display
 * names such as "iPhone (2)" or "mary.k".
 */
export function isNameLike(raw: string, strict: boolean): boolean {
  const name = raw.trim();
  if (name.length === 0 || name.length > 48) return false;
  if (/[,;!?"“”=]|\/\/|^[-*•#>+]/.test(name)) return false;
  if (/^\d+$/.test(name) || /^\d{1,2}[:.]\d{2}/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  const lower = name.toLowerCase();
  if (ROLE_NAMES.has(lower)) return true;
  if (isLabelWord(lower)) return false;
  if (!strict) return /\p{L}/u.test(name);
  // a room or device named in parts ("IT Office - Rm 12", "Boardroom | Floor 3"): the dash or bar
  // between them is no word of the name
  const named = words.filter((w, i) => i === 0 || i === words.length - 1 || !NAME_SEPARATOR.test(w));
  if (named.length > 4) return false;
  return named.every(
    (w, i) =>
      /^\p{Lu}/u.test(w) ||
      (named.length === 1 && ACCOUNT_NAME.test(w)) ||
      /^\d+$/.test(w) ||
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
