import { describe, expect, it } from 'vitest';
import { statedInterviewersFrom } from './stated-interviewers.js';

const names = (text: string): string[] => statedInterviewersFrom(text).map((p) => p.name);

describe('statedInterviewersFrom: the people who interviewed, as notes name them', () => {
  it.each<[string, string[]]>([
    ['Interview with Priya Shah, about 50 minutes.', ['Priya Shah']],
    ['Had a video call with Dana this morning. Dana asked a lot about my thesis.', ['Dana']],
    ['Interview with Dana from the data team.', ['Dana']],
    ['I was interviewed by Dr Okafor and then toured the ward.', ['Dr Okafor']],
    ['Mark (ops manager) was great, really warm.', ['Mark']],
    ['Ruth (HM) asked about my rota work.', ['Ruth']],
    ['The HR woman, Claire, barely looked up from her laptop.', ['Claire']],
    ['Claire, the HR lead, asked the standard questions.', ['Claire']],
    ['Tom Baird, their head of engineering, dug into my project.', ['Tom Baird']],
    ['Sam from HR rang to set it up.', ['Sam']],
    ['Ola from the data team joined halfway.', ['Ola']],
    ['Panel of Ana, Joe and Ruth. Ana was lovely.', ['Ana', 'Joe', 'Ruth']],
    ['Panel: Ana Silva, Joe Baird & Ruth Kerr', ['Ana Silva', 'Joe Baird', 'Ruth Kerr']],
    // one person named twice is named once, in full
    ['Interview with Priya. Priya Shah, the hiring manager, was lovely.', ['Priya Shah']],
    // in order of first mention
    ['Mark (ops manager) was warm. The HR woman, Claire, was not.', ['Mark', 'Claire']],
    // a name in any case around it: "INTERVIEW WITH" notes
    ['second interview w the team. call with Jo Adeyemi at 3', ['Jo Adeyemi']],
    // a role, then the name at once
    ['The panel was two people, the branch manager Denise and someone from HR.', ['Denise']],
    ['Their head chef Luca asked me to plate a starter.', ['Luca']],
    ['The hiring manager Dana Reyes was late.', ['Dana Reyes']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it.each([
    // an employer after "with", a day, a tool, the candidate's own people
    ['Interview with Brightwater Logistics for the ops planner job.'],
    ['Interview with the team on Monday.'],
    ['Call with HR tomorrow.'],
    ['A Zoom call with Teams backgrounds everywhere.'],
    ['Talked it over with my friend Sam, who thinks it went well.'],
    ['My mum said it sounded positive.'],
    ['The manager was nice.'],
    ['Video interview with Clearpath. He had another window open.'],
    ['Interview with Harrow & Vine LLP for a paralegal post.'],
    ["My interview with Bexley Council's planning department."],
    ['Offer call by Thurs.'],
    ['Backend in Kotlin, the team has 6 developers.'],
    ['Seemed distracted. However, the lead nurse was kind.'],
    ['For Dr Mensah (my old supervisor).'],
    ['The Nurse Unit Manager was so easy to talk to.'],
    ["Who's on the team? A few people, you'll see."],
    ['Zero on the actual team, stack or projects.'],
    ['There are nine QSs in the office.'],
    // a panel with one name is not a list
    ['Panel was fine, Ana led it.'],
    // the candidate's own boss, a day after the role
    ['My manager Sam said I should ask about progression.'],
    ['Saw the hiring manager Tuesday for coffee.'],
  ])('none in %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('quotes the name at its place in the notes', () => {
    const text = 'Quick notes.\nThe HR woman, Claire, barely looked up.';
    const [claire] = statedInterviewersFrom(text);
    expect(claire?.evidence.quote).toBe('Claire');
    expect(text.slice(claire!.evidence.start, claire!.evidence.end)).toBe('Claire');
  });
});
