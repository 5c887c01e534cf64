/**
 * Dialogue cues. Notes describe behaviour in the third person ("she smiled"); a
 * transcript shows it in the speakers' own words ("Ha! Exactly.", "I'm a bit concerned
 * that..."). These run on transcript turns only, next to the sign modules' `says` cues,
 * and are matched on the surface string so contractions and word order stay as spoken.
 * Here, what is said of the job, the company and the candidate; how the room feels is in
 * transcript-room-cues.ts.
 */
import { NOT_A_DOCUMENT_ON, NOT_POINTED_ELSEWHERE, NOT_WAVED_OFF } from '../signs/culture-discussion.js';
import { notWished } from '../signs/wish-asked.js';
import { NOT_AFTER_THANKS, NOT_BEFORE_THANKS } from '../signs/polite-thanks.js';
import { stockQuestions } from './stock-questions.js';
import { ROOM_SIGNS } from './transcript-room-cues.js';
import type { SignPatterns } from './types.js';

const NUM = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|a handful)`;

/** The interviewer describes the job: team size, duties, tools, hours. Two pieces make a description. */
const roleInfo: SignPatterns = {
  id: 'detailed-role-info',
  cues: [
    {
      re: new RegExp(
        String.raw`\b(the|this|our) (post|role|job|position|team|department|unit|ward|lab|squad|crew|practice|office|site) (is|are|sits|would be|will be|involves|covers|carries|reports|includes|looks after|handles|owns|runs)\b`,
      ),
      surface: true,
      says: 'interviewer',
      weight: 0.5,
    },
    {
      re: new RegExp(
        String.raw`\b(we'?re|we are|there are|there's|there is|it'?s|team of|it is) (about |around |roughly )?${NUM} (of us|people|engineers|developers|designers|nurses|teachers|staff|analysts|agents|advisers|advisors|reps|sdrs|electricians|drivers|pickers|lawyers|associates|team leaders|in the team|on the team)\b|\b${NUM} of us\b|\b(is|are|be|of|with|about|roughly) ${NUM} (people|staff|engineers|developers|nurses|teachers|team leaders|agents|beds|clients|accounts|sites|stores|schools|classes)\b|\bwe'?re an? (?!(?:(?:very|really|pretty|quite|fairly|super|small|tiny|little|young|friendly|busy|lean|close|growing|great|good|fun|nice|lovely|happy|tight|close-knit|tight-knit),? )+(?:team|company|firm|group|bunch|outfit|startup|practice|shop)\b)([\w-]+ ){0,4}(ward|team|unit|practice|department|company|firm|shop|site|school|agency|association|charity|startup|consultancy|group|studio|lab)\b`,
      ),
      surface: true,
      says: 'interviewer',
      weight: 0.5,
    },
    {
      re: /\byou'?d (be )?(run|own|lead|manage|running|owning|leading|managing|look after|looking after|cover|covering|handle|handling|report to|reporting to|work with|working with|sit with|sitting with)\b|\bthe (band \w+|post|role|job|person in this \w+) (runs|leads|covers|owns|manages|handles|does)\b/,
      surface: true,
      says: 'interviewer',
      weight: 0.5,
    },
    {
      re: /(?<!\b(how|what|when|where|why|which|do|did|does|would|could|can|will|should) )\b(we|the team|you)( (mostly|mainly|basically|also))? (own|run|look after|handle|cover|support|build|maintain|manage|deal with|work on|use|book)\b.{0,60}\b(\w{3,}s|[a-z]+ing)\b/,
      surface: true,
      says: 'interviewer',
      weight: 0.5,
    },
    // the role told of whoever gets it, not of "you": "trainees sit with a partner", "it's four seats of six months"
    {
      re: new RegExp(
        String.raw`\b(trainees|apprentices|new starters|new joiners|graduates|juniors|the post-?holder|whoever (takes|gets) (the|this) \w+)( (all|usually|normally|also|then|mostly))? (sit|sits|do|does|spend|spends|rotate|rotates|pick|picks|choose|chooses|work|works|go|goes|get|gets|are on|is on|start|starts|shadow|shadows|join|joins)\b|\b(it'?s|there are|we do|you do) (\w+ )?${NUM} (seats|rotations|placements|modules|stages|blocks)\b`,
      ),
      surface: true,
      says: 'interviewer',
      weight: 0.5,
    },
    {
      re: /\b(most of (what|the work)|the (big|main|biggest) (piece of work|project|focus|thing)|day to day (is|looks|you'd)|a typical (day|week)|the stack is|we'?re on|it'?s (all )?\w+ (services|stack) |you'?d be (on|in|working on|looking after|responsible for|reporting to)|reports? (in)?to|monday to friday|on[- ]call|shifts? (are|is|pattern)|(the )?target is|the hours are|it'?s (days|nights|shifts|hybrid|remote)\b|let me tell you (how|about|what)|i'?ll give you the (quick |short )?(version|overview|rundown)|here'?s (how|what) (it|the (job|role)) (works|looks))/,
      surface: true,
      says: 'interviewer',
      weight: 0.5,
    },
  ],
};

