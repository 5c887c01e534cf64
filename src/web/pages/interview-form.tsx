import { useRef, useState } from 'preact/hooks';
import type { InterviewRecordInput } from '../../contract/interview.js';
import type { InterviewItem } from '../../contract/responses.js';
import { FORMATS, stageAfter, STAGES, type Format, type Stage } from '../../core/record.js';
import { createInterview, updateInterview, type ApiError } from '../api-client.js';
import { ErrorBox } from '../components/error-box.js';
import { FORMAT_WORDS, listFrom, STAGE_WORDS, todayLocal } from '../format.js';
import { interviewProblem } from '../interview-checks.js';
import { navigate } from '../router.js';
import { LengthNote } from '../components/length-note.js';
import { lengthNote, lengthProblem } from '../text-limit.js';

interface Fields {
  company: string;
  role: string;
  stage: Stage;
  format: Format | '';
  date: string;
  time: string;
  interviewers: string;
  decisionBy: string;
  candidates: string;
  topics: string;
}

function fieldsOf(item: InterviewItem | undefined): Fields {
  const r = item?.record;
  return {
    company: r?.company ?? '',
    role: r?.role ?? '',
    stage: r?.stage ?? 'first',
    format: r?.format ?? '',
    date: r?.date ?? todayLocal(),
    time: r?.time ?? '',
    interviewers: r?.interviewers?.join(', ') ?? '',
    decisionBy: r?.decisionBy ?? '',
    candidates: r?.candidates !== undefined ? String(r.candidates) : '',
    topics: r?.topics?.join(', ') ?? '',
  };
}

/** A next round's form: the same company and role, the stage moved on, everything else fresh. */
export function nextRoundFields(previous: InterviewItem): Fields {
  const r = previous.record;
  return {
    ...fieldsOf(undefined),
    company: r.company ?? '',
    role: r.role ?? '',
    stage: stageAfter(r.stage),
  };
}

/** Blank fields are left out, so the server's checks see only what the user gave. */
export function recordFrom(f: Fields, heardBack?: InterviewRecordInput['heardBack']): InterviewRecordInput {
  const interviewers = listFrom(f.interviewers);
  const topics = listFrom(f.topics);
  const candidates = f.candidates.trim() === '' ? undefined : Number(f.candidates);
  return {
    stage: f.stage,
    date: f.date,
    ...(f.company.trim() ? { company: f.company.trim() } : {}),
    ...(f.role.trim() ? { role: f.role.trim() } : {}),
    ...(f.format ? { format: f.format } : {}),
    ...(f.time ? { time: f.time } : {}),
    ...(interviewers.length ? { interviewers } : {}),
    ...(f.decisionBy ? { decisionBy: f.decisionBy } : {}),
    ...(candidates !== undefined ? { candidates } : {}),
    ...(topics.length ? { topics } : {}),
    ...(heardBack ? { heardBack } : {}),
  };
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  company: 'Company',
  role: 'Role',
  stage: 'Stage',
  format: 'Format',
  date: 'Date',
  time: 'Time',
  interviewers: 'Interviewers',
  decisionBy: 'Decision date',
  candidates: 'Candidates in this round',
  topics: 'Topics discussed',
};

/** `existing` is edited; `previous`, when given, starts a new interview as its next round. */
export function InterviewForm({
  existing,
  previous,
}: {
  existing?: InterviewItem;
  previous?: InterviewItem;
}) {
  const [f, setF] = useState<Fields>(() =>
    previous && !existing ? nextRoundFields(previous) : fieldsOf(existing),
  );
  const dateBox = useRef<HTMLInputElement>(null);
  const decisionBox = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const set = (k: keyof Fields) => (e: { currentTarget: { value: string } }) =>
    setF({ ...f, [k]: e.currentTarget.value });
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
    const record = recordFrom(f, existing?.record.heardBack);
    const r = existing ? await updateInterview(existing.id, record) : await createInterview(record);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    navigate(existing ? { page: 'result', id: r.value.id } : { page: 'debrief', id: r.value.id });
  };

  return (
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
            aria-describedby="company-length"
          />
          <LengthNote value={f.company} id="company-length" />
        </label>
        <label>
          Role
          <input
            dir="auto"
            value={f.role}
            onInput={set('role')}
            aria-invalid={bad('role') || lengthNote(f.role)?.isOver}
            aria-describedby="role-length"
          />
          <LengthNote value={f.role} id="role-length" />
        </label>
        <label>
          Stage
          <select value={f.stage} onChange={set('stage')} aria-invalid={bad('stage')}>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_WORDS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Format
          <select value={f.format} onChange={set('format')}>
            <option value="">Not given</option>
            {FORMATS.map((x) => (
              <option key={x} value={x}>
                {FORMAT_WORDS[x]}
              </option>
            ))}
          </select>
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
          />
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
        />
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
          />
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
        <textarea dir="auto" rows={2} value={f.topics} onInput={set('topics')} aria-invalid={bad('topics')} />
      </label>
      <div class="row form-actions">
        <button class="button" type="submit" disabled={busy}>
          {existing ? 'Save changes' : 'Save and debrief'}
        </button>
        <a class="button button-ghost" href={existing ? `#/interviews/${existing.id}/result` : '#/'}>
          Cancel
        </a>
      </div>
    </form>
  );
}
