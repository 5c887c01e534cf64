import { useState } from 'preact/hooks';
import { listInterviews } from '../api-client.js';
import type { InterviewItem } from '../../contract/responses.js';
import { STAGES, type Stage } from '../../core/record.js';
import { ErrorBox } from '../components/error-box.js';
import { EstimateBadge } from '../components/estimate-badge.js';
import { Loading, useLoad } from '../components/use-load.js';
import {
  dateWords,
  interviewTitle,
  OUTCOME_WORDS,
  PHASE_WORDS,
  isUpcoming,
  relativeDays,
  STAGE_WORDS,
  todayLocal,
  UPCOMING_WORDS,
} from '../format.js';
import { takeFlash, type Flash } from '../flash.js';
import { hrefOf } from '../router.js';

type Status = '' | 'open' | 'closed';

function Card({ item }: { item: InterviewItem }) {
  const today = todayLocal();
  const { record } = item;
  // An interview still to come has no wait to describe and no debrief to ask for yet.
  const upcoming = isUpcoming(record.date, today);
  return (
    <li class="card interview-card" data-testid="interview-card">
      <div class="card-head">
        <h2 class="card-title">
          <a href={hrefOf({ page: 'result', id: item.id })}>{interviewTitle(record)}</a>
        </h2>
        <EstimateBadge
          probability={item.estimate.probability}
          band={item.estimate.band}
          debriefed={item.signsAnswered > 0 || item.outcome !== null}
          phase={item.phase}
          outcome={item.outcome?.outcome}
          isUpcoming={upcoming}
        />
      </div>
      <p class="meta">
        {STAGE_WORDS[record.stage]} · {dateWords(record.date)}
        {record.time ? ` at ${record.time}` : ''}
        {upcoming && ` (${relativeDays(record.date, today)})`}
      </p>
      <dl class="facts">
        <div>
          <dt>Follow-up</dt>
          <dd>{upcoming ? UPCOMING_WORDS.followUp : PHASE_WORDS[item.phase]}</dd>
        </div>
        <div>
          <dt>Next</dt>
          <dd>
            {item.nextAction
              ? `${item.nextAction.title} (${relativeDays(item.nextAction.due, today)})`
              : 'Nothing due'}
          </dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd data-testid="outcome">
            {item.outcome ? OUTCOME_WORDS[item.outcome.outcome] : 'Waiting to hear'}
          </dd>
        </div>
      </dl>
      {/* The title above links to the result: named by the interview, it needs no "Result" twin here. */}
      <p class="row card-actions">
        <a href={hrefOf({ page: 'debrief', id: item.id })}>Debrief</a>
        <a href={hrefOf({ page: 'outcome', id: item.id })}>
          {item.outcome ? 'Change outcome' : 'Record outcome'}
        </a>
      </p>
    </li>
  );
}

function Empty() {
  return (
    <div class="empty card">
      <h2>No interviews yet</h2>
      <p>
        Just had an interview? Write down how it went while it is fresh. Debrief will give you an honest
        estimate, the dates to follow up, and drafts to send.
      </p>
      <a class="button" href="#/new">
        Record your first interview
      </a>
    </div>
  );
}

/** The confirmation a save left for this page: quiet, and gone once dismissed or left. */
function Saved({ flash }: { flash: Flash }) {
  const [shown, setShown] = useState(true);
  if (!shown) return null;
  return (
    <div class="notice notice-ok saved-note" role="status" data-testid="saved-note">
      <p>
        <span aria-hidden="true">✓ </span>
        {flash.message}{' '}
        {flash.interviewId && <a href={hrefOf({ page: 'result', id: flash.interviewId })}>See its result</a>}
      </p>
      <button
        type="button"
        class="link-button small"
        onClick={() => {
          setShown(false);
          // The button goes with the message: without this a keyboard user is dropped at the page's top.
          document.getElementById('main')?.focus();
        }}
      >
        Dismiss<span class="visually-hidden"> this message</span>
      </button>
    </div>
  );
}

export function Dashboard() {
  const [flash] = useState(takeFlash);
  const [stage, setStage] = useState<Stage | ''>('');
  const [status, setStatus] = useState<Status>('');
  const [q, setQ] = useState('');
  const filtered = stage !== '' || status !== '' || q.trim() !== '';
  const [loaded] = useLoad(
    () =>
      listInterviews({
        ...(stage ? { stage } : {}),
        ...(status ? { status } : {}),
        ...(q.trim() ? { q: q.trim() } : {}),
      }),
    `${stage}|${status}|${q.trim()}`,
  );
  const items = loaded.state === 'ok' ? loaded.value.interviews : [];
  const none = loaded.state === 'ok' && items.length === 0;

  return (
    <>
      <div class="page-head">
        <h1>Your interviews</h1>
        {/* With nothing yet, the empty state's own button is the one way on. */}
        {!(none && !filtered) && (
          <a class="button" href="#/new">
            New interview
          </a>
        )}
      </div>
      {flash && <Saved flash={flash} />}
      {!(none && !filtered) && (
        <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <label>
            Search
            <input
              dir="auto"
              type="search"
              value={q}
              placeholder="Company, role, person…"
              onInput={(e) => setQ(e.currentTarget.value)}
            />
          </label>
          <label>
            Stage
            <select value={stage} onChange={(e) => setStage(e.currentTarget.value as Stage | '')}>
              <option value="">All stages</option>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {STAGE_WORDS[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Status
            <select value={status} onChange={(e) => setStatus(e.currentTarget.value as Status)}>
              <option value="">Any status</option>
              <option value="open">Still waiting</option>
              <option value="closed">Closed</option>
            </select>
          </label>
        </form>
      )}
      {loaded.state === 'loading' && <Loading what="Loading your interviews" />}
      {loaded.state === 'error' && <ErrorBox error={loaded.error} />}
      {none && !filtered && <Empty />}
      {/* The selects have no clear button of their own: one way back to every interview. */}
      {none && filtered && (
        <p class="muted">
          Nothing matches these filters.{' '}
          <button
            class="link-button"
            type="button"
            onClick={() => {
              setStage('');
              setStatus('');
              setQ('');
            }}
          >
            Show all interviews
          </button>
        </p>
      )}
      {items.length > 0 && (
        <ul class="cards">
          {items.map((item) => (
            <Card key={item.id} item={item} />
          ))}
        </ul>
      )}
    </>
  );
}
