/**
 * The employer and the job the notes name for this interview ("second interview at Harbour
 * Logistics for the ops planner job"), offered as defaults the person confirms, like the day and
 * the round (stated.ts). Only a capitalised name after "at" in a clause about the interview counts
 * as the employer, so "at the office" or "at 10" never does, or one after "with" (or "w/") that
 * the words around it show is not the person met (no list of names: cues such as "who", "she",
 * a role after it, "Ltd", "Council", an acronym); a clause about another job, an old one or one
 * to come is skipped. Failing a capitalised name, an organisation named in lower case by what it
 * is counts ("at the county library", stated-institution.ts).
 */
import { execAll } from './exec-all.js';
import { readText } from './nlp.js';
import { STATED_CLAUSE } from './stated-clauses.js';
import { institutionIn, type Institution } from './stated-institution.js';
import type { EvidenceQuote } from './types.js';

export interface StatedJob {
  company?: { name: string; evidence: EvidenceQuote };
  role?: { title: string; evidence: EvidenceQuote };
}

/** A clause about an interview or another hiring step. */
const ABOUT_AN_INTERVIEW =
  /\b(?:interview(?:ed|ing|s)?|round|(?:phone |recruiter )?screen(?:ing)?|on-?site|panel|assessment (?:day|centre|center)|superday|trial shift|applied|applying|application)\b/i;
/** Another employer, an old or current job, or one still to come. */
const ANOTHER_JOB =
  /\b(?:another|other|previous|former|old|used to|last job|current(?:ly)?|next|upcoming|will|won't|'ll|going to|gonna|friend|colleague|also)\b/i;
