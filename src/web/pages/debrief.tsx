import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { hasCueMarkup } from '../../analysis/transcript/display.js';
import type { DocumentAnalysis, InterviewItem } from '../../contract/responses.js';
import { estimateFrom } from '../../core/model/estimate.js';
import type { ObservationValue } from '../../core/observation.js';
import type { SignId } from '../../core/signs/ids.js';
import { getLatestAnalysis, putObservations, updateInterview, type ApiError } from '../api-client.js';
import { answersWith, answersWithFound, bodyOf, observationsOf, recordOf, type Answers } from '../answers.js';
import {
  aftermathNotes,
  answersWithDecisionDate,
  defaultDecisionDate,
  offeredDecisionDates,
} from '../aftermath.js';
import { clearDraft, loadDraft, saveDraft } from '../debrief-draft.js';
import { freshStart, takeFreshAnalysis } from '../fresh-analysis.js';
import { loadStart, type Start } from './debrief-start.js';
import { DocumentInput } from '../components/document-input.js';
import { ErrorBox, Notice } from '../components/error-box.js';
import { HighlightedText } from '../components/highlighted-text.js';
import { LiveEstimate } from '../components/live-estimate.js';
import { PromisedDates } from '../components/promised-dates.js';
import { RecordSuggestions } from '../components/record-suggestions.js';
import { ReportedAnswer } from '../components/reported-answer.js';
import { SignForm } from '../components/sign-form.js';
import { LoadFailed, Loading, useLoad } from '../components/use-load.js';
import { interviewTitle, momentWords, todayLocal } from '../format.js';
import type { SuggestionField } from '../record-suggestions.js';
import { navigate } from '../router.js';

