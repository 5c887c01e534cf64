import { describe, expect, it } from 'vitest';
import { detectInNotes } from '../detect/run.js';
import type { SignId } from '../../core/signs/ids.js';
import { heardInCall, notesSigns } from './found.case.js';

// Our own sentences, in several voices, for the six role/company/culture/growth signs.
const found = notesSigns;

const HAS: [SignId, string][] = [
  // generalising from published stories
  ['culture-discussion', 'The head of service was refreshingly honest about the workload and the turnover.'],
  ['culture-discussion', 'I asked about the work culture and she answered really openly.'],
  [
    'little-company-info',
    "When I asked what the firm is like to work at, he said 'we're a bank, it's a bank'.",
  ],
  ['little-company-info', 'I asked about the culture and she said it is fine.'],
  [
    'vague-role-details',
    'I asked which clients I would be on and she said they would figure that out later.',
  ],
  ['vague-role-details', 'The recruiter did not know anything about the team at all.'],
  ['vague-role-details', 'She said nothing about which systems I would support.'],
  ['detailed-role-info', 'the depot lead explained the routes and the van checks, pretty thorough'],
  ['detailed-role-info', 'she told me its earlies and lates, 4 on 4 off, mostly the chilled section'],
  [
    'detailed-role-info',
    'He gave me a really clear picture of the job: which clients, what systems, who I sit with.',
  ],
  ['detailed-role-info', 'whoever gets it would run the Saturday clinic and cover two wards'],
  ['detailed-role-info', 'the manager say when I start I will work in the packing line with Ola'],
  ['future-role-talk', "she said once you're on board you'll own the supplier onboarding"],
  ['future-role-talk', 'tbh he talked like it was a done deal lol'],
  ['future-role-talk', 'they asked if I could start covering the Thursday late clinic from next month'],
  ['future-role-talk', 'HM: your first project would be the billing migration'],
  ['future-role-talk', "he said i'd be running the kids club on sundays 🙌"],
  ['future-growth-talk', 'they said they would put me through the AAT level 3 and pay the exam fees'],
  ['future-growth-talk', 'she mentioned most of the supervisors started on the tills'],
  ['future-growth-talk', 'Manager said after a year I could become a team lead if I want it.'],
  ['future-growth-talk', 'they fund the CIPD for anyone in the HR team'],
  [
    'culture-discussion',
    'The practice manager was open about the culture: no blame, and everyone has lunch together on Fridays.',
  ],
  ['culture-discussion', 'she said they are really big on mentoring and people stay for years'],
  ['culture-discussion', 'the office is hybrid, 2 days in the office, and they do a staff quiz once a month'],
  ['little-company-info', 'asked what the owners are like to work for and got a shrug'],
  ['little-company-info', "when I asked about the culture he just said 'check the website'"],
  ['little-company-info', 'nobody told me a thing about the company itself'],
  ['vague-role-details', "asked what the hours would be -> 'we'll sort that out later'"],
  ['vague-role-details', 'the recruiter was cagey about the team and the actual duties'],
  ['vague-role-details', 'Honestly the role is still being defined, they said it was all in flux'],
  ['vague-role-details', 'zero on the actual roadmap or who I would report to'],
  // new voices: ESL grammar, Q&A notes, third person, trades slang
  ['vague-role-details', 'When I ask about the project he say that we discuss in next round.'],
  ['vague-role-details', "asked what the work involved and got 'you'll pick it up, you know the score'"],
  ['vague-role-details', "Q: what did they say about the job? A: 'helping with whatever comes up'."],
  ['vague-role-details', 'About the duties she said very little, only the usual tasks.'],
  [
    'little-company-info',
    "I ask about the company culture, she say 'you will like it', and no more information.",
  ],
  [
    'little-company-info',
    'When I asked how is the organisation of the office, they said they will explain if you are taken.',
  ],
  ['little-company-info', 'He did not say anything about the life inside the company.'],
  [
    'detailed-role-info',
    'She explained very exactly what I would do: the billing service and two week sprints.',
  ],
  ['detailed-role-info', 'The head chef set out the responsibilities of the post, section by section.'],
  ['future-role-talk', 'He told if I join I will be owning the payments module.'],
  ['future-role-talk', "My cousin said the boss told her that once she starts she'd be on the evening desk."],
  ['future-growth-talk', 'She said they will put me forward for the registrar rotation after a year.'],
  ['future-growth-talk', 'He also told about the growth path there, lead in two years if it goes well.'],
  ['culture-discussion', "They're a co-op, so everyone has a vote on big decisions."],
  // final-check round: families, in our own words
  ['little-company-info', "asked what the vibe is like there and he just went 'we're one big happy family'"],
  ['little-company-info', 'I asked about the culture, she said "everyone is super nice" and moved on.'],
  ['little-company-info', "Asked how sales works with ops there: 'you'll learn all that in onboarding'."],
  ['little-company-info', 'He said nothing at all about how the depot runs or who else works there.'],
  ['vague-role-details', "I asked which route I'd get and he said they were still deciding."],
  ['vague-role-details', "When I asked what the analysts actually do, she said 'a mix'."],
  ['vague-role-details', 'No one told me which shifts I would be on.'],
  ['future-role-talk', "she said you'll also run the Friday stock count"],
  ['future-role-talk', 'You can start next week once your DBS comes back, she said.'],
  ['future-role-talk', "He said he'd like me on the early shift with Tom."],
  ['culture-discussion', 'She shared how they really work: no meetings on Fridays and everyone leaves by 5.'],
  ['culture-discussion', 'The team all cover for each other when kids are ill, she said.'],
  ['future-growth-talk', 'He said they put all their new drivers through the forklift course.'],
  ['little-company-info', 'He hardly mentioned the company at all.'],
  ['little-company-info', "Left knowing no more about the firm than what's on their website."],
  ['little-company-info', "asked what it's like there -> 'great people' lol"],
  ['vague-role-details', "Still no clue what I'd actually be doing day to day."],
  ['vague-role-details', "Asked about my duties, he said 'all hands on deck'."],
  ['vague-role-details', 'Manager no explain what is the work.'],
  ['future-role-talk', 'They showed me where I would be sitting.'],
  ['future-role-talk', 'Upon joining you will be heading the audit team.'],
  ['future-role-talk', 'He introduced me to the lads as the new apprentice.'],
  ['culture-discussion', 'The manager told me people have been there for twenty years.'],
  ['future-growth-talk', "There's plenty of room for growth, he said."],
  // the hire presumed in other words, and growth told by its payer or its time
  ['future-role-talk', "He said I'd be working alongside Priya on the new ward from day one."],
  ['future-role-talk', "They want me to cover Sarah's maternity leave starting in June."],
  ['future-role-talk', 'Basically she said the Manchester clients would be mine.'],
  ['future-role-talk', "He was already talking about which desk I'd have."],
  ['future-role-talk', "Told me I'll be reporting to him directly."],
  ['future-growth-talk', "He mentioned they'd want me doing my level 3 within the first year."],
  ['future-growth-talk', 'Manager say after one year maybe I can be supervisor.'],
  ['future-role-talk', 'He already had me down for the Tuesday and Thursday lates on the rota.'],
  ['future-role-talk', "She kept saying 'your team' and 'your clients' like it was settled."],
  ['future-role-talk', 'They said once my DBS clears I can start on the ward.'],
  ['future-role-talk', "He goes, right, you'll be with Gaz on the vans to start."],
  ['future-role-talk', 'Owner say when I come I will make the bread in morning shift.'],
  ['future-role-talk', "She said when you're with us in the spring you'll be running the kids' classes."],
  ['future-role-talk', "He said once I'm settled in I'll take over the Leeds accounts."],
  ['future-role-talk', 'The manager told me that when I join I would lead the night team.'],
  ['future-role-talk', "They talked like I'd already got the job, showing me my locker and all."],
  ['future-role-talk', "He said you'll have your own caseload of about 20 families."],
  ['future-role-talk', 'She told me I start Monday, on the tills with Kim.'],
  ['future-role-talk', "'You'll be the one sorting out our stock system,' she laughed."],
  ['future-role-talk', 'He introduced me to my new team before I left.'],
  ['future-role-talk', "Once you're on board you'd be looking after the Bristol office."],
  ['future-growth-talk', 'She said the firm pays for the CIPD once you pass probation.'],
  ['future-growth-talk', 'He said after two years I could become a senior technician.'],
  ['future-growth-talk', 'They talked about where the role could go in a couple of years.'],
  ['future-growth-talk', 'The trust funds a masters module for all band 6s.'],
  // holdout round: culture as concrete norms, culture named then described, role lists, never-mentioned role
  ['culture-discussion', 'She said the nurses get a real say in how the rota is built.'],
  ['culture-discussion', "He told me there's a 'no stupid questions' rule for the first month."],
  ['culture-discussion', 'Apparently everybody clocks off by half five and nobody bats an eye.'],
  ['culture-discussion', 'They run weekly bake-offs and a summer BBQ, he said.'],
  ['culture-discussion', 'The whole crew sits down together before the lunch rush.'],
  [
    'culture-discussion',
    'She said the directors pitch in on the shop floor at Christmas like everyone else.',
  ],
  [
    'culture-discussion',
    'The head talked us through their approach: no emails after six, planning done in pairs.',
  ],
  [
    'culture-discussion',
    'Values came up near the end: he said they would rather lose a client than burn out staff.',
  ],
  ['culture-discussion', 'Culture-wise, she said most people have been there for a decade.'],
  ['little-company-info', "She called the office 'family-like' but couldnt elaborate when I asked how."],
  [
    'little-company-info',
    "The manager didn't tell me anything about the branch when I asked what it's like, just 'you'll see'.",
  ],
  ['vague-role-details', 'Not once did anyone mention the actual duties.'],
  ['vague-role-details', 'The job itself barely came up.'],
  ['vague-role-details', 'When I asked about the rota or the team she just shrugged.'],
  ['vague-role-details', 'He didnt say a word about the ward or the shifts.'],
  [
    'detailed-role-info',
    'Gave me the rundown: earlies 6 till 2, two of us on the till, deliveries Tuesdays.',
  ],
  ['detailed-role-info', 'Told me straight: own patch in Kent, 40 customers, company car.'],
  ['detailed-role-info', '- told about the team (5 carers, 2 seniors, nights every other week)'],
  ['detailed-role-info', 'Said I would get my own caseload from the second month.'],
];

