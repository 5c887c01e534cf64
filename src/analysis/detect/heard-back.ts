/** Whether word came after all: an answer, an offer, a call back, a promise kept. */
import { compiledNativeAnyWidth, execAll } from '../exec-all.js';

/**
 * Word came after all: an answer, an offer, a call back, a promise kept ("they'd let me know by Friday, and they did").
 * An offer taken elsewhere ("accepted an offer with another bank") is no answer from this one.
 */
const HEARD_BACK =
  /\b(got the (?:job|offer|role|post|position)|offered me|(?:got|received|had|made|accepted)(?: me)? (?:an|the|a job|a verbal|a formal|a written) offer(?! (?:[\w-]+ ){0,3}?(?:with|from|at|for) (?:another|a different|a rival|a competing|a new|the other)\b)|offer (?:came|arrived|letter (?:came|arrived))|(?:they|she|he|hr|recruiter|manager) (?:called|rang|phoned|emailed|replied|texted|wrote)(?: me)?(?: (?:this|that|yesterday|today|tonight|last)(?: morning| afternoon| evening| night)?)? (?:back|to say|to tell|to let|with (?:an|the|a|news)|and (?:offered|said|told))|finally (?:replied|heard|called|rang|emailed|got (?:back|an?|the))|heard back|got back to me|(?:rejection|decline) (?:email|letter|came|arrived)|got (?:a|the|my) (?:rejection|no\b|yes\b|call (?:back|saying|to say|from)|email (?:saying|to say))|(?:was|were|been|got) (?:rejected|unsuccessful)|rejected (?:by|via|over|in|on|with|after)|turned me down|(?:was|were|got|been|(?:they|she|he|hr|it) (?:\w+ )?turned) (?:me )?down|(?:didn'?t|did not) get (?:it|the job|the role|the post|the position)|(?:email|e-mail|letter|call|message|text|voicemail) (?:came |arrived |landed |(?:was |got )?sent )?(?:informing|saying|telling|to say|to tell|letting|explaining)(?: me| us)?(?: that)? (?:i (?:was|had been|have been|am|'d been) (?:un)?successful|i (?:did not|didn'?t|had not|hadn'?t|would not|wouldn'?t|won'?t|will not) (?:get|got|be|been|make|progress|move)|(?:they|we) (?:had |have |'d |'ve )?(?:decided|chosen|gone|went|filled|offered)|unfortunately|sadly|(?:the )?(?:position|role|job|post) (?:had|has) been filled)|(?:decided|chosen|elected) (?:not to (?:continue|proceed|progress|move forward|go forward|take)|to (?:go|move forward|proceed) with (?:another|other|a different|someone))|(?:they|she|he) said no\b|email (?:saying|to say) (?:no|sorry|unfortunately)|it'?s a (?:no|yes)\b|(?:let (?:me|us|\w+) know|get back to (?:me|us)|be in touch|(?:call|ring|phone|e-?mail) me)\b[^.;!?]{0,50}?,? and (?:they|she|he|hr) did\b(?!n'?t| not)|(?:gone|went) with (?:another|someone|a different|an internal)|got in touch|i start (?:on|next|monday))/gi;
/**
 * "haven't heard back", "not even a rejection email": the answer that did not come; "I just want some acknowledgment
 * that they went with another candidate", "whether they went with someone else": an answer wished for or wondered about.
 */
const NOT_BEFORE =
  /(?:\bnot|\bno|\bnobody|\bno one|\bnever|n't|\bwithout|\beven|\bnor|\bif|\bhope|\bhoping|\bguess\w*|\bassum\w*|\bthinks?|\bthought|\bprobably|\breckon|\bsuppose|\bsure|\bmaybe|\buntil|\btill|\bbefore|\bunless|\bwhether|\bwant\w*|\bwish\w*|\backnowledg\w*|\bconfirm\w*)\W+(?:\w+\W+){0,2}$/i;

export function heardBack(text: string): boolean {
  for (const m of execAll(HEARD_BACK, text)) {
    if (!NOT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}

// It runs on the whole text. Compiled after the cue regexes, V8 gives it unoptimized code for
// good (HEARD_BACK over a megabyte: ~150 ms against ~12 ms), so it is compiled now, at load.
compiledNativeAnyWidth(HEARD_BACK);
