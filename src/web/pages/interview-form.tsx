import { useRef, useState } from 'preact/hooks';
import type { InterviewItem } from '../../contract/responses.js';
import { FORMATS, STAGES } from '../../core/record.js';
import type { NotesStated } from '../../contract/responses.js';
import {
  createInterview,
  getAssessment,
  postDocument,
  setReminderDone,
  updateInterview,
  type ApiError,
} from '../api-client.js';
import { ErrorBox } from '../components/error-box.js';
import { FromNotes, describedBy } from '../components/from-notes.js';
import { NotesDeeds } from '../components/notes-deeds.js';
import { NotesStart } from '../components/notes-start.js';
import {
  checkedInOnOf,
  deedsFromNotes,
  heardBackOf,
  stepsDoneOf,
  stepsToTick,
  type DeedKind,
} from '../notes-deeds.js';
import { saveDraft } from '../debrief-draft.js';
import { handOverAnalysis } from '../fresh-analysis.js';
import {
  carriedOver,
  fillFromNotes,
  fillStatus,
  withDecisionFor,
  type FilledFrom,
  type FillField,
} from '../notes-fill.js';
import { FORMAT_WORDS, STAGE_WORDS, todayLocal } from '../format.js';
import {
  checkInKept,
  FIELD_LABELS,
  fieldsOf,
  nextRoundFields,
  recordFrom,
  type Fields,
} from '../interview-fields.js';
import { interviewProblem } from '../interview-checks.js';
import { hrefOf, navigate } from '../router.js';
import { LengthNote } from '../components/length-note.js';
import { lengthNote, lengthProblem } from '../text-limit.js';

/**
 * `existing` is edited; `previous`, when given, starts a new interview as its next round;
 * `withNotes` offers to start from notes, which are then saved as the interview's first document.
 */
