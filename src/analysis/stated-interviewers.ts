/**
 * The people the notes say interviewed the candidate ("interview with Priya Shah", "Mark (ops
 * manager)", "the HR woman, Claire,", "Sam from HR", "a panel of Ana, Joe and Ruth"), offered for
 * the record's interviewers like the day and the employer (stated.ts): the thank-you note greets
 * them by name. No list of names: a capitalised word counts only where the words around it say
 * it is a person who took part — a role beside it, "interviewed by", a panel's list — so a friend,
 * a partner or an employer after "with" is left alone.
 */
import { execAll } from './exec-all.js';
import { readText } from './nlp.js';
import type { EvidenceQuote } from './types.js';

export interface StatedInterviewer {
  name: string;
  evidence: EvidenceQuote;
}

/** At most this many: a longer list is more likely a story of many people than one interview. */
const MOST = 6;

/** A pattern's letters in either case, so the words around a name match as typed while the name itself must be capitalised. */
function anyCase(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const escaped = i > 0 && source[i - 1] === '\\';
    out += !escaped && /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c;
  }
  return out;
}

// One or two capitalised words, after an optional title: "Priya", "Dana Reyes", "Dr Okafor", "O'Neill".
// An apostrophe only before a capital ("O'Neill", not "Who's").
const WORD = String.raw`[A-Z][a-z]+(?:['\u2019][A-Z][a-z]+|-[A-Z]?[a-z]+)*|[A-Z][a-z]?[A-Z][a-z]+`;
const TITLES = String.raw`(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?`;
const PERSON = String.raw`(?:${TITLES}\s+)?(?:${WORD})(?:[ \t]+(?:${WORD}))?`;
const PERSON_ALL = new RegExp(PERSON, 'g');
/** A title alone: "Dr", "Mrs.". */
const TITLE = new RegExp(`^${TITLES}$`);
/** Words for a job that only a person holds, as notes shorten them. */
const ROLE = anyCase(
  String.raw`(?:(?:hiring|line|general|store|shop|site|office|practice|account|project|product|programme|program|ops|operations|area|regional|team|deputy|assistant)\s+)?(?:manager|director|lead|head|recruiter|hr|ceo|cto|coo|cfo|cmo|md|founder|co-?founder|owner|partner|supervisor|vp|chef|principal|headteacher|head teacher|matron|consultant|interviewer|hm|boss|officer|chair|professor|editor|producer|engineer|analyst|developer|designer|nurse|teacher|coordinator|co-ordinator|administrator|president|talent|people partner|sister|registrar|foreman|superintendent|inspector|sergeant|captain)s?`,
);
/** Nouns a note puts a name beside: "the HR woman, Claire,", "the tall guy, Steve,". */
const SOMEONE = String.raw`(?:${ROLE}|${anyCase('woman|man|guy|lady|person|bloke|chap|gentleman|one')})`;

/** "interview with Priya", "interviewed by Dana Reyes", "a call with Sam": a name must follow at once. */
const MET_WITH = new RegExp(
  String.raw`\b${anyCase('(?:interview(?:ed|s)?|call|chat|screen(?:ing)?|meeting|met|spoke|talked|panel|video call|zoom)')}\b[^.!?\n]{0,30}?\b(?:with|by)\s+(${PERSON})`,
  'g',
);
/** "Mark (ops manager)", "Ruth (HM)". */
// not "(my old supervisor)": the candidate's own people
const ROLE_IN_BRACKETS = new RegExp(
  String.raw`\b(${PERSON})\s*\((?![Mm]y\b|[Oo]ur\b)(?:[^()\n]{0,20}\s)?${ROLE}\b[^()\n]{0,20}\)`,
  'g',
);
/** "Claire, the HR lead", "Dana Reyes, their head of ops". */
const ROLE_AFTER = new RegExp(
  String.raw`\b(${PERSON}),\s+(?:the|our|their|a|an)\s+(?:[\w-]+\s+){0,2}?${ROLE}\b`,
  'g',
);
/** "the HR woman, Claire,", "the hiring manager, Dana Reyes, …". */
const NAME_AFTER_ROLE = new RegExp(
  String.raw`\b${anyCase('(?:the|a|an|our|their)')}\s+(?:[\w-]+\s+){0,2}?${SOMEONE},\s+(${PERSON})(?=\s*[,(]|\s+(?:who|asked|said|was|seemed|looked|kept|did|told|barely|never|just)\b)`,
  'g',
);
/**
 * "the branch manager Denise and someone from HR", "their head chef Luca asked…": a role then the
 * name at once; never "my manager Sam", the candidate's own boss.
 */
const ROLE_THEN_NAME = new RegExp(
  String.raw`\b${anyCase('(?:the|our|their)')}\s+(?:[\w-]+\s+){0,2}?${ROLE}\s+(${PERSON})(?=\s*[,.;:!?)]|\s*$|\s+(?:and|who|asked|said|was|seemed|looked|kept|did|told|barely|never|just|had|went|is|then|interviewed|ran|led)\b)`,
  'g',
);
/** "Sam from HR", "Ola from the data team", "Ben in recruitment"; not "nine QSs in the office". */
const FROM_TEAM = new RegExp(
  String.raw`\b(${PERSON})\s+(?:from\s+(?:HR|recruitment|talent|people ops|the\s+(?:[\w-]+\s+){0,2}?(?:team|department|dept))|in\s+(?:HR|recruitment|talent))\b`,
  'g',
);
/** "a panel of Ana, Joe and Ruth", "panel: Ana Silva, Joe Baird". */
const PANEL_LIST = new RegExp(
  String.raw`\b[Pp]anel\b[^.!?\n]{0,20}?(?:of|was|were|with|:)\s+((?:${PERSON})(?:\s*(?:,|&|and)\s*(?:${PERSON}))+)`,
  'g',
);

