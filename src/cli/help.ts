import type { HelpTopic } from './parse-args.js';

const MAIN = `debrief: after an interview, an honest estimate of whether you passed, and what to do next.

Usage
  debrief assess                   talk through the interview, step by step (needs a terminal)
  debrief assess --notes FILE      the same, starting from your written notes
  debrief assess --json FILE|-     read an assessment request as JSON, print the result as JSON
  debrief analyze FILE|-           find interview signs in notes or a call transcript
  debrief analyze --batch          JSON lines in (stdin), JSON lines out (stdout)
  debrief signs [--json]           list the signs Debrief looks for

Options
  -h, --help                       help (also: debrief help COMMAND)
  -v, --version                    the version

The estimate is a rough guide. Interview signs are weak evidence, and no tool can
know what an employer decides.`;

const ASSESS = `Usage
  debrief assess [--notes FILE] [--today YYYY-MM-DD]
  debrief assess --json FILE|- [--today YYYY-MM-DD]

Without --json, asks about the interview and the signs you noticed, one channel at a
time, then shows the estimate, what moved it, the follow-up window and your next steps
with message drafts. This needs a terminal.

Options
  --notes FILE        read your notes first and pre-fill the signs found in them
  --json FILE|-       non-interactive: read the request from FILE (or stdin with -)
                      and print the result as JSON
  --today DATE        treat DATE as today (for replaying an old interview)

Request (JSON)
  {"interview": {"stage": "first", "date": "2026-03-02", "decisionBy": "2026-03-09"},
   "observations": {"detailed-role-info": "present", "raised-concerns": "absent"}}
  stage is one of screen, first, later, final, other. Observations are
  "present", "absent", "unsure" or {"value": ..., "strength": 1-3, "evidence": "..."}.
  Run \`debrief signs\` for the sign ids.

Exit status: 0 ok, 2 bad input or usage, 1 anything else, 130 cancelled.`;

const ANALYZE = `Usage
  debrief analyze FILE|- [--candidate NAME] [--json] [--today YYYY-MM-DD]
  debrief analyze --batch [--today YYYY-MM-DD]

Reads interview notes or a call transcript (WebVTT, SRT, Zoom captions, "Name: text"),
shows the passages that point to each sign, any dates they promised, and for
transcripts some plain notes on how you came across. The file must be UTF-8 text.

Options
  --candidate NAME    your name as it appears in the transcript
  --json              print the analysis as JSON
  --batch             read JSON lines {"id", "text", "candidate"?, "interviewDate"?}
                      from stdin; write one JSON line per input:
                      {"id", "signs": [...], "assessment": {"probability", "band"}}
                      (with "reportedOutcome" when the text already tells the answer)
                      or {"id", "error": {"code", "message"}}. A bad line never
                      stops the batch.
  --today DATE        treat DATE as today`;

const SIGNS = `Usage
  debrief signs [--json]

Lists the signs Debrief looks for, grouped by channel: the words said, body
language, atmosphere, energy and what happened afterwards.

Options
  --json              print the catalogue as JSON`;

export const HELP: Readonly<Record<HelpTopic, string>> = {
  main: MAIN,
  assess: ASSESS,
  analyze: ANALYZE,
  signs: SIGNS,
};