export function InterviewForm({
  existing,
  previous,
  withNotes = false,
}: {
  existing?: InterviewItem;
  previous?: InterviewItem;
  withNotes?: boolean;
}) {
  const nextRound = previous !== undefined && existing === undefined;
  const [f, setF] = useState<Fields>(() => (nextRound ? nextRoundFields(previous) : fieldsOf(existing)));
  const dateBox = useRef<HTMLInputElement>(null);
  const decisionBox = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [notes, setNotes] = useState('');
  // Fields the person changed by hand, or a next round carried over: notes never overwrite them.
  const [typed, setTyped] = useState<ReadonlySet<string>>(() => (nextRound ? carriedOver(f) : new Set()));
  const [from, setFrom] = useState<FilledFrom>({});
  // What the notes said when last read: a decision date filled from them depends on the day.
  const [stated, setStated] = useState<NotesStated | undefined>();
  // What the notes say was sent since (a thank-you, a check-in), for a new interview; unticked: not recorded.
  const [unticked, setUnticked] = useState<ReadonlySet<DeedKind>>(new Set());
  const deeds = stated && !existing ? deedsFromNotes(stated, f.date) : [];
  const tick = (kind: DeedKind, isTicked: boolean) =>
    setUnticked(new Set([...unticked].filter((k) => k !== kind).concat(isTicked ? [] : [kind])));
  const set = (k: keyof Fields) => (e: { currentTarget: { value: string } }) => {
    const next = { ...f, [k]: e.currentTarget.value };
    if (!typed.has(k)) setTyped(new Set([...typed, k]));
    const left = Object.fromEntries(Object.entries(from).filter(([x]) => x !== k));
    const moved = k === 'date' ? withDecisionFor(next, left, stated) : { fields: next, from: left };
    setF(moved.fields);
    if (Object.keys(moved.from).length !== Object.keys(from).length) setFrom(moved.from);
  };
  const fill = (read: NotesStated): string => {
    const filled = fillFromNotes(f, read, typed);
    setStated(read);
    setUnticked(new Set());
    setF(filled.fields);
    setFrom({ ...from, ...filled.from });
    const status = fillStatus(read.kind, read, filled.from);
    return deedsFromNotes(read, filled.fields.date).length > 0
      ? `${status} They also say what you have sent since the interview: untick what is not right.`
      : status;
  };
  const mark = (k: FillField) => <FromNotes field={k} quote={from[k]} />;
  const bad = (path: string) => error?.fields?.some((x) => x.path === path || x.path.startsWith(`${path}[`));

  const submit = async (e: Event) => {
    e.preventDefault();
    const problem = interviewProblem(
      {
        date: f.date,
        decisionBy: f.decisionBy,
        dateUnreadable: dateBox.current?.validity.badInput ?? false,
        decisionByUnreadable: decisionBox.current?.validity.badInput ?? false,
      },
      todayLocal(),
    );
    if (problem) return setError(problem);
    const tooLong = lengthProblem([
      { path: 'company', label: 'Company', value: f.company },
      { path: 'role', label: 'Role', value: f.role },
    ]);
    if (tooLong) return setError(tooLong);
    setBusy(true);
    const confirmed = deeds.filter((d) => !unticked.has(d.kind));
    const record = existing
      ? recordFrom(f, existing.record.heardBack, checkInKept(existing.record.checkedInOn, f.date))
      : recordFrom(f, heardBackOf(confirmed, todayLocal()), checkedInOnOf(confirmed, todayLocal()));
    const r = existing ? await updateInterview(existing.id, record) : await createInterview(record);
    if (!r.ok) {
      setBusy(false);
      return setError(r.error);
    }
    if (!existing) await tickSteps(r.value.id, stepsDoneOf(confirmed));
    if (!existing && withNotes && notes.trim() !== '') await keepNotes(r.value.id, notes);
    setBusy(false);
    navigate(existing ? { page: 'result', id: r.value.id } : { page: 'debrief', id: r.value.id });
  };

  return (
    <>
      {withNotes && <NotesStart text={notes} onText={setNotes} onRead={fill} carriedOver={nextRound} />}
      <form class="card form" onSubmit={submit} noValidate>
        {error && <ErrorBox error={error} title="That could not be saved yet." labels={FIELD_LABELS} />}
        <div class="grid-2">
          <label>
            Company
            <input
              dir="auto"
              value={f.company}
              onInput={set('company')}
              autoComplete="organization"
              aria-invalid={bad('company') || lengthNote(f.company)?.isOver}
              aria-describedby={describedBy('company-length', from.company, 'company')}
            />
            <LengthNote value={f.company} id="company-length" />
            {mark('company')}
          </label>
          <label>
            Role
            <input
              dir="auto"
              value={f.role}
              onInput={set('role')}
              aria-invalid={bad('role') || lengthNote(f.role)?.isOver}
              aria-describedby={describedBy('role-length', from.role, 'role')}
            />
            <LengthNote value={f.role} id="role-length" />
            {mark('role')}
          </label>
          <label>
            Stage
            <select
              value={f.stage}
              onChange={set('stage')}
              aria-invalid={bad('stage')}
              aria-describedby={describedBy(undefined, from.stage, 'stage')}
            >
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_WORDS[s]}
                </option>
              ))}
            </select>
            {mark('stage')}
          </label>
          <label>
            Format
            <select
              value={f.format}
              onChange={set('format')}
              aria-describedby={describedBy(undefined, from.format, 'format')}
            >
              <option value="">Not given</option>
              {FORMATS.map((x) => (
                <option key={x} value={x}>
                  {FORMAT_WORDS[x]}
                </option>
              ))}
            </select>
            {mark('format')}
          </label>
          <label>
            Date
            <input
              ref={dateBox}
              type="date"
              required
              max={todayLocal()}
              value={f.date}
              onInput={set('date')}
              aria-invalid={bad('date')}
              aria-describedby={describedBy(undefined, from.date, 'date')}
            />
            {mark('date')}
          </label>
          <label>
            Time <span class="optional">(optional)</span>
            <input type="time" value={f.time} onInput={set('time')} aria-invalid={bad('time')} />
          </label>
        </div>
        <label>
          Interviewers <span class="optional">(names, separated by commas)</span>
          <input
            dir="auto"
            value={f.interviewers}
            onInput={set('interviewers')}
            aria-invalid={bad('interviewers')}
            aria-describedby={describedBy(undefined, from.interviewers, 'interviewers')}
          />
          {mark('interviewers')}
        </label>
        <div class="grid-2">
          <label>
            Did they say when they'd decide?
            <input
              ref={decisionBox}
              type="date"
              value={f.decisionBy}
              onInput={set('decisionBy')}
              aria-invalid={bad('decisionBy')}
              aria-describedby={describedBy(undefined, from.decisionBy, 'decisionBy')}
            />
            {mark('decisionBy')}
          </label>
          <label>
            Candidates in this round <span class="optional">(if you know)</span>
            <input
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              value={f.candidates}
              onInput={set('candidates')}
              aria-invalid={bad('candidates')}
            />
          </label>
        </div>
        <label>
          Topics discussed <span class="optional">(separated by commas; used in your thank-you draft)</span>
          <textarea
            dir="auto"
            rows={2}
            value={f.topics}
            onInput={set('topics')}
            aria-invalid={bad('topics')}
          />
        </label>
        <NotesDeeds deeds={deeds} unticked={unticked} onTick={tick} />
        <div class="row form-actions">
          <button class="button" type="submit" disabled={busy}>
            {existing ? 'Save changes' : 'Save and debrief'}
          </button>
          {/* Back where the person came from: an edited interview's or the last round's result. */}
          <a class="button button-ghost" href={cancelHref(existing ?? previous)}>
            Cancel
          </a>
        </div>
      </form>
    </>
  );
}

/**
 * The next steps the notes say are done (a thank-you sent, a check-in made), ticked off as the
 * result page ticks them. Refused (the server away), they stay open: a step to do, never lost.
 */
async function tickSteps(id: string, kinds: readonly DeedKind[]): Promise<void> {
  if (kinds.length === 0) return;
  const assessment = await getAssessment(id);
  if (!assessment.ok) return;
  for (const step of stepsToTick(assessment.value.reminders, kinds))
    await setReminderDone(id, { kind: step.kind, due: step.due, done: true });
}

function cancelHref(from: InterviewItem | undefined): string {
  return from ? hrefOf({ page: 'result', id: from.id }) : hrefOf({ page: 'dashboard' });
}

/**
 * The notes saved as the new interview's first document, its analysis handed to the debrief page.
 * Refused now (the server being away), they wait in the debrief page's box instead: never lost.
 */
async function keepNotes(id: string, notes: string): Promise<void> {
  const saved = await postDocument(id, notes);
  if (saved.ok) handOverAnalysis(id, saved.value);
  else saveDraft(id, { notes, answers: {} });
}