const LACKS: [SignId, string][] = [
  // generalising from published stories
  ['detailed-role-info', 'Then a curveball: describe a situation where you let your team down.'],
  ['detailed-role-info', 'The process was three case interviews and one written exercise.'],
  ['detailed-role-info', 'She asked me to walk through the stock system I set up at my old shop.'],
  [
    'detailed-role-info',
    'The manager talked through the apprenticeship scheme and where apprentices usually go after.',
  ],
  ['detailed-role-info', "Fingers crossed, I'll report back."],
  ['vague-role-details', 'Friendly bunch, it just did not work out in the end.'],
  ['detailed-role-info', 'He told me nothing about the team or the clients.'],
  ['detailed-role-info', 'She showed me round and introduced me to everyone on shift.'],
  ['detailed-role-info', "They'll tell me the result in a week."],
  ['detailed-role-info', 'It was a panel interview with six people around a table.'],
  ['future-role-talk', 'I asked who I would be working alongside and she said later.'],
  ['future-role-talk', "I said I'd do the training like everyone else."],
  ['future-role-talk', "She asked how you'd handle an angry customer."],
  ['future-role-talk', "He said we'll be in touch next week."],
  ['future-growth-talk', 'I asked about progression and she said they do not really do that.'],
  ['future-growth-talk', 'She wanted to know about the first aid course I did last year.'],
  ['future-growth-talk', 'Feedback would come in due course, she said.'],
  ['culture-discussion', 'They asked me about my teaching philosophy.'],
  ['culture-discussion', 'I asked what the culture was like and got nothing back.'],
  ['vague-role-details', 'the questions were all about my studies, nothing about my work as an engineer'],
  ['vague-role-details', 'She questioned whether I would cope in a small team, and later came back to it.'],
  ['vague-role-details', 'Final round date tbc by email this week.'],
  ['little-company-info', 'I went to the shop twice and the girl at the till said the manager is busy.'],
  ['future-role-talk', "My uncle reckons it's a decent place once you're in."],
  ['culture-discussion', 'Honestly the vibe was off from the start.'],
  ['detailed-role-info', 'He went through my audit on post-op falls and asked what changed.'],
  ['future-role-talk', "My cousin says it's a decent place once you're in."],
  ['little-company-info', 'She said their values are not just a poster on the wall, and gave examples.'],
  [
    'little-company-info',
    'I asked about the culture and she said great people, monthly socials, and everyone leaves at five.',
  ],
  [
    'vague-role-details',
    "I asked about the team and she said it's a mix of juniors and seniors, eight of us.",
  ],
  ['future-role-talk', "I said that I'd start on Monday if they want."],
  ['future-role-talk', "when i asked bout the company she was like 'you will see when you join'"],
  ['future-role-talk', 'When I come in for the second interview I will bring my portfolio.'],
  ['detailed-role-info', 'She said: walk me through how you got the finance team to agree.'],
  // brush-offs, conditions, the writer's own plans, courses
  ['future-role-talk', "She said I'd be a good fit for the team."],
  ['future-role-talk', "He asked whether I'd be comfortable leading a team of ten."],
  ['future-role-talk', 'The person in this role would handle all the invoices.'],
  ['future-role-talk', 'He said the final decision would be yours, then laughed.'],
  ['future-growth-talk', 'chefs rotate between the 3 hotels and rounds rotate every month'],
  ['future-growth-talk', 'I want to become a manager eventually, I said.'],
  ['future-role-talk', 'She asked what I would do in my first 90 days.'],
  ['future-role-talk', "I'd be based in Leeds if I got it, which suits me."],
  ['future-role-talk', 'When I start my next job I will ask more questions.'],
  ['future-role-talk', "I asked what I'd be doing and he said 'you'll be helping out'."],
  ['future-role-talk', "If I get it I'd be on the chilled aisle."],
  ['future-role-talk', "When I get home I'll have a long bath."],
  ['future-role-talk', "Once I'm in the car I'll call you."],
  ['future-role-talk', "They described the team I'd be joining: five devs and a designer."],
  ['future-role-talk', "They mentioned the leadership course they'd put me on after a year."],
  ['future-role-talk', "He said 'I can see you fitting in here' as I left."],
  ['future-growth-talk', 'I paid for my own NVQ last year.'],
  ['future-growth-talk', "She said we'll cover that in training, which told me nothing."],
  ['future-growth-talk', 'He smiled all the way up the stairs.'],
  // holdout round: what must stay out
  ['detailed-role-info', 'She told me the team does a pub quiz every Thursday and people leave at five.'],
  ['detailed-role-info', 'The CEO told me about the company plans for the next ten years.'],
  ['detailed-role-info', 'Question two was: tell me about a time you ran a project on a tight budget.'],
  [
    'detailed-role-info',
    'He explained the development: six months on wards, then theatres, then a mentor scheme.',
  ],
  [
    'detailed-role-info',
    "What annoyed me is how little they told me: I couldn't tell you the shifts, the team, anything.",
  ],
  ['culture-discussion', 'Everybody including the cleaner laughed at the fire alarm story.'],
  ['culture-discussion', 'I run a book club and a choir outside work.'],
  ['culture-discussion', 'It was a League One football club, my dream job.'],
  ['vague-role-details', 'I never mentioned my old team, on purpose.'],
  ['vague-role-details', "At the end he said 'we'll see how it shakes out' and showed me out."],
  [
    'little-company-info',
    "When I asked about the culture she said they're like family: Sunday lunches and everyone covers for each other.",
  ],
];

