import { useState } from 'preact/hooks';
import type { AssessmentView, InterviewItem } from '../../contract/responses.js';
import { waitEndedWords } from '../../contract/when-words.js';
import { isoDateFrom } from '../../core/dates.js';
import { calendarUrl, getAssessment, getInterview, type ApiResult } from '../api-client.js';
import { ChannelSummaries } from '../components/channel-summary.js';
import { DeleteInterview } from '../components/delete-interview.js';
import { DraftSignature } from '../components/draft-signature.js';
import { FactorChart } from '../components/factor-chart.js';
import { HistoryChart } from '../components/history-chart.js';
import { LatestDelivery } from '../components/latest-delivery.js';
import { ResultHeadline } from '../components/result-headline.js';
import { SelfAssessment } from '../components/self-assessment.js';
import { TickableSteps } from '../components/tickable-steps.js';
import { Timeline } from '../components/timeline.js';
import { LoadFailed, Loading, useLoad } from '../components/use-load.js';
import { dateWords, interviewTitle, OUTCOME_WORDS, todayLocal } from '../format.js';
import { loadFirstName } from '../first-name.js';
import { hrefOf } from '../router.js';

interface Both {
  item: InterviewItem;
  view: AssessmentView;
}

async function loadBoth(id: string, firstName: string): Promise<ApiResult<Both>> {
  const [item, view] = await Promise.all([getInterview(id), getAssessment(id, firstName)]);
  if (!item.ok) return item;
  if (!view.ok) return view;
  return { ok: true, value: { item: item.value, view: view.value } };
}

