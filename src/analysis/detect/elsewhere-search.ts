/**
 * The rest of the search, told around the interview in long stories: the applications counted
 * off ("Two were straight rejections, one in Aberdeen interviewed me and..."), the other offers and
 * rounds one by one ("One was at a beauty brand, where the head of marketing was warm"), the
 * rejection that came before ("After Skyward turned me down in the spring (the one where...)"),
 * the writer's last interview elsewhere ("my last interview was in September at another care
 * home") and a run of bad ones ("I had several where nobody could tell me the product"). What
 * those interviewers did is not evidence about this one (elsewhere.ts drops the sentences).
 */

/** Employers as stories name them, beside those of elsewhere-frames' ORG. */
export const MORE_ORG =
  '(?:(?:care |nursing |retirement )?homes?|museums?|galler(?:y|ies)|librar(?:y|ies)|airlines?|airports?|warehouses?|depots?|factor(?:y|ies)|nurser(?:y|ies)|pharmac(?:y|ies)|surger(?:y|ies)|salons?|gyms?|garages?|providers?|contractors?|academ(?:y|ies)|institutes?|dealerships?|retailers?|insurers?|publishers?|supermarkets?|manufacturers?|fintechs?|scale-?ups?)';
/** An employer named indefinitely: "a beauty brand", "another care home", "other care home" (the article dropped). */
const SOME_EMPLOYER = `(?:an?|another|one|some|other|a different) (?:[\\w&'-]+ ){0,2}?(?:${MORE_ORG}|compan(?:y|ies)|agenc(?:y|ies)|charit(?:y|ies)|universit(?:y|ies)|(?:firm|school|hospital|practice|shop|store|restaurant|bank|brand|start-?up|association|council|trust|lab|college|studio|hotel|cafe|bar|business|chain|clinic|place|office|organi[sz]ation)s?)\\b`;

/** What ended an application elsewhere: "turned me down", "fell through". */
const ENDED =
  "(?:turned me down|rejected me|said no|fell through|ghosted me|passed on me|knocked me back|dropped me|didn'?t work out|did not work out|fell apart|came to nothing|went nowhere|went quiet|let me go)";

export const SEARCH_FRAMES: readonly RegExp[] = [
  // the other offers and rounds one by one: "One was at a beauty brand, where..." (not "The second was at a
  // school": in "I had two interviews. The first was warm. The second was at..." the second is the story)
  new RegExp(`^(?:one|another)(?: one)? (?:was|were|had been) (?:at|with|for|in) ${SOME_EMPLOYER}`),
  // the applications counted off: "Two were straight rejections on paper", "Most of them went nowhere"
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|a few|most|some|all|the rest|the others|both|half)(?: of (?:them|those|these|the others|the applications))? (?:was|were|got|ended|came back(?: as)?|went) (?:straight |flat |quick |polite |instant |automatic |automated |form |template |outright |immediate )?(?:rejections?|rejected|no'?s|nos|knock-?backs?|ghosted|nowhere|silence)\b/,
  // the rejection before this story: "After Skyward turned me down in the spring (the one where...)",
  // "After the Newcastle one fell through last year"; not "After they turned me down" (this employer, later)
  new RegExp(
    `^after (?!(?:they|she|he|it|we|them|the (?:company|panel|school|firm|manager|interviewer|recruiter|hospital|job|role))\\b)(?:the [\\w-]+ one|[\\w&'-]+(?: [\\w&'-]+){0,2}?) ${ENDED}`,
  ),
  // the writer's last interview elsewhere: "my last interview was in September in other care home in Leicester"
  new RegExp(
    `^(?:my|our) (?:last|previous|earlier|prior|other|first) (?:interview|one|application|job interview)s? (?:was|were)(?: [\\w,]+){0,4}? (?:at|in|with|for) (?:${SOME_EMPLOYER}|(?:other|another|a different)\\b)`,
  ),
  // a run of other interviews: "I had several where nobody could tell me what I'd build" (several cannot be one interview)
  /^i(?:'ve| have)? had (?:several|a few|many|loads|lots|plenty|dozens|a couple|a number|two|three|four|five|six|seven|eight|nine|ten)(?: (?:of )?(?:interviews|companies|places|ones|calls|employers|panels))? (?:where|who|that|at which|in which)\b/,
];

/** The search frames that go on over the next sentences ("The manager there was..."), like CARRIED. */
export const SEARCH_CARRIED: readonly RegExp[] = [SEARCH_FRAMES[0]!, SEARCH_FRAMES[2]!, SEARCH_FRAMES[3]!];