describe('verbal role signs in notes', () => {
  for (const [id, text] of HAS) it(`finds ${id}: ${text}`, () => expect(found(text).has(id)).toBe(true));
  for (const [id, text] of LACKS)
    it(`does not find ${id}: ${text}`, () => expect(found(text).has(id)).toBe(false));

  it('quotes evidence at exact offsets', () => {
    const text =
      "Bad day.\nshe said once you're on board you'll own the supplier onboarding. They fund the CIPD for staff.";
    for (const sign of detectInNotes(text))
      for (const q of sign.evidence) expect(text.slice(q.start, q.end)).toBe(q.quote);
  });
});

describe('verbal role signs in transcripts', () => {
  const inTranscript = heardInCall;

  it('hears team size and growth from the interviewer', () => {
    const ids = inTranscript([
      ['Ana', "We're a team of five, and we pay for one course a year for everyone."],
      ['Sam', 'That sounds good.'],
    ]);
    expect(ids.has('detailed-role-info')).toBe(true);
    expect(ids.has('future-growth-talk')).toBe(true);
  });
  it('does not take the candidate describing their own team as role detail', () => {
    const ids = inTranscript([
      ['Ana', 'Tell me about your last job.'],
      ['Sam', "We're a team of five and we pay for one course a year."],
    ]);
    expect(ids.has('detailed-role-info')).toBe(false);
    expect(ids.has('future-growth-talk')).toBe(false);
  });
  it('hears culture talk', () => {
    const ids = inTranscript([
      ['Ana', 'Honestly we all get on, and we look after each other here.'],
      ['Sam', 'Lovely.'],
    ]);
    expect(ids.has('culture-discussion')).toBe(true);
  });
});