function Section({ id, title, children }: { id: string; title: string; children: preact.ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

interface Signed {
  firstName: string;
  onFirstName: (name: string) => void;
  /** Asks for the interview and its plan again, keeping the page as it is meanwhile. */
  onReplanned: () => void;
}

function ResultView({ item, view, firstName, onFirstName, onReplanned }: Both & Signed) {
  const { estimate, plan, history } = view;
  const today = todayLocal();
  // The day the answer came, when one is recorded: it replaces the check-in on the timeline.
  const heardOn = item.outcome ? isoDateFrom(item.outcome.on) : undefined;
  // Once the answer is in, the live figure restates it: the factors shown are those of before.
  const before = item.outcome ? view.beforeOutcome : undefined;
  // the follow-up clock still runs: no answer yet, so dates to be reminded of
  const isWaiting = item.outcome === null && item.record.heardBack?.kind !== 'outcome';
  return (
    <>
      <ResultHeadline item={item} estimate={estimate} before={before} today={today} />
      <Section id="factors" title={before ? 'What the signs said' : 'What moved the estimate'}>
        <FactorChart
          factors={(before ?? estimate).factors}
          debriefHref={hrefOf({ page: 'debrief', id: item.id })}
          lookingBack={before !== undefined}
        />
      </Section>
      {/* Five "Nothing noted" boxes before any debrief say nothing the section above doesn't. */}
      {(before ?? estimate).channels.some((c) => c.positives + c.negatives > 0) && (
        <Section id="channels" title="By channel">
          <ChannelSummaries channels={(before ?? estimate).channels} />
        </Section>
      )}
      {/* Once the answer is in, there is no follow-up left: the timeline tells how the wait went. */}
      <Section id="timeline" title={item.outcome ? 'Timeline' : 'Follow-up timeline'}>
        {item.outcome && heardOn && (
          <p data-testid="wait-ended">
            {waitEndedWords(
              { outcome: item.outcome.outcome, on: heardOn },
              plan.window,
              item.record.decisionBy,
              (d) => dateWords(d, false),
            )}
          </p>
        )}
        <Timeline
          window={plan.window}
          steps={plan.steps}
          today={today}
          // the window dates the check-in on the day it was sent, once it was
          checkedIn={item.record.checkedInOn !== undefined && item.record.checkedInOn === plan.window.checkIn}
          heard={
            item.outcome && heardOn ? { on: heardOn, label: OUTCOME_WORDS[item.outcome.outcome] } : undefined
          }
        />
      </Section>
      <Section id="steps" title="Next steps">
        {plan.steps.some((s) => s.draft) && <DraftSignature name={firstName} onChange={onFirstName} />}
        <TickableSteps
          // the ticks start from the reminders, so a plan asked for again starts them afresh
          key={view.reminders.map((r) => `${r.kind}@${r.due}:${r.done}`).join(' ')}
          onReplanned={onReplanned}
          id={item.id}
          steps={plan.steps}
          reminders={view.reminders}
          today={today}
          isWaiting={isWaiting}
        />
        {/* after a next round, its own debrief is the next thing to record */}
        {item.outcome?.outcome === 'next-round' && (
          <p class="row">
            <a class="button" href={hrefOf({ page: 'new', after: item.id })}>
              Add the next round
            </a>
          </p>
        )}
        {/* a closed interview has nothing left to be reminded of (its calendar file is empty) */}
        {isWaiting && (
          <p class="row">
            <a class="button button-secondary" href={calendarUrl(item.id, firstName)} download="">
              Add the dates to your calendar (.ics)
            </a>
          </p>
        )}
      </Section>
      <LatestDelivery id={item.id} />
      {plan.prep.length > 0 && (
        <Section
          id="prep"
          title={item.outcome?.outcome === 'next-round' ? 'For the next round' : 'For next time'}
        >
          {plan.prep.map((p) => (
            <div key={p.signId} class="prep">
              <h3>{p.title}</h3>
              <ul>
                {p.tips.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </div>
          ))}
        </Section>
      )}
      {plan.selfAssessment.length > 0 && (
        <Section id="self" title="Do you want this job?">
          <p class="muted">
            {item.outcome?.outcome === 'offer'
              ? 'Worth asking yourself before you answer.'
              : item.outcome?.outcome === 'next-round'
                ? 'Worth asking yourself before the next round.'
                : 'Worth asking yourself while you wait.'}{' '}
            Your answers stay in this browser; they are not sent anywhere.
          </p>
          <SelfAssessment id={item.id} questions={plan.selfAssessment} />
        </Section>
      )}
      <Section id="history" title="Estimate history">
        <HistoryChart history={history} />
      </Section>
    </>
  );
}

export function Result({ id }: { id: string }) {
  const [firstName, setFirstName] = useState(loadFirstName);
  // A new name asks again: the server writes the drafts, and keeps no name of its own.
  const [loaded, retry] = useLoad(() => loadBoth(id, firstName), `${id}\n${firstName}`);
  return (
    <>
      <div class="page-head">
        <h1>{loaded.state === 'ok' ? interviewTitle(loaded.value.item.record) : 'Result'}</h1>
        {/* Actions only for an interview that is there: a missing one has nothing to edit. */}
        {loaded.state === 'ok' && (
          <p class="row">
            <a class="button button-secondary" href={hrefOf({ page: 'debrief', id })}>
              Debrief
            </a>
            <a class="button button-secondary" href={hrefOf({ page: 'edit', id })}>
              Edit details
            </a>
            <a class="button" href={hrefOf({ page: 'outcome', id })}>
              {loaded.value.item.outcome ? 'Change outcome' : 'Record outcome'}
            </a>
          </p>
        )}
      </div>
      {loaded.state === 'loading' && <Loading what="Working out your estimate" />}
      {loaded.state === 'error' && <LoadFailed error={loaded.error} retry={retry} />}
      {loaded.state === 'ok' && (
        <>
          <ResultView
            {...loaded.value}
            firstName={firstName}
            onFirstName={setFirstName}
            onReplanned={retry}
          />
          <section class="card" aria-labelledby="delete-title">
            <h2 id="delete-title">Delete this interview</h2>
            <DeleteInterview id={id} title={interviewTitle(loaded.value.item.record)} />
          </section>
        </>
      )}
    </>
  );
}
