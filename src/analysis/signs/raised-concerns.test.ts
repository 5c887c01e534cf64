import { describe, expect, it } from 'vitest';
import { detectInNotes } from '../detect/run.js';
import { heardInCall } from './found.case.js';

// Our own sentences: two or more doubts in the voices people use, and one doubt or none.
const has = (text: string) => detectInNotes(text).some((s) => s.id === 'raised-concerns');

const YES: string[] = [
  // two doubts in one sentence, each of a different kind
  'The partner pushed back on my billing numbers, then questioned whether I had ever run a team.',
  'He challenged my design choices and doubted I would cope with the on-call load.',
  // a follow-on question with its own verb
  'She asked whether I had enough ward experience, then a few questions later asked whether I would ever managed a rota.',
  'The manager expressed concerns regarding my lack of sales targets, and later queried whether my retail background would transfer.',
  'They asked why I have a gap of one year, and later again why I change jobs so often.',
  // repeated, in many voices
  'She raised, on two separate occasions, a concern about my Excel.',
  'him keep seh mi nuh have enough experience fi di job',
  'He kept saying I was too junior for it.',
  'she wasnt convinced about my portfolio, and my lack of agency work bothered her too',
  'He said he was not sure I was ready, and then again said he was worried about my lack of management.',
  'Her concerns were my age and my lack of a driving licence.',
  'The director asked why my grades were so low, and then again why I never did an internship.',
  'The owner said he was not sure I had enough commercial experience and the son said the same about the gas work.',
  'Her first worry was my notice period. Another concern was that I have never used SAP.',
  'She questioned whether I could handle nights. She also said I lacked enough theatre experience.',
  'The panel had a list of worries: my age, my lack of a degree, and whether I would stay.',
  'She asked if I was overqualified and then whether I would get bored within a year.',
  'He doubted I had the stamina for nights and said my CV looked thin.',
  'manager no believe my experience, two time she ask me if really I do this job before',
  'tbh he wasnt convinced i could do it, kept saying i was too green',
  'The chair noted that my experience was mainly in the private sector and queried whether I understood public accountability.',
  'Interviewer doubt about my age, also doubt about my Excel skill.',
  "She asked me how I'd cope with the workload, then again at the end whether I was sure about the commute.",
  "Two things seemed to bother her: that I've only done temp roles, and that I don't drive.",
  'She listed her concerns: no degree, no management experience.',
  'He ran through his worries, my age and my lack of a licence.',
  'She went through a list of reasons I might not be suited to the role.',
  'my lack of experience came up again and again',
  "Both the HM and the recruiter questioned whether I'd stay long.",
  // doubts as modal verdicts and downside questions
  "She said my retail background might not carry over, and wondered if I'd be happy on less money.",
  'He reckoned I would be bored within a month. He also said my code would not survive production.',
  'The partner asked whether my litigation work would really transfer, then asked if I thought that was a gap.',
  "He didn't think I'd last in a team this size, and said my portfolio wouldn't stack up against agency people.",
  'He questioned if my degree was relevant and flagged that I have never led a team.',
  // a doubt on every answer; quoted doubts; the record addressed as lacking; a repeat after a reported question
  'She picked apart pretty much every example I gave.',
  'The panel chair challenged everything I said about the budget.',
  'Every answer I had, he came back with "but have you done it for real?"',
  "He kept asking 'are you really sure?' whenever I mentioned my team.",
  "She asked 'have you actually managed anyone?' and said 'your sales numbers are a bit thin'.",
  'The head asked me how I would run a parents evening, then raised twice that I had only taught sixth form.',
  'She said my degree was not really relevant and questioned why I left after a year.',
  'my lack of a licence came up like four times',
  // a second doubt joined by "and"; a doubt said again; the record's size quoted; too young or a flight risk
  'She was dubious about my figures and wary that I would get bored.',
  'He plainly thought I was a flight risk and mentioned it twice.',
  "She went 'hmm, that's not much experience' and then 'why so many jobs?'",
  'They felt I was too junior and asked if I had ever managed a budget at all.',
  'They seemed worried I would leave within a year and that my pay expectations were too high.',
  // a formal voice
  'The chair remarked that my publication record was modest and questioned whether I could secure external funding.',
];
const NO: string[] = [
  'I went through my worries with my partner the night before.',
  'She was concerned about the parking situation for me and offered a permit.',
  'My biggest worry was my lack of experience, but they never mentioned it.',
  'She asked me if I was sure I had no questions.',
  // one doubt said with two kinds of words is still one doubt
  'She pushed me on whether I could handle the pressure, which is fair for A&E.',
  'He had concerns about my lack of forklift experience, then told me they train everyone.',
  'He asked about the gap in my CV.',
  'He asked twice if I wanted a coffee.',
  'She had one small concern about my notice period, otherwise it was all praise.',
  'I was worried about my answers and not sure I came across well.',
  'They asked if I had questions, then whether I could start on Monday.',
  'No concerns were raised about my experience or my availability.',
  'I said the same about the commute.',
  'She asked why I left my last job, and we moved on.',
  'He asked about my hobbies, then about my last role.',
  'Another question was about my favourite book.',
  'I kept saying sorry because I was so nervous.',
  "I worried my experience wouldn't translate, but she said it would transfer really well.",
  'He said the old system would not scale so they are rewriting it.',
  "I asked whether I'd be ok with the pay if I went part-time.",
  "He asked me the same question twice like he wasn't listening.",
  "I pointed out that I'd never missed a deadline.",
  // the candidate doubting, a question asked to hear it again, a low figure not the candidate's, a single quoted doubt
  'I questioned every assumption in the case study, which is what they wanted.',
  'She said the budget for the team was a bit low this year.',
  'He asked me twice to repeat my answer because the line dropped.',
  "She asked 'are you sure you want a coffee?' before we began.",
  'I asked the recruiter how the day would go, then asked twice where to park.',
  'Every answer I gave, she nodded and wrote something down.',
  // one doubt only; the candidate's own worries; a view of someone else
  'They made it clear they thought I was underqualified, but they still want to see me again.',
  'I thought I was too junior for it and said so twice to my partner.',
  'I was worried my answers ran long and that my CV was too thin.',
  'She said the last hire was too junior for the role.',
  // one doubt read by two cues is still one doubt
  'She said I was too junior.',
  'He said I had not enough experience.',
  'She said my CV was a bit thin.',
  // questions asked again out of care or interest, and dates moved, are no doubts
  'She asked me twice if I wanted water and whether I was comfortable.',
  'He kept asking if I was alright and if I needed a break.',
  'They pushed back the start date twice.',
  'He asked me again and again about my side project, he loved it.',
  'She asked three times whether I had any questions for her.',
];

