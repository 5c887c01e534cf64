// Over 200 lines because it is a data module: the user-facing text of all 26 signs in one place.
import type { SignId } from './ids.js';

/** What a sign is called and asked as, and what to do about it; catalogue.ts adds its id and kind. */
export interface SignText {
  /** Short title, e.g. "Interviewer seemed distracted". */
  title: string;
  /** One or two sentences: what it looks like and what it does (and doesn't) mean. */
  explanation: string;
  /** The question the interactive debrief asks, e.g. "Did the interviewer seem distracted or hurried?" */
  question: string;
  /** For negative signs: what the candidate can do about it next time. */
  nextTime?: string[];
  /** For negative signs: a heading for the prep advice built from `nextTime`. */
  prepTitle?: string;
}

const ASK_WHEN_TO_HEAR = 'Next time, ask at the end of the interview when you should expect to hear.';

/**
 * `nextTime` tips that the interview itself made moot, each with the sign that shows it: after
 * "they told you when you'd hear", advice to ask when you will hear reads as if nobody listened.
 */
export const MOOT_TIPS: ReadonlyArray<{ sign: SignId; tip: string; when: SignId }> = [
  { sign: 'no-follow-up', tip: ASK_WHEN_TO_HEAR, when: 'timeline-given' },
];

// Wording follows shared/research/facts.md §1.5: warmth is partly a recruiting tactic and
// predicts offers only weakly; concrete process signals (start dates, pay, references) count more.
export const SIGN_TEXT: Readonly<Record<SignId, SignText>> = {
  'awkward-atmosphere': {
    title: 'The conversation felt awkward',
    explanation:
      "It felt stiff or tense, and you couldn't find a way through. That can mean poor rapport, but it is often just the interviewer's style or a bad day on their side; one awkward interview says little on its own.",
    question: 'Did the conversation feel tense, stiff or awkward, as if there were a wall between you?',
    prepTitle: 'Build rapport early',
    nextTime: [
      'Open with a little small talk or a question about them, such as how long they have been there.',
      'Treat it as a conversation: after an answer, it is fine to ask a short question back.',
      'Dress for the place (look at their photos or ask the recruiter), so you feel at ease rather than out of place.',
    ],
  },
  'negative-body-language': {
    title: "The interviewer's body language seemed closed",
    explanation:
      'Crossed arms, little eye contact, leaning away, frowning. Body language is easy to misread: people frown when they concentrate and look away to take notes. Treat it as a weak hint, not a verdict.',
    question:
      'Did the interviewer seem closed or cold in their body language: crossed arms, avoiding your eyes, leaning away, frowning?',
    prepTitle: 'Stay steady when the room feels cold',
    nextTime: [
      'Mostly not in your control: many people look stern when they are concentrating.',
      'Keep your own posture open and your pace steady; it helps you stay calm whatever they do.',
      'If they seem to drift, check in: "Would a concrete example help here?"',
    ],
  },
  'interviewer-disinterest': {
    title: 'The interviewer seemed distracted or hurried',
    explanation:
      'Checking a phone, a laptop or the clock, or rushing through the questions. It can mean they had already made up their mind, but interviews are often squeezed between other meetings, so it is about their day as much as about you.',
    question:
      'Did the interviewer seem distracted, hurried, or keep checking a phone, a laptop or the clock?',
    prepTitle: 'Make your points land when time is short',
    nextTime: [
      'Often not in your control: busy interviewers come in distracted.',
      'Lead with your strongest, most relevant example early, in case time runs short.',
      'Keep answers to about two minutes and offer to go deeper if they want.',
      'Ask about their own work to draw them back into the conversation.',
    ],
  },
  'vague-role-details': {
    title: 'Little detail about the role',
    explanation:
      "You came away unsure what the job involves day to day. Sometimes the role is still being shaped or the interviewer isn't the hiring manager; it can also mean they weren't picturing you in it.",
    question: 'Did the job itself stay vague: what you would do day to day, the team, the projects?',
    prepTitle: 'Ask about the role yourself',
    nextTime: [
      'You can often fix this yourself: ask "What would a typical week look like in this role?"',
      'Ask about the team: who you would work with and what they are working on now.',
      'Ask what success would look like after three or six months.',
      'Read the job ad closely beforehand and note anything unclear to ask about.',
    ],
  },
  'little-company-info': {
    title: 'Little said about the company',
    explanation:
      'They said little about the company, its culture or how people work there, or brushed off your questions. It may just be a short, scripted format; early screens often stick to the basics.',
    question:
      'Did the company stay vague: its culture and how people work there (or were your questions about it brushed off)?',
    prepTitle: 'Research the company and ask about it',
    nextTime: [
      'Research the company and its industry beforehand, so you can ask sharper questions.',
      "Prepare two or three questions about how the team works, and ask them if the topic doesn't come up.",
      'If your questions get brushed off, note it: that is information about the place, too.',
    ],
  },
  'candidate-nerves': {
    title: 'Your nerves or preparation showed',
    explanation:
      "You blanked, rambled, stumbled, or didn't know basics about the company. Interviewers expect some nerves and often forgive them, and people notice their own slips far more than others do.",
    question:
      'Did your nerves or gaps in your preparation show: blanking, rambling, stumbling, or being caught out on basics about the company?',
    prepTitle: 'Prepare so nerves have less to grab onto',
    nextTime: [
      'Know your CV cold: practise telling each role and achievement out loud in a minute or two.',
      'Prepare three or four stories (a success, a setback, a disagreement, a hard problem) you can adapt to many questions.',
      "Research the company, its products and its industry, and write down what you'd like to ask.",
      'Manage nerves: arrive or log in early, breathe slowly, and remember it is fine to pause before answering.',
    ],
  },
  'generic-questions': {
    title: 'Mostly stock questions',
    explanation:
      'The questions were broad ones ("tell me about yourself", "your greatest weakness") with little about your own background. Some companies use a fixed script for fairness, so this may mean nothing.',
    question:
      'Were most of the questions broad stock ones that anyone could be asked, like "Tell me about yourself"?',
    prepTitle: 'Turn stock questions into your story',
    nextTime: [
      'Answer stock questions with a specific example from your own record.',
      'Tie each answer back to what the job ad asks for.',
      'Before the end, mention the one or two achievements you most want them to remember.',
    ],
  },
  'raised-concerns': {
    title: 'The interviewer raised concerns more than once',
    explanation:
      'They questioned your answers, experience or fit more than once. Probing is not always bad (some interviewers test how you handle push-back), but repeated doubts about the same thing deserve attention.',
    question:
      'Did the interviewer raise doubts or objections about your answers, experience or fit more than once?',
    prepTitle: 'Meet doubts with evidence',
    nextTime: [
      'Answer a doubt calmly with evidence: one concrete example where you did the thing in question.',
      'Near the end, ask "Is there anything in my background that gives you pause?", so you can answer it there and then.',
      'Compare the job ad with your CV beforehand and prepare for the gaps they are likely to ask about.',
    ],
  },
  'flat-interviewer': {
    title: 'The interviewer seemed flat',
    explanation:
      'Low energy, monotone, unenthusiastic throughout. Many people interview like this with everyone (tired, reserved, or following a script), so on its own it tells you little.',
    question: 'Was the interviewer low-energy, monotone or unenthusiastic the whole way through?',
    prepTitle: 'Bring your own energy',
    nextTime: [
      'Largely not in your control: some interviewers are like this with every candidate.',
      'Bring your own energy: a steady pace and real interest carry well.',
      'Ask them what they enjoy about working there; people often warm up when talking about their own work.',
    ],
  },
  'no-next-steps': {
    title: 'No word on next steps',
    explanation:
      "The interview ended without any mention of what happens next or when you'd hear. Interviewers often forget, or don't know the timeline yet, so this is a mild sign at most.",
    question: "Were you left guessing at the end about the next steps or when you'd hear back?",
    prepTitle: 'Ask about next steps before you leave',
    nextTime: [
      'Ask at the end: "What are the next steps, and when might I hear?"',
      'Ask who to contact with questions, so you know where to send a check-in.',
      'Write down any date they give; it sets when to follow up.',
    ],
  },
  'no-follow-up': {
    title: 'No word since the interview',
    explanation:
      "You have heard nothing well after the interview: past the date they gave, or past about one to two weeks. Silence is common and doesn't always mean no, but the longer it lasts, the more it counts.",
    question: 'Has the silence gone on well past the date they gave, or past about 7 to 14 days?',
    prepTitle: 'Follow up, then keep moving',
    nextTime: [
      'Send a short, polite check-in; at most two, about a week apart.',
      'Keep other applications moving rather than waiting on this one.',
      ASK_WHEN_TO_HEAR,
    ],
  },
  'engaging-conversation': {
    title: 'It felt like a real conversation',
    explanation:
      'Two-way and relaxed, maybe with some laughter: more a chat than an interrogation. Good early rapport does predict offers, but only modestly; a pleasant conversation is not a decision.',
    question:
      'Did it feel like a real two-way conversation: relaxed, maybe some laughter, more a chat than an interrogation?',
  },
  'positive-atmosphere': {
    title: 'A warm, friendly atmosphere',
    explanation:
      'The room felt comfortable and friendly. Worth knowing: interviewers often create a warm impression on purpose to win candidates over, so warmth says more about how they recruit than about whether you passed.',
    question: 'Was the atmosphere comfortable, warm and friendly through the interview?',
  },
  'interviewer-smiling': {
    title: 'The interviewer smiled and leaned in',
    explanation:
      'Smiling, nodding, leaning in, looking genuinely interested. A nice sign but a weak one: friendliness is partly good manners and partly recruiting.',
    question: 'Did the interviewer smile, nod, lean in, or look genuinely interested?',
  },
  'achievements-praised': {
    title: 'They dug into your achievements',
    explanation:
      'The interviewer praised your work or asked pointed follow-up questions about it. Interest in your competence is one of the more meaningful signs, because it is what different interviewers tend to agree on.',
    question:
      'Did the interviewer praise your achievements, or dig into them with specific follow-up questions?',
  },
  'detailed-role-info': {
    title: 'They went into detail about the role',
    explanation:
      'Specifics about responsibilities, the team, projects, tools or expectations. It suggests they are taking you seriously, though some interviewers do this with every candidate.',
    question:
      'Did the interviewer give you specifics about the role: responsibilities, team, projects, tools or expectations?',
  },
  'culture-discussion': {
    title: 'An open talk about culture',
    explanation:
      "A real discussion of the company's culture, values or ways of working. Mildly encouraging, and useful to you either way for judging whether you'd want to work there.",
    question: "Was there an open discussion of the company's culture, values or working environment?",
  },
  'future-growth-talk': {
    title: 'They talked about your growth there',
    explanation:
      'Training, career paths, promotion: your future at the company. Encouraging, though it can also be part of the pitch every candidate hears.',
    question:
      'Did the interviewer talk about your future at the company: growth, training, career path or promotion?',
  },
  'future-role-talk': {
    title: '"When you join..." language',
    explanation:
      "They described what you'd do or own once hired, as if it were likely. Mildly encouraging; some interviewers talk this way out of habit.",
    question:
      'Did the interviewer talk about what you\'d do once hired, as if it were likely ("when you join, you\'ll...")?',
  },
  'timeline-given': {
    title: "They told you when you'd hear",
    explanation:
      "They gave a date or timeframe for a decision. Its main use is as a clock for your follow-up; stated timelines are often missed, so a short delay doesn't mean much.",
    question: "Did they tell you when you'd hear back, or give a timeline for a decision?",
  },
  'start-date-asked': {
    title: 'They asked when you could start',
    explanation:
      'Questions about your notice period or start date are concrete process signals and count for more than warmth, though some employers ask every candidate.',
    question: 'Did they ask when you could start, or about your notice period?',
  },
  'salary-discussed': {
    title: 'Pay came up',
    explanation:
      'They asked about your salary expectations or talked about pay. A practical step that often comes when they are serious, though some screens ask everyone at the start.',
    question: 'Did they ask about your salary expectations, or talk about pay for the role?',
  },
  'ran-over-time': {
    title: 'The interview ran over time',
    explanation:
      'It went past its scheduled end. Often a sign they were engaged, though some interviewers always run long.',
    question: 'Did the interview run over its scheduled time?',
  },
  'met-more-team': {
    title: 'You met more of the team',
    explanation:
      "They introduced you to colleagues beyond the planned interviewers. Usually they want more people's view of you, or want to sell you on the team.",
    question: 'Were you introduced to more of the team than was planned?',
  },
  'references-asked': {
    title: 'They asked for references',
    explanation:
      'One of the stronger process signals: most employers only check references for candidates they are seriously considering.',
    question: 'Did they ask for your references?',
  },
  'cut-short': {
    title: 'The interview ended early',
    explanation:
      "It finished well before its scheduled time. Sometimes that means they'd decided against; sometimes they had seen enough to move you on, or simply had a clash.",
    question: 'Did the interview end noticeably earlier than scheduled?',
    prepTitle: 'Put your best first',
    nextTime: [
      'Lead with your strongest examples, so they are heard even in a short slot.',
      'If it is wrapping up early, ask "Is there anything else you would like to know about my experience?"',
      'Ask about next steps before it ends.',
    ],
  },
};
