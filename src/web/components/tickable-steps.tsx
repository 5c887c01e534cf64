import { useState } from 'preact/hooks';
import { stepKey, type NextStep } from '../../core/advice/types.js';
import type { IsoDate } from '../../core/dates.js';
import type { ReminderView } from '../../contract/responses.js';
import { setReminderDone, type ApiError } from '../api-client.js';
import { ErrorBox } from './error-box.js';
import { NextSteps } from './next-steps.js';

interface Props {
  id: string;
  steps: readonly NextStep[];
  reminders: readonly ReminderView[];
  today: IsoDate;
  isWaiting?: boolean;
  /** A check-in ticked moves the steps after it (they count from its day): the page asks again. */
  onReplanned?: () => void;
}

/** Next steps the user can tick off; the tick shows at once and is undone if saving fails. */
export function TickableSteps({ id, steps, reminders, today, isWaiting = true, onReplanned }: Props) {
  const [done, setDone] = useState<ReadonlySet<string>>(
    () => new Set(reminders.filter((r) => r.done).map(stepKey)),
  );
  const [error, setError] = useState<ApiError | undefined>();
  const toggle = async (step: NextStep, value: boolean) => {
    const key = stepKey(step);
    const flip = (on: boolean) =>
      setDone((d) => {
        const next = new Set(d);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      });
    flip(value);
    setError(undefined);
    // a check-in is kept as sent today, on this person's calendar
    const on = step.kind === 'check-in' && value ? { on: today } : {};
    const saved = await setReminderDone(id, { kind: step.kind, due: step.due, done: value, ...on });
    if (saved.ok) {
      if (step.kind === 'check-in') onReplanned?.();
      return;
    }
    flip(!value);
    setError(saved.error);
  };
  return (
    <>
      {error && <ErrorBox error={error} title="That tick was not saved." />}
      <NextSteps steps={steps} today={today} done={done} onDone={toggle} isWaiting={isWaiting} />
    </>
  );
}
