/**
 * Who interviewed, from a call's transcript: the speakers other than the candidate, under the
 * names the tool showed, when those are people's names. Room systems, phones and "Guest" labels
 * name no one, and when the candidate is only a weak guess no one is offered: the wrong guess
 * would offer the candidate as their own interviewer.
 */
import type { Transcript } from './types.js';
import type { StatedInterviewer } from './stated-interviewers.js';

/** Below this, the candidate guess is too weak to tell the others apart from them. */
const SURE_ENOUGH = 0.6;
/** What the tool appends to a name: "(Guest)", "(External)", "(she/her)", "(Acme Ltd)". */
const LABEL_AFTER = /\s*\([^()]*\)\s*$/;
/** One to three capitalised words, as people are shown ("Dana Reyes", "Mary-Jo O'Neill", "Dr Okafor"). */
const PERSON_NAME =
  /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?[A-Z][a-z]+(?:['\u2019][A-Z][a-z]+|-[A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]*(?:['\u2019][A-Z][a-z]+|-[A-Z]?[a-z]+)*\.?){0,2}$/;
/** Words of devices, rooms and stand-in labels, not people. */
const NOT_A_PERSON =
  /\b(?:iPhone|iPad|Android|Galaxy|Pixel|Phone|Mobile|Laptop|MacBook|PC|Desktop|Room|Rm|Meeting|Conference|Boardroom|Suite|Office|Studio|Guest|Host|Speaker|Unknown|Caller|Dial|Audio|User|Participant|Interviewer|Candidate|Recruiter|Panel|Zoom|Teams|Team|Webex|Device|Hub|Screen|Reception|Hr|HR)\b/i;

/** The name as a person is called, or none when the label names a device, a room or a role. */
function personOf(speaker: string): string | undefined {
  const name = speaker.replace(LABEL_AFTER, '').trim();
  return PERSON_NAME.test(name) && !NOT_A_PERSON.test(name) ? name : undefined;
}

export function callInterviewers(raw: string, transcript: Transcript): StatedInterviewer[] {
  const { candidate, speakers } = transcript;
  if (!candidate || (candidate.how === 'guessed' && candidate.confidence < SURE_ENOUGH)) return [];
  const out: StatedInterviewer[] = [];
  for (const speaker of speakers) {
    if (speaker === candidate.name) continue;
    const name = personOf(speaker);
    const start = raw.indexOf(speaker);
    if (!name || start < 0) continue;
    const end = start + name.length;
    if (raw.slice(start, end) !== name) continue;
    out.push({ name, evidence: { quote: name, start, end } });
  }
  return out;
}
