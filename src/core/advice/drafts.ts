import type { InterviewRecord } from '../record.js';
import type { Draft } from './types.js';
import { promisedDate } from './windows.js';
import { companyOrTeam, dayWords, greeting, roleOnly, roleWords, signOff, topicWords } from './wording.js';

function body(...paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

export function thankYouDraft(record: InterviewRecord, candidateName?: string): Draft {
  const role = roleOnly(record);
  const topics = topicWords(record);
  const enjoyed = topics
    ? `I especially enjoyed our conversation about ${topics}.`
    : `I enjoyed hearing more about the work and about ${companyOrTeam(record)}.`;
  return {
    subject: role ? `Thank you for the ${role} interview` : 'Thank you for the interview',
    body: body(
      greeting(record, 'Dear hiring team,'),
      `Thank you for taking the time to speak with me about ${roleWords(record)}. ${enjoyed}`,
      "Talking with you left me even more interested in the role. If there's anything else I can send that would help, I'd be glad to.",
      signOff(candidateName),
    ),
  };
}

export function checkInDraft(record: InterviewRecord, candidateName?: string): Draft {
  const role = roleOnly(record);
  const promised = promisedDate(record);
  const opening = promised
    ? `When we spoke on ${dayWords(record.date)} about ${roleWords(record)}, you mentioned you hoped to decide by ${dayWords(promised)}, so I wanted to check in.`
    : `I wanted to follow up on our conversation on ${dayWords(record.date)} about ${roleWords(record)}.`;
  return {
    subject: role ? `Following up on the ${role} interview` : 'Following up on my interview',
    body: body(
      greeting(record, 'Hi there,'),
      `I hope you're well. ${opening} I'm still very interested, and I'd be grateful for any update on the timeline when you have a moment.`,
      'Thank you again for your time.',
      signOff(candidateName),
    ),
  };
}

export function secondCheckInDraft(record: InterviewRecord, candidateName?: string): Draft {
  const role = roleOnly(record);
  return {
    subject: role ? `Checking in again on the ${role} interview` : 'Checking in again on my interview',
    body: body(
      greeting(record, 'Hi there,'),
      `I hope you're well. I'm following up once more on my interview on ${dayWords(record.date)} for ${roleWords(record)}. I understand these decisions can take time. I'm still interested, and any news on where things stand would be very welcome.`,
      'Thank you for your time.',
      signOff(candidateName),
    ),
  };
}

/** After a no: thanks, one polite request for feedback, and the door left open. Short on purpose. */
export function feedbackDraft(record: InterviewRecord, candidateName?: string): Draft {
  return {
    subject: 'Thank you, and a request for feedback',
    body: body(
      greeting(record, 'Dear hiring team,'),
      `Thank you for letting me know, and for the time you gave me on ${roleWords(record)}. I'm disappointed, but I enjoyed meeting you and learning about ${companyOrTeam(record)}.`,
      "If you have a moment, I'd be grateful for any feedback on what would have made me a stronger candidate. And if a role comes up that suits me better, I'd be glad to hear from you.",
      signOff(candidateName),
    ),
  };
}

/** After an offer: thanks, and a request for the terms in writing and for time to decide. */
export function offerReplyDraft(record: InterviewRecord, candidateName?: string): Draft {
  const role = roleOnly(record);
  return {
    subject: role ? `Thank you for the ${role} offer` : 'Thank you for the offer',
    body: body(
      greeting(record, 'Dear hiring team,'),
      `Thank you for the offer for ${roleWords(record)}. I'm very pleased, and grateful for your time through the process.`,
      "Could you send me the offer in writing, with the salary, benefits, start date and any other terms? I'd like to read it through properly, and it would help to know by when you need my answer.",
      signOff(candidateName),
    ),
  };
}

/** After withdrawing: thanks, and a door left open. It says no more about why than the person wants. */
export function withdrawalDraft(record: InterviewRecord, candidateName?: string): Draft {
  return {
    subject: 'Thank you for your time',
    body: body(
      greeting(record, 'Dear hiring team,'),
      `Thank you for the time you spent with me on ${roleWords(record)}. I've decided to withdraw from the process, and I wanted to let you know directly.`,
      `I enjoyed meeting you and learning about ${companyOrTeam(record)}, and I hope our paths cross again.`,
      signOff(candidateName),
    ),
  };
}
