/**
 * detailed-role-info in wordings told by how the job was shown, not by its duties (session 24): the structure drawn
 * ("drew the org chart on the whiteboard", "sketched out the team structure"), the first months gone through ("went
 * through exactly what the first three months look like"), a long stretch on the job counted in minutes ("talked for
 * 40 minutes about the caseload"), and the job said to have had its share ("plenty on the job itself").
 */
import type { Cue } from '../detect/types.js';

/** What a job is made of, for the counted stretch: the nouns an interviewer spends time on. */
const JOB_PARTS = String.raw`(?:role|job|position|post|duties|responsibilities|team|caseload|rota|shift pattern|shifts|stack|tech stack|codebase|projects?|workload|day[- ]to[- ]day|patch|territory|targets|kpis|clients|accounts|curriculum|systems?|tools|setup|set-up|ward|unit|routes?|pipeline|portfolio|roadmap)`;

export const roleShown: Cue[] = [
  // the structure drawn: "drew the org chart on the whiteboard", "sketched out the team structure for me"
  {
    re: /\b(?:drew|draws|draw|drawing|drawn|sketched|sketches|sketch|sketching|mapped|mapping) (?:me |us |out |up )?(?:me |us )?(?:the |their |a |an |his |her )?(?:whole |full |entire |little |quick |rough )?(?:org(?:anisation(?:al)?|anization(?:al)?)? ?chart|team structure|structure of the (?:team|department|unit|function)|diagram of (?:the|their|how the) (?:team|department|unit|system|workflow|process|pipeline|architecture)|(?:system |platform )?architecture|reporting lines?)\b/,
    who: 'interviewer',
    surface: true,
  },
  // the first months gone through: "went through exactly what the first three months look like", "outlined what my
  // first 90 days would be" ("I asked what the first month looks like" has no telling verb and is left out)
  {
    re: new RegExp(
      String.raw`\b(?:(?:went|goes|go|going) (?:through|thru|over)|(?:walked|talked|took|ran|walks|talks|takes|runs) (?:me|us) (?:through|thru)|explained|described|laid out|set out|outlined|mapped out|sketched out|showed me|spelled out|spelt out) (?:me |us )?(?:exactly |roughly |precisely |in detail |clearly )?(?:what|how) (?:my |the |your |a |their )?first (?:\w+ )?(?:days?|weeks?|months?|year|quarter|shifts?|term)\b`,
    ),
    who: 'interviewer',
    surface: true,
  },
  // a long stretch on the job, counted: "talked for 40 minutes about the caseload", "spent half an hour on the rota"
  // ("I talked for 20 minutes about my projects" is the candidate's own work: no "my")
  {
    re: new RegExp(
      String.raw`(?<!\bi )\b(?:talked|talking|spoke|speaking|went on|spent|spending|chatted) (?:for )?(?:a good |a solid |well over |over |about |around |nearly |almost |at least |like )?(?:\d+|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|half an hour|an hour|a good hour|most of the (?:interview|hour|time|call|meeting)|the best part of (?:an|the) hour)(?: minutes| mins| min)? (?:just )?(?:about|on|going (?:through|over)|walking (?:me|us) through|explaining|describing|talking (?:me|us) through) (?:the|their|our|this|that) (?:\w+ )?${JOB_PARTS}\b`,
    ),
    who: 'any',
    surface: true,
  },
  // the job said to have had its share: "plenty on the job itself", "loads of detail on the role"
  {
    re: new RegExp(
      String.raw`(?<!\b(?:ask\w*|read|research\w*|know|knew|wonder\w*|question\w*|prepared|prep\w*|say|said|told (?:them|her|him)) (?:\w+ )?)\b(?:plenty|loads|lots|heaps|tons|masses|a (?:good |great )?(?:lot|deal)|a fair bit) (?:of (?:detail|details|info|information|specifics|substance) )?(?:on|about) (?:the )?(?:actual )?(?:job|role|position|post|work|duties)(?: itself)?\b`,
    ),
    who: 'interviewer',
    surface: true,
    conf: 0.6,
  },
  // the job told in full, in idiom: "the full lowdown on the job", "chapter and verse on the role", "a blow-by-blow of a
  // typical shift"; and the candidate left knowing: "knew exactly what I'd be walking into"
  {
    re: /\b(?:lowdown|low-down|blow[- ]by[- ]blow|chapter and verse|nitty[- ]gritty|ins and outs|nuts and bolts) (?:on|of|about) (?:the|a|what|how|their) (?:\w+ )?(?:job|role|position|post|duties|shift|day|week|team|work|rota|caseload|ward|unit)\b|(?<!\b(?:want|wanted|like|liked|need|needed|wish|wished) to )\b(?:know|knew|knowing) exactly what (?:i'?d|i would|i'?ll|i will|i'?m|i am) (?:be )?(?:walking into|getting into|signing up for|doing)\b/,
    who: 'any',
    surface: true,
  },
];
