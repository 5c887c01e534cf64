import { scriptAndRecordCues } from './generic-questions-record.js';
import type { SignPatterns } from '../detect/types.js';

/** Question words as people type them: "questions", "q's", "qs", "Qs". */
const Q = String.raw`(?:questions?|q'?s|qs|ones|lot|list|prompts?|set(?!\W{0,3}up\b))`;
/** Words that call a question stock rather than personal. */
const STOCK = String.raw`(?:standard|stock|generic|general|textbook|cookie[- ]cutter|boilerplate|canned|typical|usual|cliche\w*|cliché\w*|bog[- ]standard|basic|scripted|hr|competency|competence|behaviou?r(?:al)?|values|classic|old[- ]school|one[- ]size[- ]fits[- ]all|pre[- ]?written|rote|random|weird|odd|same old|run[- ]of[- ]the[- ]mill|off[- ]the[- ]shelf|predictable|formulaic|box[- ]ticking|tick[- ]box|interview ?101|googleable|leetcode|brain ?teaser|situational|required|mandatory|compulsory|prescribed|pre[- ]?set|pre[- ]?determined|vanilla|broad|templated|recycled|samey|bland)`;

/**
 * Admin asked the usual way is not a stock interview: "the usual stuff about notice period"; nor are
 * usual questions about the candidate's own record ("standard stuff about my experience").
 */
const ADMIN = String.raw`(?! (?:about|on|re|like|around|regarding) (?:(?:my |the )?(?:notice|salary|pay|availability|start|hours|shifts|logistics|travel|commute|references|right to work|paperwork|dbs|visa)|my (?:own )?(?:experience|cv|resume|background|record|career|projects?|work history)))`;

/** A field or employer asked "why" about, the stock "why nursing", "why the NHS" (not "why us", "why this company": the why-cue has those). */
const WHY_FIELD = String.raw`(?:law|medicine|teaching|banking|nursing|finance|marketing|sales|tech|design|retail|consulting|accounting|engineering|hospitality|catering|care|healthcare|social care|social work|policing|the police|education|journalism|publishing|architecture|pharmacy|dentistry|midwifery|physio\w*|hr|it|software|data|cyber|logistics|construction|trades?|plumbing|cooking|kitchens?|the kitchen|charity|the charity sector|the nhs|the public sector|the civil service|academia|research|this (?:line of work|profession|career)|(?:our|the) (?:company|firm|school|trust|hospital|brand|business|role|job|position)|this (?:school|trust|hospital|brand|business|position)|them)`;

/** What the candidate prepared for is not what was asked: "I had prepared for the usual questions". */
const PREPARED = String.raw`(?<!\b(?:prep\w*|ready|braced?|revis\w*|practi[sc]\w*|rehears\w*|expect\w*|plann?\w*|swot\w*|stud\w*)(?: (?:answers?|myself|responses|stories|examples|lines|notes))? (?:for |up on |on )?(?:all |some |a few )?(?:of )?(?:the |my )?)`;

/**
 * Stock questions, not about the candidate's own record. One stock question is normal;
 * the sign needs two, or an outright "standard questions" / "nothing about my experience".
 */
