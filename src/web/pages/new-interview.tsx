import { getInterview } from '../api-client.js';
import { LoadFailed, Loading, useLoad } from '../components/use-load.js';
import { interviewTitle } from '../format.js';
import { InterviewForm } from './interview-form.js';

export function NewInterview() {
  return (
    <>
      <div class="page-head">
        <h1>New interview</h1>
      </div>
      <p class="lead">
        A few facts while they are fresh. Only the stage and date are needed; the rest makes the advice fit.
      </p>
      <InterviewForm withNotes />
    </>
  );
}

export function EditInterview({ id }: { id: string }) {
  const [loaded, retry] = useLoad(() => getInterview(id), id);
  return (
    <>
      <div class="page-head">
        <h1>Edit interview{loaded.state === 'ok' ? `: ${interviewTitle(loaded.value.record)}` : ''}</h1>
      </div>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <LoadFailed error={loaded.error} retry={retry} />}
      {loaded.state === 'ok' && <InterviewForm existing={loaded.value} />}
    </>
  );
}

/**
 * The next round of an interview: company and role carried over, the stage moved on, a new date,
 * and the same optional start from notes as a new interview.
 */
export function NextRound({ after }: { after: string }) {
  const [loaded, retry] = useLoad(() => getInterview(after), after);
  return (
    <>
      <div class="page-head">
        <h1>Next round{loaded.state === 'ok' ? `: ${interviewTitle(loaded.value.record)}` : ''}</h1>
      </div>
      {/* No congratulations over "That interview was not found". */}
      {loaded.state !== 'error' && (
        <p class="lead">
          Well done on getting through. Once you have had this round, add it here: its estimate and follow-up
          dates count from that day.
        </p>
      )}
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <LoadFailed error={loaded.error} retry={retry} />}
      {loaded.state === 'ok' && <InterviewForm previous={loaded.value} withNotes />}
    </>
  );
}
