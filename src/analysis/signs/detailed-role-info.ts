import type { SignPatterns } from '../detect/types.js';

const OBJECT = '(team|role|job|duties|responsibilit\\w*|shifts?|shift pattern|rota|timetable|caseloads?|territory|unit|ward|setup|set-up|stack|tools?|system|projects?|roadmap|day[- ]to[- ]day|patch|hours|schedule|targets?|quota|accounts?|structure|workflow|department|clients?|first project|caseload|post|position)';

/**
 * Specifics about the job. A negated explanation ("couldn't tell me what the team does")
 * reads as vague-role-details instead; first-person subjects (the candidate explaining) are dropped.
 */
export const detailedRoleInfo: SignPatterns = {
  id: 'detailed-role-info',
  cues: [
    { re: new RegExp(`\\b(explain\\w*|went through|go through|going through|walk\\w* (me )?through|talk\\w* (me )?through|told me (a lot |lots |all )?(about )?|tell me (a lot |all )?(about )?|describ\\w*|laid out|lay out|lays out|outlin\\w*|ran (me )?through|run (me )?through|show\\w* me|gave (me )?(a )?(good |clear |real )?(rundown|overview|breakdown|picture)|filled me in on|broke down)\\b.{0,40}\\b${OBJECT}\\b`), who: 'interviewer', neg: 'vague-role-details' },
    { re: new RegExp(`\\bthe (setup|set-up|stack|timetable|rota|shift pattern)\\b|\\b(the|our) ${OBJECT} (is|be) (\\w+ )?(\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\\b`), who: 'interviewer', conf: 0.6 },
    { re: /\b(laid|lay) it (all )?out\b|\b(talk|walk)\w* me through (the|their|our|how)\b|\bshow\w* me (round|around)\b/, who: 'interviewer', conf: 0.6 },
    { re: /\b(you|i)('ll| will|'d| would) (own|take over|lead|run|be (pairing|working|leading|running|owning|taking over|responsible|managing|covering)|have \w+( and \w+)? as|pair with|work on)\b.{0,40}\b(the |a |their |our )?\w+/, conf: 0.6 },
    { re: /\bthe (vacancy|post|role|job|position) (is|be|includes|include|involves|involve|covers|cover)\b/, conf: 0.65 },
    { re: /\b(the team is|dispatch is|is (five|six|seven|eight|\d+) (engineers|designers|nurses|teachers|people)|we own the|the (big|main) (project|account)|the post includes|the timetable is|the department is|we use|we work in|it'?s mostly|let me tell you (about|what) (the|this) (role|job)|the person in this role|(three|two|\d+) designers)\b/, says: 'interviewer', weight: 0.5 },
  ],
};
