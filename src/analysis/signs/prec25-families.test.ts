import { describe } from 'vitest';
import { signTable } from '../detect/notes-table.case.js';

// Session 25's precision families: near misses of the signs the blind notes found wrongly most often (the job told
// by the advert, the candidate's own job, warmth that is not the room's, praise of what is not the record), and the
// real sign beside each, which must stay.
describe('vague-role-details: the advert given back, the title and no more', () => {
  signTable([
    ['Honestly she just read the job description back to me.', 'vague-role-details', true],
    ['The panel reiterated the JD almost word for word.', 'vague-role-details', true],
    ['He went over the job, mostly what was on the advert to be honest.', 'vague-role-details', true],
    ['About the team itself, nothing I had not already read on the website.', 'vague-role-details', true],
    ["I couldn't tell you much more than the job title.", 'vague-role-details', true],
    ['He barely said a word about the job itself.', 'vague-role-details', true],
    ['By the end I had described the role more than she had.', 'vague-role-details', true],
    ['His outline of the post was high level at best.', 'vague-role-details', true],
    ["Her version of the job was 'you'll be on the tills and stuff'.", 'vague-role-details', true],
    [
      'Getting a straight answer about the role was like nailing jelly to a wall.',
      'vague-role-details',
      true,
    ],
    // the candidate's own reading, and a real answer
    ['I read the job description three times on the train.', 'vague-role-details', false],
    ['I just wrote what was in the advert on my form.', 'vague-role-details', false],
    [
      "She said I'd be on the tills and stuff like returns, refunds and the weekly stock take.",
      'vague-role-details',
      false,
    ],
  ]);
});

describe('detailed-role-info: the candidate described, or their own current job', () => {
  signTable([
    ['My referee had described me as a natural with the residents.', 'detailed-role-info', false],
    [
      '- told them about current job: 3 sites, 40 staff, weekly KPIs to the area mgr',
      'detailed-role-info',
      false,
    ],
    [
      'She walked me through the job: 3 sites, 40 staff, weekly KPIs to the area manager.',
      'detailed-role-info',
      true,
    ],
    ['He described the role in detail: two clinics and a ward round a week.', 'detailed-role-info', true],
  ]);
});

describe('positive-atmosphere: warmth that is not the room', () => {
  signTable([
    ['Receptionist was so warm, chatted to me about my shoes while I waited.', 'positive-atmosphere', false],
    ['Comfy chairs in reception and a friendly security guard.', 'positive-atmosphere', false],
    ['They were friendly with each other but I felt like a spectator.', 'positive-atmosphere', false],
    [
      'The HR woman was lovely and smiled at every answer, but it did not make the room any less tense.',
      'positive-atmosphere',
      false,
    ],
    ['The kids were lovely and really welcoming on the tour.', 'positive-atmosphere', false],
    ['She mentioned the dress code is relaxed and everyone wears trainers.', 'positive-atmosphere', false],
    ['Warm and welcoming, if your idea of welcoming is an hour of grilling.', 'positive-atmosphere', false],
    ['I made a real effort to be warm and chatty.', 'positive-atmosphere', false],
    ['A warm room (the radiators were on full blast).', 'positive-atmosphere', false],
    // the room itself, which must stay
    ['The two of them were so warm, it felt like a chat with friends.', 'positive-atmosphere', true],
    ['The manager was lovely and put me at ease straight away.', 'positive-atmosphere', true],
    ['Tense at first, but by the end it was warm and easy.', 'positive-atmosphere', true],
  ]);
});

describe('achievements-praised: praise of papers, from someone else, or the candidate’s own', () => {
  signTable([
    ['She said my NVQ and first aid cert are exactly what they look for.', 'achievements-praised', false],
    ['He complimented my CV, said it was the clearest layout he had seen.', 'achievements-praised', false],
    ['The interviewer said my English is very good.', 'achievements-praised', false],
    ['My careers adviser said my answer about the audit was excellent.', 'achievements-praised', false],
    [
      'I told them I had followed their rebrand and thought it was impressive.',
      'achievements-praised',
      false,
    ],
    // digging told in other verbs, which counts
    ['The interviewer probed deeply into the migration I led.', 'achievements-praised', true],
    ['They asked me three different ways about the ward move I led.', 'achievements-praised', true],
    ['He asked me to break down how I grew my territory.', 'achievements-praised', true],
    ['She said my audit results were impressive.', 'achievements-praised', true],
  ]);
});

describe('other look-alikes: other candidates, photos, research, nerves forgotten, a dig at the work', () => {
  signTable([
    ['Had a great laugh with the other candidates in the waiting room.', 'engaging-conversation', false],
    ['We had a great laugh about the wifi, she was a hoot.', 'engaging-conversation', true],
    ['Their website is all smiling staff photos.', 'interviewer-smiling', false],
    ['She smiled at all my answers.', 'interviewer-smiling', true],
    ['I knew loads about them going in, like the four-day week pilot.', 'culture-discussion', false],
    ['He kept coming back to the food bank app I built.', 'raised-concerns', false],
    ['Chatting away, me forgetting I was supposed to be nervous.', 'candidate-nerves', false],
  ]);
});
