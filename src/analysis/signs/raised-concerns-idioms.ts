/**
 * raised-concerns, one doubt each, in idiom and understatement (session 24): a jab at the record ("had a crack at
 * my lack of tickets", "had another go about whether I'd cope", "took a swipe at my grades"), a doubt said as a
 * hurdle or a step down ("wondered whether I'd find it a bit of a step down", "might be something of a hurdle"), and a
 * long stay on why the candidate left or moved ("spent ten minutes on why I left my last two firms").
 */
import type { Cue } from '../detect/types.js';

export const idiomDoubts: Cue[] = [
  // a jab: "had a go at my accent" (British: found fault with), "had a dig at my short stints", "took a swipe at";
  // each jab counts, so "had a crack at X, then had another go about whether..." is two
  {
    re: /\b(?:had|has|have|having|took|takes|take|taking) (?:a|one|another|a second|a little|a bit of a|a few|a couple of|some|more) (?:little |quick |sly |cheeky |sneaky |real |proper )?(?:crack|go|dig|swipe|pop|poke|jab|pot-?shot)s? (?:at|about|over|on) (?:my|me|whether i|whether my|if i|if my|why i|why my|how i|how my|the fact (?:that )?i)\b/,
    who: 'interviewer',
    neg: 'ignore',
    surface: true,
    repeats: true,
  },
  // a doubt as a hurdle, a stretch or a step down: "said it might be a bit of a hurdle", "wondered if I'd find it a
  // step down", "could be something of a leap for me"
  {
    re: /\b(?:might|could|may|would)(?: well)? be (?:a bit of |something of |quite |rather |too much of |too big of )?(?:an? )?(?:(?:real |big |huge |bit of a )?(?:hurdle|stretch|leap|stumbling block|sticking point|step down|step backwards?|comedown|come-down|big step up|big jump))\b|\b(?:find|found|finds|finding) (?:it|the (?:role|job|work|post)) (?:a bit of |something of |quite |rather )?(?:an? )?(?:step down|step backwards?|comedown|come-down|stretch|leap|big step up|big jump)\b/,
    who: 'interviewer',
    neg: 'ignore',
    surface: true,
  },
  // dwelling on why the candidate left or moved: "spent ages on why I left", "spent ten minutes going over why I
  // moved", "lingered on why I quit nursing" ("spent ages on why I chose Python" is interest, not doubt)
  {
    re: /\b(?:spent|spend|spends|spending|dwelt|dwelled|dwelling|lingered|lingering) (?:[\w-]+ ){0,4}?(?:on|over|about|going over|asking about|asking|quizzing me (?:on|about)) why (?:i|i'?d|i'?ve|i had|i was|my)\b (?:\w+ ){0,2}?(?:left|leave|leaving|quit|quitting|moved|move|moving|stayed|switched|changed|jumped|dropped|took (?:a|the|so)|was (?:out|off|unemployed|let go)|only|never|didn'?t|hadn'?t|wasn'?t)\b/,
    who: 'interviewer',
    neg: 'ignore',
    surface: true,
  },
];