export const genericQuestions: SignPatterns = {
  id: 'generic-questions',
  minWeight: 2,
  cues: [
    // the stock questions themselves, one weight each: two of them make the pattern
    {
      re: /\btell (?:me |us |mi )?(?:a bit |a little )?a?bout (?:yourself|urself|yuhself|yaself|yerself|yoself|your ?self)\b|\bdescribe (?:yourself|urself)\b|\bintroduce (?:yourself|urself|your ?self)\b|\bwalk me through (your|ur) (cv|resume)\b|\btell (?:him|her|them) (?:a bit |a little )?about myself\b/,
    },
    {
      re: /\b(greatest|biggest|main|top|key) (strength|weakness)\w*|\bstrengths?,? (and|&|\/|n) weakness\w*|\bstrengths? ?,? weakness\w*|\b(your|my|ur|the) (strength|weakness|weak point|strong point)\w*|\bweak (?:points?|sides?|spots?)\b|\b(?:your|ur|yr|my) (?:best|worst|strongest|weakest) (?:quality|qualities|trait|traits|attribute|attributes)\b|\b(?:wha|wat|whats|what'?s) (?:yuh|ya|ur|your) (?:weakness|strength)/,
    },
    {
      re: /\bwhere (do |would )?(you|u) see (yourself|urself|you)\b|\bin (five|5|ten|10) (years|yrs)\b|\b(5|five) ?[- ]?(year|yr)s? ?[- ]?plan\b/,
    },
    {
      re: /\bwhy (do |did )?(you|u|yuh|ya|ye) (want|wanna|apply|applied|choose|chose|pick)\b|\bwhy should (we|they|i)\b|\bwhy (us|this (company|job|role|firm|place|industry|sector|field)|here)\b|\bwhy [a-z]+( [a-z]+)? \?|\bwhy i (?:want|wanted|'d like|would like) (the|this) (job|role|position)\b|\bwhy i (want|wanted) to (leave|move|join|work)\b|\bwhy i (applied|chose)\b|\bwhy (?:do |did )?i (?:want|wanted) to (?:be|become) (?:an? )?[a-z]+|\bwhy (?:do |did )?i (?:want|wanted) to work (?:at|for|in|here|there)\b|\bwhy i (?:was|am|'m|be) (?:leaving|looking to leave|looking to move|moving on)\b/,
    },
    {
      re: /\b(tell me about|describe|give me an example of|talk me through|name|recall) an? (time|situation|occasion|example|challenge|difficult|conflict|mistake|failure)\b|\ba time (you|u|when|i)\b|\bchallenge you overcame\b|\bhow (?:(?:do|would) (?:you|u)|(?:you|u|i) (?:would|'d|could|might)) (?:handle|deal with|manage|cope with|respond to) (?:pressure|stress|conflict|criticism|(?:a|an) (?:conflict|disagreement)\b|(?:a|an) (?:difficult|angry|upset|rude|irate|demanding|challenging|aggressive|unhappy|abusive|dissatisfied))\b|\bhow (?:(?:do|would) (?:you|u)|(?:you|u|i) (?:would|'d|could|might)) (?:handle|deal with|manage|respond to|approach) (?:a|an) (?:situation|conflict|complaint|crisis|emergency|customer|patient|client|colleague|co-?worker) (?:who|where|that|with|in which)\b|\bwhat (?:(?:i|you|u) would|would (?:you|u|i)) do (?:if|when) (?:a|an|the|someone|somebody|one of|my|your|there)\b/,
    },
    {
      re: /\bwhat i (?:knew|know) about (?:the (?:company|firm|organi[sz]ation|business|hospital|school|trust|brand|store|shop|restaurant|charity|agency)|them|us)\b|\bask\w* (?:me |us )?to (?:talk|describe|introduce) (?:a bit |a little )?(?:about )?myself\b|\bwhat (does|do) (good )?customer service mean\b|\bwhat'?s your availability\b|\bdescribe yourself in\b|\bthree words\b|\bwhat motivates (you|u)\b|\b(free|spare) time\b|\bhobbies\b|\bwhat do (you|u) know about (us|the company)\b|\bgreatest achievement\b|\bsalary expectations\b.{0,20}\bstrength/,
    },
    // competency questions told as a set, the way real writers put them: "four questions where I had to talk about times
    // I'd shown various qualities", "asked for examples of when I'd demonstrated teamwork" (plural: a set of stock
    // questions, two weights; the candidate's own examples answer them, the questions are still the stock kind)
    {
      re: /(?<!\b(?:i|we) )\b(?:talk|talked|talking|speak|spoke|tell|told|describe|described|give|gave|giving|come up with|came up with|think of|thought of|asked (?:me |us )?(?:for|about)|questions? (?:about|on|asking for))\b(?: [\w']+){0,3}? (?:(?:the |some |several |various |different |a few |two |three |four |five )?(?:times|occasions|situations|instances) |examples (?:of|from) (?:times |occasions |situations )?)(?:when |where |in which |that )?(?:i|you|u|we)(?:'d| had| have|'ve| did)? (?:(?:shown|showed|displayed)(?! (?:them|him|her|it|my|the|a|an|our|their|his|some|people|clients|customers)\b)|demonstrated|proven|proved|used (?:my|your)|exercised|(?:had|needed) to (?:show|demonstrate|use|lead|work (?:in|as part of) a team|deal with|handle|resolve|overcome))\b/,
      weight: 2,
    },
    // the stock questions about how the candidate works and is seen: "how do you prioritise?",
    // "what would your friends say about you?"
    {
      re: /\bhow (?:(?:do|would|will) (?:you|u)|i(?: would|'d)?) prioriti[sz]e\b/,
    },
    {
      re: /\bwhat (?:my|mi) (?:[\w-]+ )?(?:friends?|colleagues?|manager|boss|co-?workers?|family|team|referees?) (?:would|'d) say about me\b|\bwhat would (?:your|ur) (?:[\w-]+ )?(?:friends?|colleagues?|manager|boss|co-?workers?|family|team|referees?|references?) say about (?:you|u)\b/,
    },
    // the list the questions came from: "like she'd downloaded the top 20 interview questions"
    {
      re: /\b(?:top|common|most common|usual|typical) (?:\d{1,2}|ten|twenty|fifty) (?:\w+ )?(?:interview )?questions\b/,
      weight: 2,
    },
    // quirky stock questions: brainteasers and "if you were an animal"
    {
      re: /\bif (you|u) (be|were|was) an? (animal|fruit|colou?r|biscuit|superhero|car|tree)\b|\bspirit animal\b|\bgolf balls?\b|\bhow many [a-z ]{0,20}(fit|are there) in\b|\bbrain ?teaser/,
      weight: 2,
    },
    // the writer names them as stock
    // one "basic question" is a hard question, not a stock interview; and the gap stops at a comma ("weird, lots of pauses")
    {
      re: new RegExp(
        String.raw`(?<!\b(?:a|an|one) )${PREPARED}\b${STOCK}\b(?: [^\s,;:.]+){0,2} ${Q}\b${ADMIN}`,
      ),
      weight: 2,
    },
    // the interview named as a stock format: "a generic competency interview: leadership, teamwork, a time you failed",
    // "a textbook behavioural interview" (a "competency-based interview" alone names the format, not its questions)
    {
      re: /\b(?:generic|stock|textbook|cookie[- ]cutter|bog[- ]standard|boilerplate|scripted|by[- ]the[- ]book|standard issue)(?: [\w-]+)? (?:competency|competence|behaviou?ral|hr|screening|strengths?)(?:[- ]based)? interview\b/,
      weight: 2,
    },
    // the questions headed and summed up as stock: "Recruiter questions: standard motivation, CV walk-through"
    {
      re: new RegExp(
        String.raw`\b(?:questions?|q'?s|qs)\s*(?::|-|–|—)\s*(?:all |mostly |just |the )?${STOCK}\b(?! (?:of|for|in)\b)`,
      ),
      weight: 2,
    },
    // "standard stuff" may sum up a whole call ("45 min, standard stuff"): questions only when asked, or with a stock question named
    {
      re: new RegExp(
        String.raw`(?<!\b(?:a|an|one) )${PREPARED}\b${STOCK}\b(?: [^\s,;:.]+){0,2} stuff\b${ADMIN}`,
      ),
    },
    {
      // words that only ever mean stock ("generic stuff", "interview 101 stuff") need no asking verb
      re: new RegExp(
        String.raw`${PREPARED}\b(?:generic|textbook|cookie[- ]cutter|boilerplate|canned|cliche\w*|cliché\w*|bog[- ]standard|scripted|stock|pre[- ]?written|rote|same old|run[- ]of[- ]the[- ]mill|off[- ]the[- ]shelf|predictable|formulaic|box[- ]ticking|tick[- ]box|interview ?101|googleable)\b(?: [^\s,;:.]+){0,2} stuff\b${ADMIN}`,
      ),
    },
    {
      re: new RegExp(
        String.raw`\b(?:ask\w*|quizz?\w*|question\w*|hit me with|went through|go through|fire\w*)\b(?: me| us)?(?: \S+){0,2}? ${PREPARED}${STOCK}\b(?: [^\s,;:.]+){0,2} (?:stuff|things?)\b${ADMIN}`,
      ),
    },
    {
      re: new RegExp(
        // plural: "the first question was the classic" is one question, not a pattern
        String.raw`(?<!\b(?:first|second|third|last|one|opening|final) )\b(?:questions?|q'?s|qs)\b(?: \S+){0,2} (?:be|were|was|are|felt|seemed|seem|feel|sound|sounded)\b(?: (?!not\b|n't\b|never\b|mix\b|mixture\b|half\b|partly\b)\S+){0,3} ${STOCK}\b(?! at first| to start| to begin| initially| early on| at the start)`,
      ),
      weight: 2,
    },
    {
      re: /\bof (?:a|the|the most|a very|a rather|a fairly) (?:general|generic|standard|stock|routine|conventional) (?:kind|sort|nature|variety|character|type)\b|(?<!\b(?:not|none of|no|n't|never) )(?<!\b(?:prep\w*|ready|braced?|revis\w*|practi[sc]\w*|rehears\w*|expect\w*|plann?\w*|swot\w*|stud\w*)(?: (?:answers?|myself|responses|stories|examples|lines|notes))? (?:for |up on |on )?(?:all )?)\bthe usual (?:\w+ ){0,2}(?:why|what|tell|where|how|strength|weakness|questions?|stuff|ones)\b(?! (?:about|on|re|like|around|regarding) (?:my |the )?(?:notice|salary|pay|availability|start|hours|shifts|logistics|travel|commute|references|right to work|paperwork|dbs|visa))/,
      weight: 2,
    },
    {
      re: /\b(?:nobody|no one|never|not|n't) (?:once )?ask\w* (?:me )?anything (?:that|which|specific|about my|on my)\b/,
      weight: 2,
      neg: 'ignore',
    },
    // one stock list is the whole set, not one stock question: "had a stock question list", "worked from a standard set of questions"
    {
      re: /\b(?:a|an|one) (?:standard|stock|generic|textbook|cookie[- ]cutter|boilerplate|canned|typical|usual|scripted|pre[- ]?written|predictable|formulaic|pre[- ]?set)(?: (?:interview|question|hr))? (?:list|set|sheet|script|bank|checklist|battery|series|template)\b/,
      weight: 2,
    },
    // questions kept in a list, and a bare handful of them: "went over questions in a list", "only asked me about four questions"
    // (one weight each: a short script, or a script with a stock question beside it)
    {
      re: /\b(?:questions?|qs|q'?s) (?:in|on) (?:a|the|his|her|their|some) (?:[\w-]+ ){0,2}?(?:list|checklist|sheet|script|form)\b/,
    },
    {
      re: /\b(?:only|just) ask\w* (?:me |us )?(?:about |like |maybe |around )?(?:two|three|four|five|2|3|4|5|a few|a handful of|a couple of) (?:\w+ )?(?:questions|qs|q'?s)\b/,
      surface: true,
    },
    // ticked off as they went: "checking off the required questions", "ticking off her list"
    {
      re: /\b(?:check|checked|checking|checks|tick|ticked|ticking|ticks) off (?:the |their |his |her |a |all the |each of the )?(?:[\w-]+ )?(?:questions|qs|q'?s|list|boxes|checklist)\b/,
      surface: true,
      weight: 2,
    },
    // the field in general, not the candidate's record: "asked a lot of questions about my field in general"
    {
      re: /\b(?:questions?|qs|q'?s|ask\w*) (?:[\w-]+ ){0,3}?(?:about|on|regarding) (?:my |the |their |this |that )?(?:[\w-]+ ){0,2}?(?:field|industry|sector|profession|discipline|subject|area|trade|topic|specialty|speciality|nursing|teaching|law|medicine) in general\b|\bgeneral questions (?:about|on) (?:my |the )?(?:field|industry|sector|profession|discipline|subject|area|trade)\b/,
      surface: true,
      weight: 2,
    },
    // read off a list: a sign of a script, but a script alone can still be personal
    {
      re: /\b(off|from|straight off|straight from) (a|the|some|his|her|their|an?) ([\w-]+ ){0,3}(list|sheet|script|card|form|framework|template|checklist|piece of paper|paper)\b|\blike a (checklist|script|questionnaire|tick ?box)\b|\b(?:was|were|felt like|seemed like) (?:a |one )?(?:big |long |complete |total )?(?:script|checklist|questionnaire|tick[- ]?box exercise|box[- ]ticking exercise)\b/,
    },
    {
      re: /\b(could|would|might) (have )?(ask|asked|be asked|have been asked|apply|applied)\b.{0,12}\b(any(one|body| candidate| applicant| person)|every(one|body))\b|\b(ask|asks|asked) (every(one|body)|all (the )?candidates|any(one|body))\b(?! to (?!(answer|respond|tell|describe|talk|explain|say|name|give)\b)[a-z]+)|\b(you'?d|you would|you will|you'?ll) (get|hear|be asked) (anywhere|in any|at any)\b|\bin any \w+ interview\b|\bany interview anywhere\b|\bsame (?:list of |set of |old )?(questions|ones|q'?s) (as|i|i'?ve|you|every|they|he|she)\b|\b(?:asked|heard|get|got|had|answered)(?: \w+)? (?:at|in) every (?:other |single )?(?:interview|job interview)\b|\bsame old (?:ting|tings|thing|things|stuff|script|routine|lines?)\b|\bsame old,? same old\b|\bon any list\b|\bgeneric (interview|chat)\b|\binterview (was )?(flat and )?generic\b|\bflat and generic\b/,
      weight: 2,
    },
    // nothing asked about the candidate's own record
    {
      re: /\b(nothing|zero|not one (question|thing|q)|not a single (question|thing|q)|no (question|questions|qs|q'?s|interest))\b.{0,15}\b(about|on|into|re:?|regarding|to do with) (my|me|the \w+ i|what i(?!(?:'d| would|'ll| will| am going| 'm going| was going)\b)|anything (i|on my)|the (\w+ ){0,2}years)\b(.{0,30}\b(cv|resume|experience|exp|background|work|project|projects|portfolio|record|career|job|role|skills|years|did|done|caseload|design|degree|studies|history|achievements|actually|actual|real|own|specific|answers)\b)?/,
      neg: 'ignore',
      weight: 2,
    },
    {
      re: /\b(not|never|n't|barely|hardly|nobody|no one)\b.{0,10}\b(ask|asked|asking|question|questioned|interested|touch|touched|mention|mentioned|engage|engaged|dig|dug)\b.{0,20}\b(about|on|into|with|at) (my|me|the \w+ i|what i|anything (i|on my))\b.{0,30}\b(cv|resume|experience|exp|background|work|project|projects|portfolio|case|record|career|job|role|skills|years|did|done|caseload|design|degree|studies|history|achievements|actually|actual|real|own|specific|answers|secondments?|placements?|internships?|rotations?|numbers|figures|results|targets|sales|publications?|research|thesis|dissertation|qualifications?|certifications?|training|apprenticeship)\b/,
      neg: 'ignore',
      weight: 2,
    },
    { re: /(?<!\b(?:not|none of|no|n't|never) )\bthe usual ?(?:,|:|;|-)/ },
    { re: /\ball (?:the )?(?:standard|usual|typical|stock) (?:one|ones)\b/, weight: 2 },
    {
      re: /\bsame (?:\d+ |\w+ )?(?:questions|qs|q'?s) (?:to|for|as|from|in|at|of) (?:every|all|each|any)\b/,
      weight: 2,
    },
    // a group told the one script: "asked each of us the same three questions"
    {
      re: /\b(?:each|all|every one|everyone|both) of us (?:\w+ ){0,2}?the (?:exact )?same (?:\d+ |\w+ )?(?:questions|qs|q'?s|things)\b/,
      surface: true,
      weight: 2,
    },
    // "di same question dem weh everybody get", "the same questions everyone gets"
    {
      re: /\bsame (?:\w+ )?(?:questions?|qs|q'?s)(?: dem)? (?:weh |wey |that |which |dat )?(?:everybody|everyone|every candidate|all the candidates|anybody|anyone|all of us) (?:else )?(?:get|gets|got|gets asked|got asked|does|did)\b/,
      weight: 2,
    },
    // a quoted "why <field>" of any field: "'why cars'", "'why interpreting'" (not "why us", which the why-cue counts)
    {
      // a field the why-field cue knows, or a "why X?" the why-cue reads, is theirs: one question counts once
      re: new RegExp(
        String.raw`\bwhy (?!(?:not|so|that|this|now|me|you|u|him|her|them|us|here|the|our|would|did|do|does|is|are|was|were|i|we|they|it|then|exactly|ever|on)\b)(?!${WHY_FIELD}\b)[a-z]+(?=\s*(?:['"’”]|,? and\b))`,
      ),
      surface: true,
    },
    {
      // a stock "why <field>": "'tell me about urself' and 'why hospitality'", "why nursing?", "why this sector"
      // "why us", "why this company" and "why X?" are the why-cue's above: one question must not count twice
      re: new RegExp(String.raw`\bwhy ${WHY_FIELD} ?(?:[,'"”.\n]|and\b|$)`),
      surface: true,
    },
    {
      re: /\bnot (really )?(ask|asked)( me)? (anything |much |a thing |one thing |at all )?about (me|my)\b|\bnever (ask|asked) (a |one |any )?(single )?(thing|question)s? about (me|my)\b|\bnot (ask|asked) (a |one |any )?(single )?(thing|question)s? about (me|my)\b/,
      neg: 'ignore',
      weight: 2,
    },
    {
      re: /\b(every|each|all (the|of the|his|her|their)?|all) (question|q|questions|qs|q's)\b.{0,20}\b(be|was|were|is|are)\b.{0,10}\b(like )?(describe|tell me|where|why|what|a time|about a time|how would you|what would you|hypothetical|scenario)/,
      weight: 2,
    },
    // the script and the record: a generic round, questions read off a list, nothing on the record
    ...scriptAndRecordCues,
    // nothing followed up: "why law? with zero follow-up" (one weight: it takes a stock question beside it)
    {
      re: /\b(?:zero|no|not a single|not one|not any|without (?:any |a single )?)(?: real| proper)? (?:follow[- ]?ups?|follow[- ]up questions?)\b/,
      neg: 'ignore',
      surface: true,
    },
    // a stock question mocked as dated or dreaded: "asked my greatest weakness like it's 2009", "the obligatory five-year plan"
    // (one weight: it names the stock question beside it, which gives the other)
    {
      re: /\blike it'?s (?:still )?(?:19\d\d|20[01]\d|the (?:'?[5-9]0s|fifties|sixties|seventies|eighties|nineties|noughties|2000s|last century|dark ages|stone age))\b|\b(?:the |that |an? )?(?:dreaded|obligatory|inevitable|age[- ]old|tired old|hackneyed|old chestnut|cringey?|cringe-?worthy) (?:\w+ ){0,3}?(?:question|q|one|weakness|strengths?|five[- ]year|5[- ]year|tell me about yourself|where do you see)\b|\bold chestnut\b/,
      surface: true,
    },
    // could have been anyone or any job ("could've been interviewing for any job on earth")
    {
      re: /\b(?:could|would|might)(?:'ve| have| of)? (?:been|be) (?:for |at |in |to |interviewing (?:for )?|asking )?(?:any|every|literally any|just any) ?(?:job|role|company|position|candidate|applicant|interview|one|body|business|employer|shop|firm|person|sector|industry)\b|\bnothing (?:was |at all )?(?:specific|tailored|personal|personali[sz]ed) (?:to|about|for) (?:me|my|the (?:role|job))\b|\bnot (?:at all |remotely |even slightly )?(?:tailored|specific|personali[sz]ed) to (?:me|my)\b|\b(?:interview|star|buzzword|question|cliche|cliché|hr|corporate|behaviou?ral|competency|values) bingo\b|\bgreatest hits\b/,
      surface: true,
      weight: 2,
    },
    // only a stock question asked: "did they ask about my experience? only 'tell me about yourself'"
    {
      re: /\b(?:only|just) (?:ask\w* (?:me )?)?['"“‘]?(?:tell (?:me|us) (?:a bit |a little )?about yourself|why (?:do )?you want|where (?:do )?you see yourself|what are your (?:strengths|weaknesses)|(?:my |your |the )?(?:greatest |biggest )?(?:strengths?|weakness(?:es)?)\b)/,
      surface: true,
    },
    // a stock "why X" in a list: "the classic: why fashion, your strengths"
    {
      // not a field the cues above already count
      re: new RegExp(
        String.raw`(?<!\b(?:q|a)\s?)[:;(] ?why (?!(?:not|me|i|did|do|does|is|was|are|were|so|then|now|that|this|the|they|would|should|on|it|he|she|we|you|though|exactly|bother|else|us|here|${WHY_FIELD})\b)[a-z]+(?: [a-z]+)?(?:,| and\b| &|\))`,
      ),
      surface: true,
    },
    // the rest summed up as stock: "everything else was 'strengths and weaknesses'", "the rest was tell me about yourself"
    {
      re: /\b(?:everything else|the rest(?: of (?:it|the (?:interview|questions|time|hour|call)))?|all the other (?:questions|qs)|the other questions|otherwise it)\b,? (?:was|were|be|is|are)(?: all| just| basically| pretty much| mostly| only| the usual)?:? ['"“‘]?(?:tell (?:me|us) (?:a bit |a little )?about (?:yourself|urself)|(?:your |my |the )?(?:greatest |biggest )?strengths?(?: and| &|,| n) weakness|where (?:do )?you see yourself|why (?:do )?you want|(?:the )?usual\b|(?:standard|stock|generic|textbook|cookie[- ]cutter|scripted|hr|behaviou?ral|competency|boilerplate|bog[- ]standard)\b|(?:describe|tell me about) a time\b)/,
      surface: true,
      weight: 2,
    },
    // the whole interview as one kind of test, nothing on the record: "the interview itself was all algorithm puzzles", "all LeetCode"
    {
      re: /\b(?:interview|round|call|hour|session|thing|questions|it)(?: itself)? (?:was|were|be|is|are) (?:all|just|entirely|only|basically|pretty much|wall[- ]to[- ]wall|100%|nothing but)(?: \w+)? (?:algorithm\w*|leetcode|puzzles?|brain ?teasers?|riddles?|trivia|quiz questions|coding puzzles|whiteboard puzzles|hypotheticals|scenario questions|textbook (?:stuff|questions)|tick[- ]box\w*|box[- ]ticking)\b/,
      surface: true,
      weight: 2,
    },
    // the same script for every candidate: "asked me the exact same three things he'd asked the guy before me"
    {
      re: /\bsame (?:\w+ ){0,2}(?:questions?|things|qs|q'?s|script|lines)\b[^.\n]{0,40}?\b(?:as|to) (?:the|that|this) (?:guy|girl|lad|lass|bloke|man|woman|person|candidate|applicant|one|kid|dude|people|folks?) (?:before|after|ahead of|in front of|behind) (?:me|us)\b|\bsame (?:\w+ ){0,2}(?:questions?|things|qs|q'?s|script|lines)\b[^.\n]{0,20}?\b(?:he|she|they)(?:'d| had| would have)? (?:asked|ask|put to|given) (?:the|that|this) (?:guy|girl|lad|lass|bloke|man|woman|person|candidate|applicant|one|kid|dude|people) (?:before|after|ahead of|in front of|behind) (?:me|us)\b/,
      surface: true,
      weight: 2,
    },
    // nothing asked about the person, in any voice: "asked her no questions about herself", "not one question about my CV"
    {
      re: /\b(?:no|zero|not (?:a single|one|any)|hardly any|barely any|very few)(?: single)? (?:real |actual |proper )?(?:questions?|qs|q'?s) (?:at all |whatsoever )?(?:about|on|re) (?:me|myself|herself|himself|themselves|him|them|(?:my|his|her|their) (?:own )?(?:cv|resume|experience|background|record|work|past|career|skills|degree|thesis|projects?|qualifications|history|previous|last|old|time at|years))\b/,
      surface: true,
      neg: 'ignore',
      weight: 2,
    },
    // the questions said to fit anyone: "same questions you'd get anywhere", "could have asked them of anyone"
    {
      re: /\b(?:questions|qs|q'?s)(?: \w+){0,2} (?:you'?d|you would|anyone would|u'?d) (?:get|hear|be asked|find|expect) (?:anywhere|everywhere|at any \w+|in any \w+|on any \w+)\b|\bcould(?:'ve| have) (?:asked|put) (?:them|those|those questions|the same questions) (?:to|of) (?:anyone|anybody|any candidate|a stranger)\b/,
      surface: true,
      weight: 2,
    },
    // not made for this candidate, understated: "the questions weren't exactly tailored", "didn't seem tailored to me"
    {
      re: /\b(?:questions?|qs|q'?s|they|it|none of (?:it|them|the questions))\b(?: [\w']+){0,2}? (?:were|was|are|is|felt|seemed)(?:n'?t| not| never) (?:exactly |really |very |particularly |at all |remotely |even |in any way )?(?:tailored|personali[sz]ed|customi[sz]ed)\b|\b(?:didn'?t|did not|doesn'?t|does not) (?:really )?(?:seem|feel|look) (?:\w+ )?(?:tailored|personali[sz]ed|customi[sz]ed)(?: (?:to|for) (?:me|my|the))?\b/,
      neg: 'ignore',
      surface: true,
      weight: 2,
    },
    // the interview every employer gives: "same as every shop job", "the same stuff as every kitchen", "every company ask
    // same", "the same five questions they give everyone"
    {
      re: /\bsame (?:(?:old )?(?:stuff|questions|qs|q'?s|things|ones) )?as (?:every|any|all the) (?:other )?(?:[\w-]+ )?(?:job|interview|kitchen|shop|place|company|employer|firm|role|application)s?\b|\bevery (?:company|employer|interviewer|place|firm|job|interview|shop|kitchen)s? (?:\w+ )?(?:ask|asks|asked) (?:the )?same\b|\bsame (?:\w+ )?(?:questions|qs|q'?s) (?:they|he|she|we) (?:give|ask|put to|use (?:on|with|for)) (?:every|all|each|any)\w*\b/,
      surface: true,
      weight: 2,
    },
    // made for nobody in particular: "not one tailored to me", "could've asked those questions to a plank of wood",
    // "questions a chatbot could have written", "ones I'd seen online a hundred times", "every interview ever"
    {
      re: /\b(?:not one|none|not a single one|nothing)(?: of (?:them|it|the questions))? (?:was |were )?(?:tailored|personali[sz]ed|customi[sz]ed)\b|\bcould(?:'ve| have| of)? (?:asked|put|read) (?:those|these|the|them|the same)(?: questions| qs)? (?:to|of) (?:a|an|any) (?:plank|wall|brick|chatbot|robot|bot|stranger|potato|cardboard|lamp ?post|goldfish)\b|\b(?:a|an|any) (?:chatbot|robot|bot|ai|computer|algorithm) could(?:'ve| have| of)? (?:written|asked|come up with|generated)\b|\b(?:questions|qs|q'?s|ones)(?: that)? (?:i'?d|i had|i'?ve|i have|you'?ve|you have|everyone'?s) (?:seen|read|heard|found) (?:online|on the internet|a (?:hundred|thousand|million) times)\b/,
      surface: true,
      neg: 'ignore',
      weight: 2,
    },
    { re: /\bevery (?:single )?interview ever\b|\bthe normal (?:list|set|script)\b/, surface: true },
    // a stock question mocked as fresh: "'what's your biggest weakness', so original" (one weight: the stock question gives the other)
    {
      re: /\bso (?:original|creative|imaginative|inventive|fresh|innovative|groundbreaking)\b|\bhow (?:original|creative|imaginative|innovative)\b/,
      surface: true,
    },
    // transcripts: the interviewer asks stock questions
    {
      re: /\btell me (a (bit|little) )?about yourself|\b(greatest|biggest) (strength|weakness)|\bwhat are your (strengths|weaknesses)|\bwhere do you see yourself|\bwhy do you want (to work|this (job|role))|\bwhy should we hire|\btell me about a time|\bdescribe a (time|situation)|\bgive me an example of a time|\bhow do you (handle|deal with) (pressure|stress|conflict)|\bwhat do you know about (us|the company)|\bwhat motivates you|\bhow would you describe yourself|\bwhat would your (friends|colleagues|manager) say/,
      says: 'interviewer',
      weight: 0.75,
      surface: true,
    },
    // session 24: the questions told as a form or a box to tick: "felt like a form being filled in", "a tick-box
    // exercise" ("could've been interviewing for any job on earth" is the any-job cue's)
    {
      re: /\b(?:tick[- ]?box(?:ing)?|box[- ]ticking) (?:exercise|interview|questions|affair)\b|\b(?:like|as if|as though) (?:\w+ ){0,3}?(?:a form being filled(?: in| out)?|(?:filling|filled) (?:in|out) a form|(?:going|working|ticking) (?:down|through|off) a (?:checklist|form))\b/,
      who: 'any',
      surface: true,
      // a verdict on the whole set of questions, as the any-job cue is
      weight: 2,
    },
    // session 24: questions anyone could look up: "the kind you'd google", "straight out of a textbook"
    {
      re: /\b(?:the kind|the sort|the type|stuff|ones|questions) (?:you'?d|you could|you can|you would|anyone could|anyone would) (?:just )?(?:google|find (?:on|in) (?:google|any|a|the internet|youtube))\b|\bstraight (?:out of|from|off) (?:a|the|any) (?:textbook|interview book|prep book|interview guide)\b/,
      who: 'any',
      surface: true,
      // a verdict on the whole set of questions, as the any-job cue is
      weight: 2,
    },
  ],
};