/** Capitalised words that are no one's name: days, months, pronouns, tools, sentence openers. */
const NOT_A_NAME = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december christmas easter i the a an he she they we it my his ' +
    'her their our this that then but and so also hr zoom teams skype meet google ceo cto coo cfo md vp hm ' +
    'manager director head lead recruiter panel interview uk us mon tue tues wed thu thur thurs fri sat sun ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec however like here there nothing something everything ' +
    'anyway honestly overall well yes no okay ok basically luckily sadly unfortunately apparently afterwards ' +
    'later finally first second next plus oh um uh mmm hmm actually obviously still instead meanwhile today ' +
    'yesterday tomorrow again now sure right great thanks hi hello dear unit when what who why how where'
  ).split(' '),
);
/** A word that makes the name an organisation's: "with Brightwater Logistics". */
const ORGANISATION_WORD =
  /^(?:Ltd|Limited|LLP|LLC|Inc|plc|PLC|Co|Corp|Group|Holdings|Council|Trust|Foundation|Bank|Housing|Partners|Solutions|Systems|Technologies|Tech|Digital|Analytics|Logistics|Health|Care|College|University|Hospital|Clinic|Hotel|Hotels|Labs|Capital|Insurance|Energy|Media|Software|Academy|School|Agency|Recruitment|Consulting|Services|Retail|Foods|Studio|Studios|Airways|Motors)$/;

/**
 * The name as it stands: none when its first word is no one's name or any word makes it an
 * organisation's ("Bexley Council"), the first word alone when the second is a sentence's word.
 */
function personName(raw: string): string | undefined {
  const words = raw.split(/\s+/);
  const title = TITLE.test(words[0]!) ? 1 : 0;
  const plain = words.slice(title);
  if (plain.length === 0 || plain.some((w) => ORGANISATION_WORD.test(w))) return undefined;
  if (NOT_A_NAME.has(plain[0]!.toLowerCase())) return undefined;
  if (plain.length === 2 && NOT_A_NAME.has(plain[1]!.toLowerCase()))
    return words.slice(0, title + 1).join(' ');
  return words.join(' ');
}

/** After the name: more of an organisation's name ("Harrow & Vine", "Bexley Council's"). */
const MORE_OF_A_FIRM = /^(?:\s*&|['\u2019]s\b|\s+[A-Z][a-z]+)/;
/** After the name: words that make it a person's ("Dana (the HM)", "Dana, the head of…", "Dana from HR", "Dana who…"). */
const PERSON_AFTER =
  /^(?:\s*\(|,\s+(?:the|their|our|a|an|who|she|he)\b|\s+(?:from|who|and (?:she|he)|she|he)\b)/;

/**
 * Whether a name after "interview with" is a person's and not the employer's: a title or a
 * full name, a person's words after it, or the name used again elsewhere ("Dana asked…"). A single
 * capitalised word with none of these ("Video interview with Clearpath.") is as likely a firm.
 */
function namesAPerson(text: string, f: Found): boolean {
  const after = text.slice(f.end, f.end + 40);
  if (MORE_OF_A_FIRM.test(after)) return false;
  if (/\s/.test(f.name) || PERSON_AFTER.test(after)) return true;
  const again = new RegExp(String.raw`\b${f.name}\b`, 'g');
  return [...execAll(again, text)].some((m) => m.index !== f.start);
}

interface Found {
  name: string;
  start: number;
  end: number;
}

/** Each name in a match's first group, with its place in the text. */
function namesIn(m: RegExpExecArray, group: string, split: boolean): Found[] {
  const at = (m.index ?? 0) + m[0].indexOf(group);
  const parts = split ? [...execAll(PERSON_ALL, group)] : [Object.assign([group], { index: 0 })];
  const out: Found[] = [];
  for (const p of parts) {
    const name = personName(p[0]);
    if (!name) continue;
    const start = at + (p.index ?? 0);
    out.push({ name, start, end: start + name.length });
  }
  return out;
}

/** The interviewers the notes name, in the order they first appear. `text` is `readText(raw).text`. */
export function statedInterviewersFrom(raw: string, text = readText(raw).text): StatedInterviewer[] {
  const found: Found[] = [];
  for (const m of execAll(MET_WITH, text))
    found.push(...namesIn(m, m[1]!, false).filter((f) => namesAPerson(text, f)));
  for (const re of [ROLE_IN_BRACKETS, ROLE_AFTER, NAME_AFTER_ROLE, ROLE_THEN_NAME, FROM_TEAM])
    for (const m of execAll(re, text)) found.push(...namesIn(m, m[1]!, false));
  for (const m of execAll(PANEL_LIST, text)) {
    const names = namesIn(m, m[1]!, true);
    if (names.length >= 2) found.push(...names);
  }
  found.sort((a, b) => a.start - b.start);
  const out: StatedInterviewer[] = [];
  for (const f of found) {
    const first = f.name.split(/\s+/).find((w) => !TITLE.test(w))!;
    // "Priya" then "Priya Shah" (or the other way): one person, named in full
    const same = out.findIndex(
      (o) => o.name === f.name || o.name.split(/\s+/).includes(first) || f.name.split(/\s+/).includes(o.name),
    );
    const person = {
      name: f.name,
      evidence: { quote: raw.slice(f.start, f.end), start: f.start, end: f.end },
    };
    if (same < 0) out.push(person);
    else if (f.name.length > out[same]!.name.length) out[same] = person;
  }
  return out.slice(0, MOST);
}