function DebriefForm({ start }: { start: Start }) {
  const { item } = start;
  // The record as saved now: a suggestion from the notes (the day, round, format) may change it.
  const [record, setRecord] = useState(item.record);
  const savedAnswers = () => answersWithDecisionDate(start.answers, item.record.decisionBy);
  // What was typed or chosen and not saved on an earlier visit comes back (back button, closed tab).
  const [draft] = useState(() => loadDraft(item.id));
  // Notes saved with the new interview a moment ago: read as just found, not as an earlier visit's.
  const [fresh] = useState(() => freshStart(takeFreshAnalysis(item.id), item.record, savedAnswers()));
  const [restored, setRestored] = useState(draft !== undefined);
  const [answers, setAnswers] = useState<Answers>(() => draft?.answers ?? fresh?.answers ?? savedAnswers());
  const [notesText, setNotesText] = useState(draft?.notes ?? '');
  const [doc, setDoc] = useState<DocumentAnalysis | undefined>(fresh?.doc ?? start.earlier);
  const isEarlier = doc !== undefined && doc === start.earlier;
  const [decisionBy, setDecisionBy] = useState<string | undefined>(draft?.decisionBy ?? fresh?.decisionBy);
  const [touched, setTouched] = useState(fresh !== undefined);
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const today = todayLocal();
  const estimate = useMemo(
    () =>
      estimateFrom({
        record: recordOf({ ...item, record }),
        observations: observationsOf(answers),
        today,
        ...(start.personal ? { personal: start.personal } : {}),
      }),
    [answers, item, record, today, start.personal],
  );
  const notes = aftermathNotes(record, decisionBy ?? record.decisionBy);
  const chooseDecision = (date: string | undefined) => {
    setTouched(true);
    setDecisionBy(date);
    setAnswers((a) => answersWithDecisionDate(a, date));
  };
  const found = useMemo(() => new Set<string>(doc?.analysis.signs.map((s) => s.id) ?? []), [doc]);
  const marks =
    doc?.analysis.signs.flatMap((s) =>
      s.evidence.map((e) => ({ start: e.start, end: e.end, signId: s.id })),
    ) ?? [];

  // What was found lands below the file box, out of sight on most screens: bring it into view.
  const foundHeading = useRef<HTMLHeadingElement>(null);
  const [foundRound, setFoundRound] = useState(0);
  useEffect(() => {
    if (foundRound === 0) return;
    foundHeading.current?.focus({ preventScroll: true });
    foundHeading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [foundRound]);

  const analysed = (d: DocumentAnalysis) => {
    setTouched(true);
    setDoc(d);
    setFoundRound((n) => n + 1);
    // A date the notes promise is chosen at once, as in the CLI; the person can pick another or none.
    const chosen = defaultDecisionDate(d.analysis.promisedDates, record);
    setAnswers((a) => answersWithDecisionDate(answersWithFound(a, d.analysis.signs, d.document.id), chosen));
    setDecisionBy(chosen);
  };

  const recordChanged = async (next: InterviewItem, field: SuggestionField) => {
    setRecord(next.record);
    if (field !== 'date' || !doc) return;
    // "by Friday" counts from the interview's day: read the same text again from the new one.
    const again = await getLatestAnalysis(item.id);
    const latest = again.ok ? again.value.latest : null;
    if (!latest || latest.document.id !== doc.document.id) return;
    setDoc(latest);
    const chosen = defaultDecisionDate(latest.analysis.promisedDates, next.record);
    setAnswers((a) => answersWithDecisionDate(a, chosen));
    setDecisionBy(chosen);
  };

  const save = async () => {
    setBusy(true);
    setError(undefined);
    // The record first: if the date is refused, no answers are written either.
    if (decisionBy) {
      const updated = await updateInterview(item.id, { ...record, decisionBy });
      if (!updated.ok) {
        setBusy(false);
        return setError(updated.error);
      }
    }
    const saved = await putObservations(item.id, bodyOf(answers));
    setBusy(false);
    if (!saved.ok) return setError(saved.error);
    setTouched(false);
    clearDraft(item.id);
    navigate({ page: 'result', id: item.id });
  };

  // Kept a moment after the last change, so typing into long notes does not write on every key.
  useEffect(() => {
    if (!touched) return;
    const timer = setTimeout(
      () => saveDraft(item.id, { notes: notesText, answers, ...(decisionBy ? { decisionBy } : {}) }),
      300,
    );
    return () => clearTimeout(timer);
  }, [touched, notesText, answers, decisionBy, item.id]);

  const dropDraft = () => {
    clearDraft(item.id);
    setTouched(false);
    setRestored(false);
    setAnswers(savedAnswers());
    setNotesText('');
    setDecisionBy(undefined);
    // The notice and its button go: keep a keyboard user in the page rather than at its top.
    document.getElementById('main')?.focus();
  };

  const answered = Object.keys(answers).length;
  return (
    <div class="debrief-layout">
      <div class="debrief-main">
        {restored && (
          <Notice tone="info">
            <p>
              You had not saved this debrief yet, so Debrief kept what you wrote and chose in this browser.
              Save it when you are ready.
            </p>
            <p>
              <button class="button button-ghost" type="button" onClick={dropDraft}>
                Start again from what you saved
              </button>
            </p>
          </Notice>
        )}
        <DocumentInput
          id={item.id}
          text={notesText}
          onText={(t) => {
            setTouched(true);
            setNotesText(t);
          }}
          onAnalysed={analysed}
        />
        {doc && (
          <section class="card" aria-labelledby="doc-title">
            <h2 id="doc-title" ref={foundHeading} tabIndex={-1}>
              {isEarlier ? 'Your earlier text' : 'What Debrief found'}
            </h2>
            {isEarlier && (
              <p class="muted small">
                Added {momentWords(doc.document.createdAt)}.{' '}
                {restored
                  ? 'Your answers below are the ones you left on your last visit, not saved yet;'
                  : Object.keys(start.answers).length === 0
                    ? 'You have not saved any answers yet: the signs it found are marked "Found in your text" below;'
                    : 'Your answers below are the ones you saved;'}{' '}
                paste or drop new text above to read it again.
              </p>
            )}
            <p class="muted" role="status">
              {isEarlier
                ? `${doc.analysis.signs.length} ${doc.analysis.signs.length === 1 ? 'sign stands' : 'signs stand'} out in it.`
                : doc.analysis.signs.length === 0
                  ? 'No signs stood out in this text. You can still answer the questions below yourself.'
                  : `${doc.analysis.signs.length} ${doc.analysis.signs.length === 1 ? 'sign' : 'signs'} found. They are highlighted below and marked "Yes" in the questions further down: check each one and change any that don't fit.`}
            </p>
            {doc.analysis.warnings.map((w) => (
              <p key={w.code} class="notice notice-info">
                {w.message}
              </p>
            ))}
            {marks.length > 0 && (
              <p class="mark-key small" aria-hidden="true">
                <mark class="mark-positive">a good sign</mark>{' '}
                <mark class="mark-negative">a worrying one</mark> <mark class="mark-mixed">both</mark>
              </p>
            )}
            <HighlightedText text={doc.document.text} marks={marks} transcript={doc.analysis.transcript} />
          </section>
        )}
        {doc && !isEarlier && (
          <RecordSuggestions
            key={doc.document.id}
            id={item.id}
            record={record}
            stated={doc}
            onChanged={(next, field) => void recordChanged(next, field)}
          />
        )}
        {doc?.analysis.reportedOutcome && !isEarlier && (
          <ReportedAnswer
            id={item.id}
            reported={doc.analysis.reportedOutcome}
            recorded={item.outcome?.outcome}
          />
        )}
        {doc && (
          <PromisedDates
            dates={offeredDecisionDates(doc.analysis.promisedDates, record)}
            chosen={decisionBy}
            current={record.decisionBy}
            onChoose={chooseDecision}
            fromTranscript={hasCueMarkup(doc.analysis.transcript?.format)}
          />
        )}
        <SignForm
          answers={answers}
          found={found}
          notes={notes}
          fromTranscript={hasCueMarkup(doc?.analysis.transcript?.format)}
          onAnswer={(id: SignId, v: ObservationValue | undefined) => {
            setTouched(true);
            setAnswers((a) => answersWith(a, id, v));
          }}
        />
      </div>
      <aside class="debrief-side">
        <div class="sticky">
          <LiveEstimate estimate={estimate} answered={answered} />
          {error && <ErrorBox error={error} title="Nothing was saved." />}
          <button class="button button-wide" type="button" onClick={save} disabled={busy}>
            {busy ? 'Saving…' : 'Save and see the result'}
          </button>
        </div>
      </aside>
    </div>
  );
}

export function Debrief({ id }: { id: string }) {
  const [loaded, retry] = useLoad(() => loadStart(id), id);
  return (
    <>
      <div class="page-head">
        <h1>Debrief{loaded.state === 'ok' ? `: ${interviewTitle(loaded.value.item.record)}` : ''}</h1>
      </div>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'error' && <LoadFailed error={loaded.error} retry={retry} />}
      {loaded.state === 'ok' && <DebriefForm start={loaded.value} />}
    </>
  );
}
