/**
 * Plain, non-grading guidance from delivery metrics. The directions (speak fluently, fewer
 * fillers, "we" where work was shared, more varied words) follow Naim et al. 2015, which
 * studied judges' ratings of mock interviews, not offers; so these are tips, not a verdict.
 */
import type { DeliveryMetrics } from '../types.js';

export interface DeliveryTip {
  id: string;
  text: string;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function talkShareTip(share: number): DeliveryTip {
  const said = `You spoke for about ${pct(share)} of the words.`;
  if (share < 0.35) {
    return {
      id: 'talk-share',
      text: `${said} The interviewer did most of the talking, which can simply mean they were describing the job. In a next interview, answers with one concrete example each can give them more of you to go on.`,
    };
  }
  if (share > 0.75) {
    return {
      id: 'talk-share',
      text: `${said} Candidates usually speak for roughly half to two thirds of an interview. Pausing after the main point of an answer leaves room for follow-up questions, which tend to make it feel like a conversation.`,
    };
  }
  return {
    id: 'talk-share',
    text: `${said} That is a balanced share for an interview: you answered fully and left room for the interviewer.`,
  };
}

/** Tips in a stable order; each is phrased as something to try, never as a score. */
export function deliveryGuidance(metrics: DeliveryMetrics): DeliveryTip[] {
  const tips: DeliveryTip[] = [talkShareTip(metrics.candidateTalkShare)];
  const wpm = metrics.wordsPerMinute;
  if (wpm !== undefined) {
    const pace = `By the transcript's timings you spoke at about ${Math.round(wpm)} words a minute.`;
    if (wpm > 180)
      tips.push({
        id: 'pace',
        text: `${pace} That is on the quick side; a short pause before each answer can make it easier to follow.`,
      });
    else if (wpm < 100)
      tips.push({
        id: 'pace',
        text: `${pace} The timings include pauses, so this may just be thinking time; a steady pace reads as confident, and it is fine to take a breath first.`,
      });
    else tips.push({ id: 'pace', text: `${pace} That is a comfortable conversational pace.` });
  }
  const fillers = Math.round(metrics.fillersPer100Words * 10) / 10;
  if (fillers > 3) {
    tips.push({
      id: 'fillers',
      text: `There were about ${fillers} filler words ("um", "like", "you know") per 100 words. Nearly everyone uses them; a brief silence instead of a filler tends to come across as more fluent.`,
    });
  } else {
    tips.push({
      id: 'fillers',
      text:
        fillers === 0
          ? 'No filler words showed up. Automatic transcripts often leave out "um"s, so take this as a rough count.'
          : `Few filler words showed up (about ${fillers} per 100 words). Automatic transcripts often leave out "um"s, so take this as a rough count.`,
    });
  }
  if (metrics.weToIRatio < 0.25) {
    tips.push({
      id: 'we-and-i',
      text: 'You mostly said "I" rather than "we". Owning your part is good; where the work was shared, naming the team as well ("we shipped it, and my part was...") tends to come across well.',
    });
  }
  if (metrics.uniqueWordRatio < 0.6) {
    tips.push({
      id: 'vocabulary',
      text: 'Some words came back often. Specific names, numbers and results in your examples make answers more vivid and memorable.',
    });
  }
  if (metrics.longestAnswerWords > 300) {
    tips.push({
      id: 'long-answer',
      text: `Your longest answer ran to about ${metrics.longestAnswerWords} words, a few minutes of talking. Leading with the outcome, then the detail, helps an interviewer keep hold of long answers.`,
    });
  }
  if (!metrics.askedQuestionsAtEnd) {
    tips.push({
      id: 'questions-at-end',
      text: 'The transcript shows no questions from you near the end. Having two or three ready about the team or the work is an easy way to show interest next time.',
    });
  }
  return tips;
}
