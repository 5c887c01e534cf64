import type { HelpTopic } from './parse-args.js';

const MAIN = `debrief: after an interview, an honest estimate of whether you passed,
and what to do next.

Usage
  debrief assess                talk the interview through (needs a terminal)
  debrief assess --notes FILE   the same, starting from your written notes
  debrief assess --json FILE|-  a request as JSON in, the result as JSON out
  debrief list [--json]         your recorded interviews, newest first
  debrief show ID               one recorded interview: estimate, next steps
  debrief outcome ID OUTCOME    record how it ended (offer, rejected, …)
  debrief export FILE           save your whole record to a file (or --csv)
  debrief import FILE           bring back a record saved by export
  debrief analyze FILE|-        find interview signs in notes or a transcript
  debrief analyze --batch       JSON lines in (stdin), JSON lines out (stdout)
  debrief signs [--json]        list the signs Debrief looks for

Options
  -h, --help                    help (also: debrief help COMMAND)
  -v, --version                 the version

Your record is the same database the web app uses (npm start): DEBRIEF_DB
(default ~/.debrief/debrief.db), or PostgreSQL when DATABASE_URL is set.

The estimate is a rough guide. Interview signs are weak evidence, and no tool
can know what an employer decides.`;

const ASSESS = `Usage
  debrief assess [--notes FILE] [--name NAME] [--no-save] [--today YYYY-MM-DD]
  debrief assess --json FILE|- [--save] [--today YYYY-MM-DD]

Without --json, asks about the interview and the signs you noticed, one
channel at a time, then shows the estimate, what moved it, the follow-up
window and your next steps with message drafts, and offers to save the
interview to your record (see: debrief help list). This needs a terminal.

Options
  --notes FILE        read your notes first: the signs found in them, the day
                      they give for the interview ("had my interview Tuesday")
                      and the date they promised are offered as answers
  --json FILE|-       non-interactive: read the request from FILE (or stdin
                      with -) and print the result as JSON; saves nothing
                      unless --save. The drafts are signed with
                      "candidateName", or else the name kept by assess or
                      show --name
  --save              with --json: also save the interview to your record;
                      the output then has "saved": {"id", "where"}
  --name NAME         your first name, to sign the message drafts; kept for
                      next time (assess asks once when no name is kept)
  --no-save           do not offer to save the interview (nor keep a name)
  --today DATE        treat DATE as today (for replaying an old interview)

Request (JSON)
  {"interview": {"stage": "first", "date": "2026-03-02",
                 "decisionBy": "2026-03-09"},
   "observations": {"detailed-role-info": "present",
                    "raised-concerns": "absent"}}
  stage is one of screen, first, later, final, other. Observations are
  "present", "absent", "unsure" or
  {"value": ..., "strength": 1-3, "evidence": "..."}.
  Run \`debrief signs\` for the sign ids.

Exit status: 0 ok, 2 bad input or usage, 1 anything else, 130 cancelled.`;

const ANALYZE = `Usage
  debrief analyze FILE|- [--candidate NAME] [--json] [--today YYYY-MM-DD]
  debrief analyze --batch [--today YYYY-MM-DD]

Reads interview notes or a call transcript (WebVTT, SRT, Zoom captions,
"Name: text"), shows the passages that point to each sign, the day the text
gives for the interview, any dates they promised (counted from that day, or
else from today), and for transcripts some plain notes on how you came
across. The file must be UTF-8 text.

Options
  --candidate NAME    your name as it appears in the transcript
  --json              print the analysis as JSON
  --batch             read JSON lines from stdin:
                        {"id", "text", "candidate"?, "interviewDate"?}
                      and write one JSON line for each:
                        {"id", "signs": [...],
                         "assessment": {"probability", "band"}}
                      (with "reportedOutcome" when the text already tells the
                      answer) or {"id", "error": {"code", "message"}}. A bad
                      line never stops the batch.
  --today DATE        treat DATE as today`;

const SIGNS = `Usage
  debrief signs [--json]

Lists the signs Debrief looks for, grouped by channel: the words said, body
language, atmosphere, energy and what happened afterwards.

Options
  --json              print the catalogue as JSON`;

const LIST = `Usage
  debrief list [--json] [--today YYYY-MM-DD]

Lists the interviews in your record, newest first: short id, date, the
estimate as of today (the silence clock keeps running, as on the web
dashboard), stage, company and role, and how it ended once you have said (or
"coming up" for one still to come). Once it has ended, the answer takes the
estimate's place (a dash in its column), as on the dashboard. Interviews saved
from the terminal and from the web app are the same record.

Options
  --json              print them as JSON (the web API's interview items)
  --today DATE        treat DATE as today

The record is DEBRIEF_DB (default ~/.debrief/debrief.db), or PostgreSQL when
DATABASE_URL is set.

Exit status: 0 ok, 2 usage, 1 the record could not be opened.`;

const SHOW = `Usage
  debrief show ID [--name NAME] [--today YYYY-MM-DD]

Shows one recorded interview as \`debrief assess\` does: the estimate as of
today, what moved it, the follow-up window and the next steps. ID is the
short id from
\`debrief list\` (any unambiguous start of the full id works), or a word of the
company or role when only one interview has it (\`debrief show acme\`).

Options
  --name NAME         sign the message drafts with NAME; kept for next time
  --today DATE        treat DATE as today

Exit status: 0 ok, 2 unknown id or usage, 1 the record could not be opened.`;

const OUTCOME = `Usage
  debrief outcome ID OUTCOME [--date DATE] [--today YYYY-MM-DD]

Records how an interview ended. ID is as for \`debrief show\`: the short id,
or a word of the company or role. OUTCOME is one of:
  next-round   invited to the next round
  offer        an offer
  rejected     they said no
  ghosted      you never heard back
  withdrew     you stepped out
Once interviews have an outcome, the estimates learn how the signs work out
for you (a withdrawal teaches nothing). Recording again replaces the outcome.

Options
  --date DATE         the day you heard: YYYY-MM-DD or words ("yesterday",
                      "last friday"); default today; not before the interview
  --today DATE        treat DATE as today

Exit status: 0 ok, 2 unknown id, bad outcome or date, 1 the record could not
be opened.`;

const EXPORT = `Usage
  debrief export FILE [--csv] [--today YYYY-MM-DD]
  debrief export [--csv] > FILE

Saves your whole record (interviews, outcomes, notes and transcripts, answers,
estimates and reminders) as JSON, the same file as the web page's Data page
makes. \`debrief import\` brings it back, here or on another machine. An
existing FILE is never overwritten.

Options
  --csv               a table of the interviews instead (for a spreadsheet;
                      it cannot be imported)
  --today DATE        treat DATE as today

Exit status: 0 ok, 2 usage or FILE exists, 1 the record could not be opened
or FILE could not be written.`;

const IMPORT = `Usage
  debrief import FILE|- [--replace] [--today YYYY-MM-DD]

Brings back a record saved by \`debrief export\` (or the web page's Data page).
By default it merges: interviews with the same id are replaced by the file's,
and the others are kept. A row whose dates are impossible (an interview after
tomorrow, an answer before the interview) is left out and named; the rest
still import.

Options
  --replace           delete everything in your record first
  --today DATE        treat DATE as today

Exit status: 0 ok, 2 not an export file, 1 the record could not be opened.`;

export const HELP: Readonly<Record<HelpTopic, string>> = {
  main: MAIN,
  assess: ASSESS,
  analyze: ANALYZE,
  signs: SIGNS,
  list: LIST,
  show: SHOW,
  outcome: OUTCOME,
  export: EXPORT,
  import: IMPORT,
};
