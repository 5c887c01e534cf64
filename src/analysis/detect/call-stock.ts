/**
 * Stock questions as a panel says them aloud (session 14). A structured panel tells the candidate
 * the questions are the same for everyone and asks the competency and values questions of any job.
 * One set question is normal: the sign needs two weights, so four of the plain ones, or the panel's
 * word that the list is everyone's beside two of them. Numbering alone is no sign: a panel may number
 * questions about the candidate's own record.
 */
import type { SignPatterns } from './types.js';

const NUM = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const EVERYONE = String.raw`(?:everyone|everybody|all (?:the |our )?(?:candidates|applicants)|every (?:candidate|applicant)|each (?:candidate|applicant))`;

export const spokenStock: SignPatterns = {
  id: 'generic-questions',
  cues: [
    // the list is everyone's: "a set of questions we ask everyone", "questions that we ask all candidates"
    {
      re: new RegExp(
        String.raw`\bquestions,? (?:that |which )?we (?:ask|put to|give) ${EVERYONE}\b|\bwe ask ${EVERYONE} the same\b|\bsame questions (?:to|for|of) ${EVERYONE}\b|\bask(?:ing)? ${EVERYONE} the same (?:\w+ )?questions\b`,
      ),
      surface: true,
      says: 'interviewer',
      weight: 1,
    },
    // the format announced: a fixed count of questions, and no following up
    {
      re: new RegExp(
        String.raw`\bwe(?:'ll| will| are going to|'re going to) (?:be )?ask(?:ing)? you ${NUM} questions\b|\bno follow[- ]?up questions\b`,
      ),
      surface: true,
      says: 'interviewer',
      weight: 1,
    },
    // the competency and values questions any job gets
    {
      re: /\bwhat does (?:[\w-]+ ){1,4}mean to you\b|\bhow do you prioriti[sz]e\b|\bwhy (?:have |did )?you (?:have )?(?:applied|apply) (?:for|to)\b|\bwhy would you like to (?:be|work|join)\b|\bwhat (?:do you think )?makes (?:a|an) (?:good|great) \w+|\bwhy do you think (?:[\w-]+ ){1,3}(?:is|are) important\b|\bhow would you (?:deal with|handle|respond to|approach|manage) (?:a|an) (?:[\w-]+ ){1,2}who\b|\bwhat would you do if\b|\byour (?:main|key|top|biggest|greatest) (?:strengths?|weakness(?:es)?)\b|\bhow do you (?:handle|deal with|cope with|manage) (?:disagreements?|difficult (?:people|colleagues|customers)|feedback|change|mistakes)\b/,
      surface: true,
      says: 'interviewer',
      weight: 0.5,
    },
  ],
};
