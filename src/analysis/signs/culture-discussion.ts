import type { SignPatterns } from '../detect/types.js';

const CULTURE = '(culture|how (they|we|the team|the teams|people|everyone|their (\\w+ )?teams?|the (ward|department|office|unit|site)) (work|works|operate|look after)|values|wellbeing|well-being|work[- ]life|environment|ways? of working)';

/** A real answer about culture, values or how people work. Brush-offs are little-company-info. */
export const cultureDiscussion: SignPatterns = {
  id: 'culture-discussion',
  cues: [
    { re: new RegExp(`\\b(talk\\w*|told|tell|explain\\w*|describ\\w*|spent|spend|went into|go into|a lot|lots|loads|plenty|bit|chat\\w*|open(ly)?)\\b.{0,30}\\b(about |on |into )?${CULTURE}`), who: 'interviewer' },
    { re: new RegExp(`\\b${CULTURE}\\b.{0,60}\\b(talk\\w* for ages|talk\\w* (a lot|loads)|real answer|proper answer|went into detail|explain\\w*)`) },
    { re: /\b(no[- ]blame|blameless|meeting[- ]free|no emails? after|eat lunch together|look(s)? after each other|work[- ]life balance|no (\w+ )?hierarchy|everyone gets a say|psychological safety|crits? every|wins call|workload (charter|policy)|no graded|flat structure|family[- ]friendly)\b/ },
    { re: /\b(meeting[- ]free|blameless|no graded|nobody'?s expected to answer|nobody is expected to answer|workload charter|eat lunch together|pair a lot|how we work|we'?re quite (deliberate|open)|place people stay|no[- ]blame|nobody gets named)\b/, says: 'interviewer', weight: 0.5 },
  ],
};
