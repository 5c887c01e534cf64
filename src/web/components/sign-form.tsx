import { CATALOGUE } from '../../core/signs/catalogue.js';
import { CHANNELS, type SignId } from '../../core/signs/ids.js';
import type { ObservationValue } from '../../core/observation.js';
import type { SignNotes } from '../aftermath.js';
import type { Answers } from '../answers.js';
import { CHANNEL_NAMES } from '../../core/signs/channel-names.js';
import { AnswerGroup } from './answer-group.js';

const CHANNEL_HINTS: Record<string, string> = {
  verbal: 'What you and they talked about.',
  body: 'How they looked and moved.',
  atmosphere: 'How the room or the call felt.',
  energy: 'Their pace and attention, and yours.',
  aftermath: 'How it ended and what came after.',
};

interface Props {
  answers: Answers;
  found: ReadonlySet<string>;
  /** Hints from what the record already says; a locked question is not for the user to answer. */
  notes?: SignNotes;
  onAnswer: (id: SignId, value: ObservationValue | undefined) => void;
  /** The quotes come from a call transcript, so cue markup is dropped when they are shown. */
  fromTranscript?: boolean;
}

/** Every sign, channel by channel; signs the analyzer found come first in each channel. */
export function SignForm({ answers, found, notes = {}, onAnswer, fromTranscript = false }: Props) {
  return (
    <>
      {CHANNELS.map((channel) => {
        const signs = CATALOGUE.filter((s) => s.channel === channel).sort(
          (a, b) => Number(found.has(b.id)) - Number(found.has(a.id)),
        );
        return (
          <section key={channel} class="card channel" aria-labelledby={`ch-${channel}`}>
            <div class="channel-head">
              <h2 id={`ch-${channel}`}>{CHANNEL_NAMES[channel]}</h2>
              <span class="muted small">
                {signs.filter((s) => answers[s.id]).length} of {signs.length} answered
              </span>
            </div>
            <p class="muted">{CHANNEL_HINTS[channel]} Skip any you don't remember.</p>
            {signs.map((sign) => (
              <AnswerGroup
                key={sign.id}
                sign={sign}
                answer={answers[sign.id]}
                found={found.has(sign.id)}
                note={notes[sign.id]}
                fromTranscript={fromTranscript}
                onChange={(v) => onAnswer(sign.id, v)}
              />
            ))}
          </section>
        );
      })}
    </>
  );
}