describe('raised-concerns: two or more doubts', () => {
  it.each(YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// Verdicts said to the candidate's face, two of them; one alone, or advice to the reader, is not the sign.
// session 8: doubts chained by "then", a challenge whatever it is about, a "why" put to a weak spot,
// a background that "might not suit", a clause object ("doubted I knew"), a verdict joined without "that"
const CHAINED_YES: string[] = [
  'She challenged me on my notice period, then said my agency background might not suit an in-house team.',
  'He doubted I knew the software well enough, and later questioned whether I would stay.',
  'The chef said my knife work was too slow, then that I had never handled a busy pass.',
  "Said my forklift ticket was out of date and I'm 'a bit young for the night shift'.",
  'They asked why my grades were so low and why I had never held a job longer than a year.',
  "The panel questioned why I've only done temp work, then wasn't sure I'd settle.",
];
const CHAINED_NO: string[] = [
  // one doubt alone, or the candidate's own
  'She challenged me on my notice period and then told me about the team.',
  'I doubted I knew enough, but the panel seemed happy with every answer.',
  'They asked why I wanted to leave my current job and what I enjoy most.',
  "He said my portfolio was strong and I'm a good fit for the studio.",
  'I asked why the last manager had only stayed a year; she said he moved abroad.',
];

describe('raised-concerns: doubts chained and put as pointed whys', () => {
  it.each(CHAINED_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(CHAINED_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

const TOLD_YES: string[] = [
  'He looked up and said: "You\'re too junior." Then: "You\'re under-qualified for a senior post."',
  '"You\'re inexperienced," she said. Later: "I can tell you and I would not get along."',
  'He opened with "I look at your CV and I see someone who never stays." At the end he said you\'re not ready.',
  '"You don\'t have enough theatre experience," she said, and later, "you\'re too quiet for this ward."',
  'The recruiter told me I was under-qualified. She also said I was not what they were looking for.',
];
const TOLD_NO: string[] = [
  '"You\'re green," he said, and then he offered me the job.',
  "If you're under-qualified, apply anyway, and if you're green, say so.",
  'She said you and I will get along fine.',
  'I look at your CV and I see exactly the person we need, he said.',
  "What you don't have in experience you make up in drive, she said.",
  // one verdict is one doubt, however it is worded
  'The recruiter told me I was under-qualified.',
  '"You\'re very inexperienced," he said, and moved on to the rota.',
  'My dad said I was not ready, and then he drove me there.',
  // an advice column talking to its reader
  "As a new grad you're inexperienced, and you don't have enough experience for intensive care yet, so start on a ward.",
];

describe('raised-concerns from direct-address verdicts', () => {
  it.each(TOLD_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(TOLD_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// Families added from the released holdout: feedback passed on in the second person, doubtful questions in a row,
// blemishes on the record, a doubt counted out or said again, and the interviewer's own doubts in a call.
const MORE_YES: string[] = [
  "Quick note from the agency: the manager isn't sure you've run a budget, and she's worried about the notice period.",
  'She felt your examples on change management were a bit too high-level, and had concerns about the gap in your CV.',
  'The recruiter said the panel had reservations about the gap between your contracts and about how long ago you last coded.',
  'He asked why I left the bakery after just eight months, and then why I never finished my diploma.',
  'The supervisor asked why I had a gap on my record, then askin did I even know the safety rules.',
  'She asked whether I had ever led a night shift and, a bit later, whether a graduate could really handle the families.',
  'The head pushed on whether my thesis would be published in time and, separately, on whether my methods could attract funding.',
  'The fleet manager asked about my speeding ticket from last year, then about a prang in the depot.',
  'She flagged three things: my notice, my lack of a licence and my salary.',
  'He say my English not so strong. Three times he say like that.',
];
const MORE_NO: string[] = [
  "The recruiter said the manager loved your portfolio and isn't worried at all.",
  'She asked why I left my last job, and then whether I could start on the first.',
  'He asked about my hobbies, and then whether I could drive to the site.',
  'She asked about my accident at the gym because she broke her own wrist the same way.',
  'She twice asked me to hold on while she found the room key.',
  'They flagged two things they loved: my portfolio and my references.',
  'She raised two points about the rota that I had not thought of, then offered me the job.',
  'He asked why I left after just six months, then asked if I enjoyed the team.',
  'She asked about my car and then about parking.',
];

describe('raised-concerns: feedback, questions in a row, blemishes', () => {
  it.each(MORE_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(MORE_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// Criticism passed on as what was said: a verdict on the record, a second one joined by "and that", one doubt verb
// with two objects, a doubt verb after "then", the writer's own count, a list after a colon, "first that ... then that".
const REPORTED_YES: string[] = [
  "The manager said my CAD work was 'a bit thin' and that I'd struggle with the night shifts.",
  'She said my references were "a bit dated", and then that I had never run a till on my own.',
  'He doubted my forklift ticket and my availability at weekends.',
  'The head questioned her classroom record, then doubted whether her degree was relevant.',
  'She challenged me on my sales figures and then on why I left the bank.',
  "He had two issues: that I've never worked nights, and that I live too far away.",
  'She said my portfolio looked too corporate. Two strikes before we even got to the brief.',
  "They raised objections: that I'd been self-employed too long and that I'd find an office dull.",
  "The panel chair raised concerns, first that I hadn't led a team, then that I'd only been qualified a year.",
  "Every answer I gave got a 'yes, but' from her.",
  "'We'd normally want someone with a licence,' he said, 'and you haven't driven a van before, have you?'",
  'He said my typing was on the slow side and also that my Excel "might be a problem".',
  'The partner said my tax experience was limited, and came back later to question whether I understood trusts.',
  'Said my answers lacked detail and that I seemed unsure about the budget.',
  'told me my salary ask was "ambitious" and that my notice was too long',
  // a list told with commas, a point raised against the record, a doubt wondered aloud, a view that it would not do
  "He said my sample report had too much padding, and that I'd gone on too long in the presentation.",
  "The director raised that I'd moved jobs three times, and later wondered whether I'd settle in a small firm.",
  "She told me flat out that my CV had gaps and that she'd prefer someone with a forklift licence.",
  "He didn't think my hospital background would translate, and said my manner seemed a bit reserved.",
  "The chef said twice that I'd never run a pass on a Saturday.",
  'She said my plan was unrealistic and my costings too low.',
  "The owner hated that I'd only done weekend shifts and said my references had been a bit thin.",
  'He picked at every figure in my business case.',
  "They said my languages were 'more suited to a bigger firm', then questioned my salary and my notice period.",
  "She was concerned I'd never led a ward, and then later she said she wasn't sure I had the budget experience.",
  'Felt totally picked apart. She said my degree was irrelevant.',
  // criticism of what was shown, one worry about two things, more experience needed first, a verdict on the level
  'He criticised my presentation and said my answers lacked detail.',
  "She wasn't impressed with my forklift record and said I'd need more training.",
  'The supervisor seemed concerned about my short contracts and my lack of a licence.',
  "She said my Excel wasn't quite at the level they need. She also felt I was a bit junior for the team.",
  "The buyer didn't seem convinced by my answers and said my range planning was limited.",
  'He told me my CV was weak and that I should get more experience first.',
  'The manager said I was too inexperienced and that they needed someone who could hit the ground running.',
  "He wasn't keen on my lack of a licence and hinted that I was overqualified.",
  'They said they were looking for someone with more site experience and that my answers were too theoretical.',
  "He said my answers were vague and that I didn't give enough examples.",
  "The panel felt my answers lacked depth and that I hadn't prepared enough.",
  "Said my experience is not relevant and I don't have the right qualifications.",
  'He was quite negative about my previous role and my reasons for leaving.',
];
const REPORTED_NO: string[] = [
  // the job described, praise, the interviewer's own team, the writer's own verdict
  "He said my day would be mostly meetings and that I'd need a laptop.",
  'She said my notice period was short, which suited them.',
  'She said my plans were ambitious and she loved it.',
  'She said her team was a bit small and that the office was old.',
  "I said my CV was a bit thin and that I'd never managed anyone, but she didn't mind.",
  "She said I was exactly what they need and that I'd just have to wait for references.",
  // a list that is no doubt, a return that is no doubt, advice in the second person
  'They had two things: a written test and a chat with the team.',
  'The taxi driver came back to say the road was closed.',
  'What you lack in experience you make up in enthusiasm, she said, and then she offered me a trial shift.',
  // one verdict, then praise; the candidate's own concerns; a friend's view
  'She said my portfolio was a bit thin, then offered me the job on the spot.',
  'I had three concerns going in: the pay, the hours and the commute.',
  "My friend said my CV was too long and that I'd never get an interview with it.",
  "We'd want someone to start in June, she said.",
  // offers, the writer's own wondering and dislikes, a single point raised, a requirement said once
  "She wondered if I'd like a tour of the kitchen before I left.",
  "Was wondering if I'm overthinking this.",
  "I didn't think my answers were strong enough, but she said they were great.",
  "I hated that I'd forgotten my notes.",
  "She raised that I'd need a DBS check, which is standard.",
  'He said my feedback had been really useful and my portfolio excellent.',
  "He said twice that I'd be great on the team.",
  'My mentor picked at my CV for an hour before the interview, which helped.',
  'We really need someone who can start in June, she said, and I can.',
  // praise, a neutral pair of questions, the writer's own doubts, the team's future
  'She was impressed with my experience and asked if I could start soon.',
  'He asked about my availability and my notice period.',
  'I had doubts about my experience but she reassured me.',
  "She said I'd own the northern accounts and that they want someone who can step up when the lead retires.",
  'I was worried about my answers and my hair, but she was lovely.',
  'He was really friendly and asked about my hobbies and my last job.',
  "She said my portfolio was strong and that I'd fit right in.",
  'I was too nervous and my answers were too long.',
  "I wasn't keen on the commute, and I hinted that I'd want hybrid.",
];

describe('raised-concerns: criticism reported', () => {
  it.each(REPORTED_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(REPORTED_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

describe('raised-concerns in a call: the interviewer names doubts', () => {
  it('hears two doubts said to the candidate', () => {
    const s = heardInCall([
      ['Dee', "I'll be frank, three jobs in two years is a lot. Why should we believe you'd stay?"],
      ['Sam', 'The first two were fixed-term contracts.'],
      ['Dee', "And I want to be sure you've thought about the night rota."],
    ]);
    expect(s.has('raised-concerns')).toBe(true);
  });
  it('hears a panellist who counts her concerns and names them', () => {
    const s = heardInCall([
      ['Pat', "I'm going to be honest with you, I have a couple of concerns."],
      ['Sam', 'Okay, go on.'],
      ['Pat', "You've got no warehouse experience. And I'm not sure how you'd cope with the night shifts."],
    ]);
    expect(s.has('raised-concerns')).toBe(true);
  });
  it('does not hear honesty that is an offer, or a jump that is praise', () => {
    const s = heardInCall([
      ['Pat', "I'll be honest, I'd like to offer you the job."],
      ['Sam', 'Wow, thank you.'],
      [
        'Pat',
        "That's a big jump from your last place, well done. I'll be honest about what this is: a formality.",
      ],
    ]);
    expect(s.has('raised-concerns')).toBe(false);
  });
  it('does not hear one, or a reassurance', () => {
    const s = heardInCall([
      ['Dee', 'Your portfolio is great. Any questions for us?'],
      ['Sam', "I'm not sure about the parking, is there a space?"],
      ['Dee', "Yes, it's not a lot of money but we pay for parking."],
    ]);
    expect(s.has('raised-concerns')).toBe(false);
  });
});

// session 10: second doubts the cues missed: a stand-in for the candidate, the employer's norm, a credential discounted,
// sceptical questions quoted, "someone more senior", "a concern that I", what the record was called, a second verdict
// after "and", an answer said to fall short, the move called a big one, a relayed verdict, more wanted than was shown
const VOICED_YES: string[] = [
  'She doubted a career changer would settle in, and asked why my degree was only a pass.',
  "He wasn't sure someone from hospitality could handle the admin and questioned my notice period.",
  'My grades were lower than they normally take, and she wondered whether I would cope with the hours.',
  'He said they usually hire people with a masters, then asked why I had never published.',
  'She said a first aid badge does not make me a nurse and questioned whether I had done nights.',
  "He asked 'won't you get bored here?' and then 'do you even want to do sales?'",
  "She went 'isn't this a step down for you?' and doubted my reasons for moving.",
  'He said the team needs someone more senior and asked why I had only stayed a year.',
  'She said it was a concern that I had never used the system, and she seemed doubtful about my references.',
  'He called my CV a bit all over the place, then asked if I would really stick around.',
  'She said I was a bit green and maybe not commercial enough.',
  "He said I hadn't really answered the scenario question and pushed back on my budget figures.",
  'She said it was quite a jump for me and that my examples were too small.',
  "Apparently my background isn't really what they need, and my day rate is way off.",
  'He said he would have expected more from someone with my years and questioned my motivation.',
  "He didn't seem to believe me when I talked about my sales, and said my patch sounded a bit comfortable.",
  "The sergeant said my answer to the scenario was weak and that I'd probably get bored on response.",
];
const VOICED_NO: string[] = [
  // one doubt, however put; the writer's own doubt; a norm that fits the candidate; a step up taken as praise
  'She doubted a career changer would settle in, but said my answers put her mind at rest.',
  'I doubted a newcomer would get the job, but they offered it to me.',
  'He said they usually hire people with a masters, which I have.',
  "He asked 'won't you get bored of me talking?' and laughed.",
  'She said the team needs someone more senior, so they are hiring two of us.',
  'He told me to take my time and that the nerves did not make me any less of a fit.',
  "The landlord wants proof I'm employed before I can sign.",
  'They said they would take a chance on me, and I start Monday.',
];

describe('raised-concerns: second doubts in other words', () => {
  it.each(VOICED_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(VOICED_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// session 10, second round: disbelief, the candidate not pictured in the job, set below the field, work still to do,
// cut in to correct, the candidate's kind met before, a dare to convince, a weak spot to explain
const DISBELIEF_YES: string[] = [
  "He wasn't buying my reasons for the move and thought I was overselling the project.",
  "She couldn't see me fitting in with the night team. She also wanted to know why I'd been let go.",
  "He said I'd be the least experienced person there and questioned my reasons for applying.",
  'She said my Spanish would need to improve and that my examples were a bit naive.',
  "He cut in to correct my figures, then asked how I'd explain the gap in my record.",
  "She said they'd had bad experiences with agency people and asked if I'd really stay.",
  "He said 'convince me' and then pushed me to admit the launch had flopped.",
  "The other candidates had a lot more experience, she said, and my CV doesn't exactly scream team lead.",
  'He looked unimpressed with my answer about the audit and said my example was textbook.',
];
const DISBELIEF_NO: string[] = [
  'She cut me off mid-answer to say thanks, that was all, and I cut in to ask about parking.',
  "He couldn't see me until three so I waited, and he said he'd had people like me in before for the summer.",
  "They tried to convince me to take the evening shift and asked how I'd explain the tool to a customer.",
  "She said I'd be the least experienced but they train everyone, and the other candidates were lovely.",
  "I couldn't see myself in the role, and I found it hard to believe I'd got that far.",
  "She said I'd need to get up to speed on their systems, which everyone does.",
];

describe('raised-concerns: doubts shown as disbelief, comparison and work to do', () => {
  it.each(DISBELIEF_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(DISBELIEF_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// session 10, third round: the interviewer's own words quoted in notes
const QUOTED_YES: string[] = [
  'She said "I\'m a bit worried about the gap" and asked why I had only stayed a year.',
  '"You don\'t have a nursing degree, do you?" he asked, then "would you really be happy on nights?"',
  'He said "we were expecting someone with more experience" and questioned my notice period.',
  'She warned that career changers often struggle here, and doubted I would settle.',
  'He asked "why did you leave after six months?" and said my CV was a bit patchy.',
  'She said "your background is mostly retail" and wondered whether I would cope with the admin.',
  'He said "not sure that would scale" and then "have you ever run anything bigger than a shop?"',
  'She questioned my teamwork story and said it did not show leadership.',
  "He doubted my sales figures and asked if I'd inflated them.",
  "She called me very green and said I'd need a lot of hand-holding.",
  'He said "that\'s a lot of moving around" and asked whether I planned to stay.',
  "She said I'd be a real gamble. Later she seemed surprised I hadn't led a team.",
  'He expected me to know more about their clients and did not like my answer on pricing.',
  'She flagged my short stints and asked why I thought I was ready for it.',
  'He implied I was underprepared and questioned my reasons for leaving.',
];
const QUOTED_NO: string[] = [
  "I'm a bit worried about the commute, to be honest, and I'm not sure about the hours.",
  'I was expecting someone more senior to interview me, and I asked why the manager had left.',
  "I said I'm worried about the gap, but she told me not to be.",
  "I don't think that would work for me, and I'm not sure the bus route works either.",
  'He said I was a big risk taker in a good way, and she expected me to be there at nine.',
  "I didn't like my answer about conflict, and I was surprised I hadn't heard back.",
];

describe('raised-concerns: the interviewer quoted', () => {
  it.each(QUOTED_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(QUOTED_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// Doubts counted before a list in other verbs, a gap named by its year, a question naming what was never done.
const LISTED_YES: string[] = [
  'The ops lead pushed hard on two other things: that I have only worked nights, and that I have no forklift ticket.',
  'The head of year raised the tricky points: whether I could manage a form group, whether I would cope with the marking.',
  'She pressed me hard on a couple of things — my notice and whether my German is fluent enough.',
  'He was not keen on the gap in 2022, and asked why I had only stayed eight months at the bakery.',
  "She asked how I'd feel about the fact I've never led a team, and doubted I would cope with the budget.",
];
const LISTED_NO: string[] = [
  // the candidate pushing, a count of praise, a gap that is no record, a question about the new
  'I pushed hard on two things: the pay and the start date.',
  'They pushed hard on two things they loved: my portfolio and my references.',
  'There was a gap between the two interviews, so I got a coffee.',
  "She asked how I would feel about working in a town I've never visited.",
];

describe('raised-concerns: counted in other verbs, gaps by year, never done', () => {
  it.each(LISTED_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(LISTED_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// A second doubt in more families, each beside one doubt that alone does not make the sign: the job weighed against
// home life, a part of the record "not enough", one doubting verb with two things, "not yet convinced", "someone faster".
const LIFE_YES: string[] = [
  'The owner doubted I could lift the flour sacks. She also said the late shifts might be too much with my children.',
  "The owner doubted I could lift the flour sacks. Later she asked how I'd manage the school run.",
  "The owner doubted I could lift the flour sacks. He didn't think my two summers at the farm shop were enough.",
  'The manager probed my shift patterns and then my travel.',
  'The owner doubted I could lift the flour sacks. He said he was not yet convinced.',
  'The owner doubted I could lift the flour sacks. He said the bakery needed someone faster.',
];
const LIFE_NO: string[] = [
  // one doubt only, the writer's own doubts, and praise of two things
  'The owner doubted I could lift the flour sacks. The shifts would be fine, she said.',
  'I questioned my choices and then my sanity.',
  'The head praised my references and then my attendance record.',
];

describe('raised-concerns: home life, "not enough", two things doubted', () => {
  it.each(LIFE_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(LIFE_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});

// session 16: a list of doubts whose first item is a clause ("doubts: that I'd ...")
const CLAUSE_LIST_YES: string[] = [
  "The rest of it was doubts: that I'd only ever temped, and that my typing might be too slow.",
  "Her reservations: that I've never run a till on my own, and that the bus times might not work.",
];
const CLAUSE_LIST_NO: string[] = [
  // the candidate's own doubts about the job
  "My doubts: that I'd be bored by March, and that the commute is long.",
];

describe('raised-concerns: a list of doubts led by a clause', () => {
  it.each(CLAUSE_LIST_YES)('finds it in %j', (text) => expect(has(text)).toBe(true));
  it.each(CLAUSE_LIST_NO)('does not find it in %j', (text) => expect(has(text)).toBe(false));
});