/** Doubts said to the candidate. raised-concerns needs two, as in notes. */
const concerns: SignPatterns = {
  id: 'raised-concerns',
  repeats: true,
  cues: [
    {
      re: /\b(i'?m|i am) (a bit |a little |slightly |just a little |just |somewhat |quite |really |bit )*(concerned|worried|nervous|wary|hesitant|unsure)(,? though,?)? (that|about|whether|if|you|how|because)\b|\b(my|one|the|a|our) (one |main |only |biggest |big |slight |small |real )?(concern|worry|hesitation|reservation|doubt|question mark|reservations|concerns|worries)( (is|would be|there)|, to be honest)\b|\bthat'?s (my|a|the) (\w+ ){0,2}(worry|concern|hesitation)\b|\b(i|we|she|he|they) (do |also |still |would |might )?(have|had) (a|one|some|two|three|a few|a couple of|several|a (slight|small|real|big|bit of a)) (worry|concern|doubt|reservation|hesitation|question mark)s?\b/,
      surface: true,
      says: 'interviewer',
      worryOk: true,
    },
    {
      re: /\bi (do |still |just )?wonder (how|whether|if) (you|your)\b|\bi'?m (not|still not) (sure|convinced|certain)( that| how| whether| if)? (you|your|\w+ is|it'?s|this is)\b|\bnot (entirely |totally |quite |hugely |fully |wholly |completely |yet |that |so )?convinced\b|\b(i'?m|i am|we'?re|we are) (\w+ )?unconvinced\b|\bthat'?s (the|a|another) (second|third|other|big|real|main|obvious) (gap|hole|weakness|problem)\b|\bthat'?s a (pattern|trend)\b|\bthat'?s not (really )?(accounting for|answering|addressing|dealing with) (it|that|the question)\b|\b(one thing|something) (i'?d|i would|i'?ll|i want to|we'?d) (push on|probe|need to think about|flag|pick up on|challenge)\b|\b(would|will|might) (ask|worry|have questions) about\b|\b(the other|the second|another) (thing|concern|worry|issue)( is\b| was\b|,)|\bthat'?s the (second|other) thing\b|\bgive me pause\b|\b(everyone|everybody|every candidate|all the candidates) (says|said|tells me|claims) (that|their|they|the same)\b|\bwaiting to happen\b|\b(worries|bothers|troubles) me\b|\b(one|another|a) more (concern|worry|doubt|question mark|reservation)\b|\ban? (thin|light|weak|narrow|limited) (base|cv|record|track record|background|portfolio|body of work)\b|\bthat'?s a (newspaper|textbook|stock|rehearsed|generic) answer\b|\b(a bit|slightly|quite) of a (gap|red flag|stretch|jump|step up)\b|\bthat'?s (quite|rather|a bit of) a (dip|drop|gap|step down)\b|\byou'?ve (got|had) no (\w+ )?(experience|background|qualifications?)\b|\bthe (\w+ )?(people|trainees|candidates|hires|graduates|staff) we (take|hire|usually take|normally take) (usually|normally|tend to|all)? ?(have|had|come with|bring)\b/,
      surface: true,
      says: 'interviewer',
      worryOk: true,
      neg: 'ignore',
    },
    // the answer itself turned down: "That's not really what I asked.", "That's not the same.", "You're guessing."
    {
      re: /\bthat'?s not (?:really |quite )?(?:what i asked|the same(?: thing)?)(?= *(?:[.!,;—–-]|$))|\byou'?re (?:just )?guessing\b/,
      surface: true,
      says: 'interviewer',
      worryOk: true,
      neg: 'ignore',
    },
    // doubts in the everyday words an interviewer uses to the candidate's face: a question mark over something,
    // wary of it, not sold on it, need convincing, a stretch or a red flag, light on something, an answer too thin,
    // "I need more than that", "I'm struggling to see how", "I expected more on"
    {
      re: /\b(?:i'?ve got|i have|there'?s|i'?ve still got|i still have) (?:a |one )?(?:bit of a |slight |small |big |real )?question mark (?:over|about|on|around|against)\b|\bi'?m (?:a bit |a little |slightly |still |just )?wary (?:of|about)\b|\b(?:i'?d|i would|i'?ll|i will) need (?:some |a bit of |a little |more )?convincing\b|\b(?:doesn'?t|does not|didn'?t|did not|hasn'?t|has not) (?:really |quite |fully )?convinced? me\b|\bi'?m not (?:quite |really |entirely |fully |totally )?sold on\b|\b(?:that'?s|it'?s|that is|it is|that would be|it would be|it'?d be) (?:a |an )?(?:bit of a |real |big |genuine |slight |possible )?(?:stretch|red flag|sticking point)\b(?! (?:goals?|targets?)\b)|\b(?:you'?re|you are|you look|you seem) (?:a bit |a little |quite |rather |pretty |very )?(?:light|thin) on\b|\b(?:that|the|your) answer (?:was|is|'s|felt|seemed) (?:a bit |a little |quite |rather |pretty |very )?(?:thin|light|vague|weak|shallow)\b|\bi need (?:a bit |a lot |much |something |quite a bit )?more than that\b|\bi'?m struggling to see (?:how|why|where|what)\b|\bi (?:expected|was expecting|'d hoped for|had hoped for) (?:a bit |a lot |much |quite a bit )?more (?:on|from you|about|depth|detail)\b/,
      surface: true,
      says: 'interviewer',
      worryOk: true,
    },
    // what the candidate has done set against what the job needs: "the manual side's not really what we
    // need", "it's a long way from what we're doing"; not "a perfect answer isn't what we're after". "We need
    // someone who..." alone is as often the job told
    {
      re: /(?<!\banswers?(?: is|'s| are)? )\b(?:not|isn'?t) (?:really |quite |exactly |necessarily )?what we(?:'re| are)? (?:need|want|looking for|after)\b|\b(?:a long way|quite a way|a big step|a long step|quite far|very far|very different) from what (?:we(?:'re| are)? (?:doing|do|need|want|use|looking for)|the (?:job|role|post) (?:needs|is))\b/,
      surface: true,
      says: 'interviewer',
      worryOk: true,
      neg: 'ignore',
    },
    // terms put as the employer's problem, as a notice period or a salary is: "I need to flag something", "That's a
    // problem for us", "I'm honestly not sure we can get there", "those two things worry me"
    {
      re: /\bthat'?s (?:a |going to be a |quite a |a bit of a |a real |a big )?(?:problem|issue|sticking point|headache) for (?:us|me)\b(?! (?:too|as well)\b)|\b(?:i'?m|i am) (?:honestly |genuinely |really |just )?not (?:sure|convinced|certain) (?:that )?we (?:can|could|'d be able to|would be able to) (?:get there|stretch (?:to|that)|match (?:that|it)|go that high|make (?:that|it) work|wait (?:that|so) long)\b|\b(?:those|these|both|the two|two) (?:\w+ )?(?:things|points|issues) (?:worry|concern|bother) (?:me|us)\b|\bi (?:need|have|want|'ve got) to flag (?:something|one thing|a couple of things|two things|a concern)\b/,
      surface: true,
      says: 'interviewer',
      worryOk: true,
    },
    // short stays put to the candidate: "Your last role, you were there fourteen months.", "Why leave so soon?",
    // "two short stays"
    {
      re: /\bwhy (?:leave|leaving|move|moving|go|going)(?: \w+){0,2} so (?:soon|quickly)\b|\byou were (?:only |just )?there (?:for )?(?:about |around |only |just )?(?:a |\w+ |\d+ )?(?:months?|weeks?)\b|\b(?:two|three|four|a few|a couple of|several) short (?:stays|stints|spells|tenures)\b/,
      surface: true,
      says: 'interviewer',
      worryOk: true,
      neg: 'ignore',
    },
  ],
};

/**
 * "Most people ..." praises when it sets the candidate apart ("most people just restart it", "most
 * people forget the tester"), not when it tells how things go there: the workplace's habits ("most
 * people are in two days a week", "use their own car", "come into the office") or how newcomers
 * fare ("most people pick it up in a few weeks", "start with none", "move up in a year").
 */
const NOT_A_HABIT = String.raw`(?! (?:(?:here|there|(?:on|in) (?:the |a |an |our |my )?[\w-]+(?: [\w-]+)?) )?(?:pick (?:it|this|that|things|them) up|start (?:with|on|in|out|off|at|as)|use|come (?:in|into|to)|(?:are|'re) (?:in|on|at|here|there|based|hybrid|remote)|work (?:from|in|at|remotely|hybrid)|move (?:up|on|into|across)|go (?:for their|up|on to|into)|do (?:one|two|three|four|\d|their|a (?:day|week|couple))|get (?:promoted|there|up to|through)|join (?:as|on|in|at)|claim|drive|commute|live|stay|take (?:about|around|a few|\w+ (?:weeks|months|years)))\b)`;

/**
 * Praise of what the candidate did, said to them. A plain "good answer" alone is politeness, and so is
 * a "lovely example" that goes straight on to the next question of a set list. Session 23 added the
 * wording read calls praise in and the cues missed: "that's a lovely piece of work", "a really
 * thoughtful way to handle it", "the way you handled that was brilliant", "one of the better ones this
 * week", "exactly the sort of thing we're short on", "the right instinct", "you picked it up really fast".
 */
const praise: SignPatterns = {
  id: 'achievements-praised',
  cues: [
    {
      re: /\b(that'?s|that is|what|such) an? (really |very |genuinely |seriously )?(good|great|impressive|brilliant|strong|nice|excellent|amazing|fantastic|solid|huge|big) (piece of work|result|outcome|story|example|achievement|jump|number|improvement|win|turnaround|bit of work|job)\b|\b(great|impressive|brilliant|excellent|amazing|fantastic) (result|results|numbers|work|outcome)\b|\b(really|very) (nice|impressive|good|strong) work\b|\bthat'?s (really |very |so |genuinely )?(impressive|cracking|brilliant|excellent|outstanding|remarkable|proper \w+)\b/,
      surface: true,
      says: 'interviewer',
    },
    {
      re: new RegExp(
        String.raw`\bi (really |genuinely )?(like|love|liked|loved) (that|how you|the way you)\b(?! question\b)|(?<!\b(know|see|get|understand|that'?s not|not) )\bexactly (the kind of|what) (thing|thinking|care|attitude|approach|person|we|i|impact|work|experience|answer|example)\b(?! mean\b)|\bthe (kind|sort) of (thing|answer|approach|care) (i|we) (want|need|like|look)|\bbetter than most\b|\bmost (people|candidates)\b${NOT_A_HABIT}(?!( (?!(don'?t|do not|never|wouldn'?t|won'?t|didn'?t)\b)[\w'-]+){0,4} (can|could|know|knows|have|has|manage|should|are able)\b(?!'| not| no\b))|\bmost (would have|wouldn'?t)\b|\bi'?m (really |very )?impressed\b|\bwell done\b|\bthat'?s (exactly )?what (i|we) need\b|\b(nice one|spot on)\b|\bhave to say i enjoyed\b|\bthe best (\w+ )?(i'?ve|we'?ve|she'?d|he'?d|they'?d|she'?s|he'?s|i'?d) (ever )?(seen|had|heard)\b|\b(really|very) strong on (the )?\w+`,
      ),
      surface: true,
      says: 'interviewer',
    },
    // session 23: more wordings of praise (see above); only in reply to the candidate, and not where the turn
    // goes on down a set list ("That was a lovely example. Question four.")
    {
      re: /\b(that'?s|that is|that was|what|such) an? (really |very |genuinely |seriously )?(lovely|clever|smart|neat|clean|superb|terrific|wonderful|thoughtful|elegant|good|great|impressive|brilliant|strong|nice|excellent) (piece of work|bit of work|result|example|project|fix|solution|catch|save|initiative|case|way to (handle|deal with|approach|run|manage|do) (it|that|this|things))\b|\bthe way you (handled|dealt with|managed|approached|ran|sorted|fixed|tackled|went about|turned)\b[^.?!]{0,40}\b(was|is) (really |just |genuinely |absolutely |honestly )?(brilliant|great|impressive|excellent|spot on|perfect|superb|lovely|exactly right)\b|\bone of the (better|best|strongest|cleanest) (ones|answers|cases|examples|interviews) (i'?ve|we'?ve|this week|today|so far)|\bexactly the sort of (thing|thinking|attitude|approach|person|work|experience|example) (we|i)\b|\bthe (kind|sort) of (thing|answer|approach|care) (i|we) ?(are|'re) short on\b|\b(that'?s|that is|is) (exactly |absolutely |definitely )?the right instincts?\b|\b(the (bit|thing|part)|something) you can'?t (train|teach)\b|\byou picked (it|that|things|everything) up (really |so |very )?(fast|quickly)\b/,
      surface: true,
      says: 'interviewer',
      turn: 'reply',
    },
    // liking said of the place ("you'll love it here", "people love it") and thanks for a question or a fact
    // ("that's a good question", "that's good to know") praise nothing the candidate did
    {
      re: new RegExp(
        String.raw`\b(good|great) answer\b|\bthat'?s a good one\b|(?<!\b(?:you'?ll|you will|you'?d|you would|you'?re going to|you are going to|people|they|everyone|everybody|customers|clients|kids|students)(?: (?:all|just|really|absolutely|honestly|totally))? )\blove it\b|\b(loads|lots|plenty|a lot|half) of (people|candidates|apprentices|students|trainees|folk|graduates) (\w+ )?(mess up|messed up|get (it|that|this) wrong|got (it|that|this) wrong|struggle with|fail|miss|forget)\b|\byou should be( (really |very |so )?(proud|chuffed|pleased)( of (that|it|yourself))?)? ?[.!]|${NOT_AFTER_THANKS}\bthat'?s (a )?(really )?(good|great|clever|smart)\b(?! (question|point|to know|to hear|idea)\b)${NOT_BEFORE_THANKS}`,
      ),
      surface: true,
      says: 'interviewer',
      weight: 0.5,
      conf: 0.55,
      // "Good answer. Question two." marks the answer and moves down the sheet; praise answers the candidate
      turn: 'reply',
    },
  ],
};

/** How people work together, from the interviewer. Two pieces, or the word culture. */
const culture: SignPatterns = {
  id: 'culture-discussion',
  cues: [
    {
      re: new RegExp(
        String.raw`${NOT_A_DOCUMENT_ON}(?:\bculture\b|\bhow the (team|lab|office|department|place|company|firm) works\b|\bour values\b)${NOT_POINTED_ELSEWHERE}|\b(first|system|process|problem),? not (at )?the (person|people|individual)\b|\b(stopped|dropped|no|not a|isn'?t a) (the )?blame (thing|culture|game)\b`,
      ),
      surface: true,
      says: 'interviewer',
      conf: 0.7,
    },
    {
      re: new RegExp(
        String.raw`\bwe'?re (quite |very |pretty |really |a )*(flat|small|close|close-knit|tight-knit|friendly|collaborative|supportive|informal|relaxed|sociable)\b${NOT_WAVED_OFF}|\b(lunch|drinks|socials?|quiz|breakfast) (together|league|every|on)\b|\beveryone knows everyone\b|\bwe (all )?get on\b|\blook after each other\b|\bnobody'?s forced\b|\bthe rule is\b|\bwe (pair|eat|socialise|socialize|celebrate|share(?! with (?!each other|one another|everyone)))\b|\b(critique|stand-?up|lab meeting|team meeting|staff meeting|retro|huddle)s? (every|each|on|once a)\b|\b(work|working) (very |really )?closely\b|\bwork-life balance\b|\bflexible (working|hours)\b|\bwe value\b|\bno(body| one) (gets|is) (laughed at|blamed|shouted at)\b|\bno(body| one) (shouts|yells|screams|judges|micromanages)\b`,
      ),
      surface: true,
      says: 'interviewer',
      weight: 0.5,
      neg: 'ignore',
    },
    // house rules and rhythms in the speaker's own words: "we have a rule, no Slack after nine", "every second Monday", "nobody expects you online"
    {
      re: /\bwe ?(have|'ve got|got) (a|this|one) ([\w-]+ )?(rule|thing|ritual|tradition)\b|\bno(body| one) expects (you|anyone|people)\b|\b(remote|office|async)[- ]first\b|\bpeople have (kids|lives|families)\b|\beveryone (shares|shows|pitches in|mucks in|chips in|helps out|takes a turn|eats)\b|\bwe'?re (pretty |quite |very |really )?strict that\b/,
      surface: true,
      says: 'interviewer',
      weight: 0.5,
      neg: 'ignore',
    },
    // a second cue so that a rhythm and a habit in one breath count as two pieces
    {
      re: /\b(lunch|dinner|breakfast|tea) (is|'s) (always )?together\b|\bevery (second|other) (monday|tuesday|wednesday|thursday|friday|week)\b|\b(mondays|tuesdays|wednesdays|thursdays|fridays) we (do|have|all)\b|\bwe (do|have) (\w+ ){1,3}(on a|every) (monday|tuesday|wednesday|thursday|friday)\b/,
      surface: true,
      says: 'interviewer',
      weight: 0.5,
      neg: 'ignore',
    },
  ],
};

/** Where the job leads: progression, training, courses, promotion. */
const growth: SignPatterns = {
  id: 'future-growth-talk',
  cues: [
    {
      // "why do you want to move into management?" asks the candidate's wish, it tells no future
      re: new RegExp(
        String.raw`${notWished(String.raw`\b(move|moved|moving|go on|went on|gone on|step|stepped|came|come|grow|grown|progress|progressed) (up|on|into|to)\b.{0,40}\b(post|role|lead|manager|senior|exec|executive|engineering|management|position|grade|band)\b`)}|\b(promotion|progression|career path|development (post|plan|programme|program)|leadership (course|programme|program)|training budget|mentoring|mentorship|phd)\b|\b(pay|pays|paid|fund|funds) (for )?(the |a |one |your )?(course|courses|fees|training|qualification|exams?|certification)\b|\bthe path is\b|${notWished(String.raw`\bstep up\b`)}|\bgrow (one|you|people)\b`,
      ),
      surface: true,
      says: 'interviewer',
      conf: 0.7,
    },
    // the path told in steps, and the hire put through a course: "you go up to level two, then you can apply
    // for senior", "I can see you as an ops manager", "we'll put you through your level three", "…, paid for"
    {
      re: new RegExp(
        String.raw`${notWished(String.raw`\b(go|goes|move|moves|step|steps) up to (level|band|grade|senior|lead|team lead|supervisor|manager)\b`)}|` +
          String.raw`\b(can|could) apply for (a |the )?(senior|lead|principal|team lead|manager|supervisor)|\bi (can|could) (see|picture) you (as|becoming|being|running|leading|moving)\b|\bstarted (?:here|with us) as (?:a |an )?(?:newly qualified|trainee|junior|apprentice|graduate|student|assistant|receptionist|carer|care assistant|kitchen porter)\b|\bstarted on (reception|the tills|the floor|the shop floor|the phones|the desk|the line|the counter)\b|\b(?:(we'?ll|we will|we'?d|we would) put you|we (?:put|send) (?:all )?(?:our|new|every) (?:[\w-]+ ){0,2}(?:nurses|staff|starters|people|carers|engineers|hires|graduates|apprentices|trainees|juniors|seniors|analysts|technicians|drivers|managers)) (through|on)\b[^.]{0,40}\b(course|programme|program|licen[cs]e|training|qualification|level|diploma|apprenticeship|certificate|certification|nvq)|\b(programme|course|qualification|level \d|level (one|two|three|four|five)|training)\b[^.]{0,60}\b(paid for|fully funded|we fund|we pay|pays for (it|that))\b`,
      ),
      surface: true,
      says: 'interviewer',
      conf: 0.7,
    },
  ],
};

/**
 * The interviewer's attention is elsewhere, or the time is cut. "I've got ten minutes" is their
 * own hurry; "we've got about ten minutes" is a panel keeping time, unless it is "only".
 */
const disinterest: SignPatterns = {
  id: 'interviewer-disinterest',
  cues: [
    {
      // "sometimes you need to go out to the site", "you're going to run the call": the job's duties, not
      // the interviewer leaving
      re: /\b(i'?m|i am) (just )?(finishing|typing|replying|answering|checking|reading|sending|looking at) (an? |my |this |that )?(email|e-mail|message|text|slack|phone|notes|something)?|\b(need|have) to (reply|respond|answer|take|get) (to )?(a|an|this|that) (client|email|message|call|text)\b|\b(i'?ve|i have) (only )?(got )?(about |just )?(\d+|five|ten|fifteen|twenty) minutes\b|\b(we'?ve|we have) (only|just) (got )?(about )?(\d+|five|ten|fifteen|twenty) minutes\b|\blet'?s (be quick|keep (this|it) (short|quick)|keep (it |things )?moving|wrap (this |it )?up)\b|\bi('ve| have)( got)? (got )?(another|my next) (one|call|candidate|meeting|interview)\b|(?<!\b(?:you|you'?re|you are|you'?ll|you will|you'?d|you would|they|they'?re|people)(?: (?:just|also|often|sometimes|usually|then|might|may|will|would))? )\b(have|need|going) to (stop|jump|go(?! (through|over|into|on|ahead|back|round|around|across|with|for|to the next)\b)|run(?! (through|over|you through)\b)|cut (this|it) short|wrap up)\b|\bi'?m going to have to (stop|go|leave|cut)\b|\bkeep (this|it) brief\b|\bwhat was the question\b/,
      surface: true,
      says: 'interviewer',
      conf: 0.65,
    },
    // a pause on its own happens to anyone; two make a pattern
    {
      re: /\b(give me|just|one|sorry,? one) (a )?(sec|second|moment|minute)\b|\bwhere (were|are) we\b(?! (with|on|at|in)\b)|\bsorry,? (carry on|go on|you were saying)\b|\bsomeone('s| is)? at the door\b|\b(i'?ve |i )?(got|have|need) to (answer|take|get) (this|that)\b|\b(just|i'?m|sorry,?) typing\b/,
      surface: true,
      says: 'interviewer',
      conf: 0.6,
      weight: 0.5,
      turn: 'untimed',
    },
  ],
};

/**
 * The company or culture answered with a pointer elsewhere or a pat line. Each is half a sign:
 * "it's all on the careers page" and "we're a good bunch" together make one.
 */
const companyBrushOff: SignPatterns = {
  id: 'little-company-info',
  cues: [
    {
      re: /\b(it'?s|it is|that'?s|that is) (all )?(on|in) the (careers page|careers site|website|intranet|(staff |employee |company )?handbook|(onboarding|induction|welcome|starter|staff|job) pack)\b|\b(there'?s|there is) an? (onboarding|induction|welcome|starter|staff) pack\b|\b(hr|the recruiter) (will|can|'ll) (send|tell|explain|answer|cover|go through) (you )?(it|that|all (of )?that|those)\b|\b(hr|the recruiter)('?s got| has) (all )?(that|those|the details)\b/,
      surface: true,
      says: 'interviewer',
      weight: 0.5,
      conf: 0.6,
    },
    {
      re: /\b(we'?re|they'?re) (all )?(like )?(one |a )(big |happy |lovely |close |little |real |proper )*family\b|\bi (wouldn'?t|would not) worry about (that|it|the \w+) side\b|\bwork hard,? play hard\b|\b(we'?re|they'?re) (all )?(a )?(good|great|nice|lovely|fun|friendly|sound) (bunch|lot|crowd)\b|\bit'?s a (good|great|nice|lovely|fine|decent) place\b(?! (to|for|where))/,
      surface: true,
      says: 'interviewer',
      weight: 0.5,
      conf: 0.6,
    },
  ],
};

export const TRANSCRIPT_SIGNS: readonly SignPatterns[] = [
  companyBrushOff,
  roleInfo,
  concerns,
  praise,
  culture,
  growth,
  stockQuestions,
  disinterest,
  ...ROOM_SIGNS,
];