/** Capitalised words that name a day, a time or a place in general, not an employer. */
const NOT_A_NAME = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december i christmas easter noon midday midnight home ' +
    'reception hq head the a an their my his her our this that zoom teams skype it ngo diy hr uk us usa'
  ).split(' '),
);
/** Joining words inside a name ("Marks and Spencer", "Bank of Ireland"), never its last word. */
const JOINER = new Set(['and', '&', 'of', 'de', 'du', 'la', 'le', 'for']);
const NAME_WORD = /^(?:[A-Z][\w'\u2019&.-]*|\d+[A-Za-z][\w&-]*)$/;
/** "3pm", "10.30am": a time, though it starts like "3M". */
const A_TIME = /^\d{1,2}(?:[.:]\d\d)?(?:am|pm)$/i;
/** After "the" and a name, a common noun makes the name a describing word: "the London office". */
const PLAIN_WORD_AFTER =
  /^\s+(?!(?:today|yesterday|tonight|this|last|on|in|at|for|with|and|but|or|to|by|from|about|as|was|were|is|went|earlier|recently|ago|again)\b)[a-z]/;

const AT_NAME = /\bat\s+(the\s+)?(?=[A-Z0-9])/g;
/**
 * "An interview with Fenwick Housing": after "with" (or the notes' shorthand "w/"), only a name
 * that says it is an organisation, since "an interview with Priya Shah" names a person.
 */
const WITH_NAME = /\b(?:with\s+|w\/\s*)(the\s+)?(?=[A-Z0-9])/g;
const ORGANISATION =
  /\b(?:Ltd|Limited|LLP|LLC|Inc|plc|PLC|GmbH|AB|Co|Corp|Corporation|Company|NHS|Group|Holdings|Association|Council|Trust|Foundation|Society|Institute|Bank|Housing|Engineering|Partners|Partnership|Solutions|Systems|Technologies|Tech|Digital|Analytics|Ventures|Industries|Retail|Consulting|Services|Agency|Studios?|Foods|Logistics|Health|Care|College|University|Hospital|Clinic|Pharmacy|Hotels?|Labs?|Capital|Insurance|Energy|Media|Software|Veterinary|Academy|School|Authority|Ministry|Department|Airways|Airlines|Motors|Recruitment)\b|&\s*Co\b/;
/** Capitals that name a job, not an employer: "the CEO", "w/ HRBP", "the HM". */
const JOB_IN_CAPITALS = /^(?:C[A-Z]{1,2}O|S?VP|EVP|HR\w*|HM|MD|GM|PM|EM|TL|TA|PA|EA)$/;
/** Right after a name, what says it is a person's: "who", a role ("(hiring manager)", ", the head of ops"). */
const ROLE_NOUN =
  '(?:manager|director|lead|leader|head|recruiter|founder|owner|partner|engineer|officer|supervisor|interviewer|boss|ceo|cto|coo|cfo|vp|president|chair|principal|coordinator|administrator|consultant|specialist|advis[eo]r|analyst|scientist|designer|developer|hr)';
const PERSON_AFTER = new RegExp(
  String.raw`^\s*(?:,\s*who\b|who\b|[,(\u2013\u2014-]\s*(?:(?:the|our|my|their|a|an|our)\s+)?(?:[a-z-]+\s+){0,3}?${ROLE_NOUN}\b|the\s+(?:[a-z-]+\s+){0,3}?${ROLE_NOUN}\b)`,
  'i',
);
/**
 * A role set off after the job the name is met for ("with Sarah Jones for the analyst role, the
 * head of ops"): it says who the name is only when nothing follows it in its clause, since
 * "…role, the hiring manager was late" starts a new clause about someone else.
 */
const ROLE_SET_OFF = new RegExp(
  String.raw`^\s*[,(\u2013\u2014-]\s*(?:(?:the|our|my|their|a|an)\s+)?(?:[a-z-]+\s+){0,3}?${ROLE_NOUN}(?:\s+(?:of|for)(?:\s+[\w&-]+){1,2})?\s*(?:[,;.!?)\n\u2013\u2014]|-\s|$)`,
  'i',
);
/** A person's words after the name, in its sentence or the next: "he was friendly", "her team". */
const PERSON_PRONOUN = /\b(?:he|she|his|her|hers|him|himself|herself)\b/i;
/** Said or done by someone: "Priya said", "Declan asked". */
const PERSON_VERB = '(?:said|says|asked|asks|told|tells|mentioned|explained|smiled|laughed|introduced)';
/** The employer met through a person: "with Declan from Brightline". */
const FROM_NAME = /^\s+(?:from|of)\s+(the\s+)?(?=[A-Z0-9])/;

const escaped = (words: string): string => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the words after a name met "with" say it is a person: a role or "who" at once, a
 * pronoun in the rest of its sentence or the next, or its first word alone doing what people do
 * elsewhere in the notes ("Priya said").
 */
function isAPerson(text: string, end: number, name: string): boolean {
  const after = text.slice(end);
  if (PERSON_AFTER.test(after)) return true;
  const [, rest = '', next = ''] = /^([^.!?\n]*[.!?\n]?)([^.!?\n]*)/.exec(after) ?? [];
  if (PERSON_PRONOUN.test(rest + next)) return true;
  const first = escaped(name.split(/\s+/)[0]!);
  return new RegExp(String.raw`\b${first}\s+${PERSON_VERB}\b`).test(text);
}

/** Whether the notes place a one-word name as an organisation elsewhere: "at Brightline", "Brightline's offices". */
function isPlacedAsAnEmployer(text: string, name: string): boolean {
  const n = escaped(name);
  return new RegExp(
    String.raw`\b(?:at|for|joined|joining)\s+(?:the\s+)?${n}\b|\b${n}['\u2019]s\s+(?:office|offices|website|site|careers|hq|headquarters|building|campus|recruitment|hiring|culture|app|product|platform|clients?|customers?)\b`,
    'i',
  ).test(text);
}

/** The employer's name starting at `from`: capitalised words, with joiners between them. */
function nameAt(clause: string, from: number): { start: number; end: number } | undefined {
  const words = [...execAll(/[^\s,;:()]+/g, clause.slice(from))];
  let end = -1;
  for (let i = 0; i < words.length && i < 6; i++) {
    const word = words[i]![0];
    const w = word.replace(/['\u2019]s$|[.]$/, '');
    const lower = w.toLowerCase();
    if (NOT_A_NAME.has(lower)) break;
    if (JOINER.has(lower)) {
      if (end < 0 || !NAME_WORD.test(words[i + 1]?.[0] ?? '')) break;
      continue;
    }
    if (!NAME_WORD.test(w) || A_TIME.test(w)) break;
    end = from + words[i]!.index! + w.length;
    // "Bank of Ireland's Dublin office": the name ends at its possessive
    if (w.length < word.length && !word.endsWith('.')) break;
  }
  return end < 0 ? undefined : { start: from, end };
}

// the job's title: one to five words before "role", "job", "position"…, or after "role of"
const TITLE = String.raw`((?:[a-z][\w&/+-]*\s+){0,4}?[a-z][\w&/+-]*)`;
const FOR_THE_ROLE_SOURCE = String.raw`\b(?:for|as)\s+(?:the|a|an|their|this|that)\s+${TITLE}\s+(?:role|job|position|post|vacancy|opening|opportunity)\b`;
const FOR_THE_ROLE = new RegExp(FOR_THE_ROLE_SOURCE, 'gi');
/** The job named straight after a name: "interview w/ Brightline for the analyst role". */
const THEN_THE_ROLE = new RegExp(String.raw`^\s+${FOR_THE_ROLE_SOURCE}`, 'i');
/** One word in capitals: after "with", as often a person's role ("the HM", "CTO") as an employer. */
const ONE_CAPITALS_WORD = /^[A-Z0-9&]+$/;
const ROLE_OF = new RegExp(
  String.raw`\b(?:role|position|post|job)\s+(?:of|as)\s+(?:an?\s+)?${TITLE}(?=\s+(?:at|with|in|on|for)\b|\s*[.,;:!?\n]|\s*$)`,
  'gi',
);
/** A workplace or a time, not a job: "a hospital post", "the weekend job". */
const A_PLACE =
  /^(?:hospital|school|office|warehouse|shop|store|bank|company|firm|agency|council|university|restaurant|hotel|nursery|site|factory|clinic|practice|charity|startup|start-up|pub|bar|cafe|weekend|summer|holiday|evening|seasonal|local)$/i;
/** A title that says which job only in general ("the same role", "a new job", "a full-time position"). */
const NOT_A_TITLE =
  /^(?:same|new|other|similar|different|next|right|perfect|dream|current|old|first|second|final|full[- ]time|part[- ]time|temporary|permanent|open|advertised|actual|whole|entire|interview|\w+ly)\b/i;

/** A title the notes give for the job, or none when it says which job only in general. */
function isATitle(title: string): boolean {
  return !NOT_A_TITLE.test(title) && !A_PLACE.test(title);
}

/**
 * Whether the name after "with" is the employer: it says it is an organisation ("Fenwick Housing
 * Association", "KPMG"), or the job follows it at once ("an interview w/ Northwind Digital for the
 * analyst role"), which is how notes name an employer, unless the words around it say it is the
 * person met. A first name alone with the job after it ("with Declan for the analyst role") is
 * the person met, unless the notes place it as an organisation elsewhere ("at Brightline").
 * `end` is where the name ends in `text`.
 */
function namesAnEmployer(
  text: string,
  clause: string,
  name: { start: number; end: number },
  end: number,
  afterThe: boolean,
): boolean {
  const words = clause.slice(name.start, name.end);
  if (ORGANISATION.test(words)) return true;
  if (afterThe) return false;
  if (ONE_CAPITALS_WORD.test(words)) return /^[A-Z]{3,}$/.test(words) && !JOB_IN_CAPITALS.test(words);
  if (isAPerson(text, end, words)) return false;
  const job = THEN_THE_ROLE.exec(clause.slice(name.end));
  if (job === null || !isATitle(job[1]!)) return false;
  if (ROLE_SET_OFF.test(text.slice(end + job[0].length))) return false;
  return /\s/.test(words) || isPlacedAsAnEmployer(text, words);
}

/** "with Declan from Brightline": the employer after the person met. */
function employerMetThrough(
  clause: string,
  person: { end: number },
): { start: number; end: number } | undefined {
  const from = FROM_NAME.exec(clause.slice(person.end));
  if (!from || from[1]) return undefined;
  const name = nameAt(clause, person.end + from[0].length);
  return name && !PLAIN_WORD_AFTER.test(clause.slice(name.end)) ? name : undefined;
}

function quoteOf(raw: string, start: number, end: number): EvidenceQuote {
  return { quote: raw.slice(start, end), start, end };
}

/**
 * The employer and job title the notes give for this interview, each with the words that give it.
 * `text` is `readText(raw).text`, when the caller has it.
 */
export function statedJobFrom(raw: string, text = readText(raw).text): StatedJob {
  const out: StatedJob = {};
  // an employer named in lower case ("at the county library"): only when no name is capitalised
  let institution: Institution | undefined;
  for (const c of execAll(STATED_CLAUSE, text)) {
    const clause = c[0];
    const base = c.index ?? 0;
    if (!ABOUT_AN_INTERVIEW.test(clause) || ANOTHER_JOB.test(clause) || text[base + clause.length] === '?')
      continue;
    if (!out.company)
      for (const m of [...execAll(AT_NAME, clause), ...execAll(WITH_NAME, clause)]) {
        const name = nameAt(clause, m.index + m[0].length);
        if (!name || (m[1] && PLAIN_WORD_AFTER.test(clause.slice(name.end)))) continue;
        const met =
          m[0].startsWith('at') || ORGANISATION.test(clause.slice(name.start, name.end))
            ? undefined
            : employerMetThrough(clause, name);
        const found = met ?? name;
        if (
          !met &&
          !m[0].startsWith('at') &&
          !namesAnEmployer(text, clause, name, base + name.end, m[1] !== undefined)
        )
          continue;
        out.company = {
          name: clause.slice(found.start, found.end),
          evidence: quoteOf(raw, base + found.start, base + found.end),
        };
        break;
      }
    if (!out.company && !institution) {
      const found = institutionIn(clause);
      if (found) institution = { ...found, start: base + found.start, end: base + found.end };
    }
    if (!out.role)
      for (const re of [FOR_THE_ROLE, ROLE_OF]) {
        const m = execAll(re, clause).next().value;
        if (!m || !isATitle(m[1]!)) continue;
        const start = base + m.index + m[0].indexOf(m[1]!);
        out.role = { title: m[1]!, evidence: quoteOf(raw, start, start + m[1]!.length) };
        break;
      }
    if (out.company && out.role) break;
  }
  if (!out.company && institution)
    out.company = { name: institution.name, evidence: quoteOf(raw, institution.start, institution.end) };
  return out;
}
