import { speechForDisplay } from '../../analysis/transcript/display.js';
import type { FoundSign } from '../../analysis/types.js';
import type { Observation, ObservationValue, Observations } from '../../core/observation.js';
import type { SignInfo } from '../../core/signs/catalogue.js';
import { CHANNELS } from '../../core/signs/ids.js';
import { wrap } from '../render/text.js';
import { CHANNEL_NAMES } from '../../core/signs/channel-names.js';
import type { Ask, Choice } from './ask.js';

/** An unanswered sign: nothing is recorded, so it carries no weight. */
const SKIP = 'skip';

// A plain Enter lands on Skip, not on "Not sure": an explicit "Not sure" counts a quarter of a
// yes (ADR 0002), and a keypress made to move on must not count as evidence.
const ANSWERS: readonly Choice<ObservationValue | typeof SKIP>[] = [
  { value: 'present', name: 'Yes' },
  { value: 'absent', name: 'No' },
  {
    value: 'unsure',
    name: 'Not sure',
    description: '"Not sure" counts a quarter of a yes: a half-seen sign is weak evidence.',
  },
  { value: SKIP, name: 'Skip', description: 'Leave it unanswered: it carries no weight either way.' },
];

const CONFIRM: readonly Choice<ObservationValue>[] = [
  { value: 'present', name: 'Yes, that happened' },
  { value: 'absent', name: 'No, the notes read it wrong' },
  { value: 'unsure', name: 'Not sure' },
];

/** Asks the user to confirm each sign found in their notes, showing the quote that suggested it. */
export async function confirmFoundSigns(
  ask: Ask,
  found: readonly FoundSign[],
  catalogue: readonly SignInfo[],
  say: (line: string) => void,
  fromTranscript = false,
): Promise<Observations> {
  const out: Observations = {};
  for (const sign of found) {
    const info = catalogue.find((s) => s.id === sign.id);
    if (!info) continue;
    const quote = sign.evidence[0]?.quote;
    // Bullet marks belong to the notes' layout, not to what was said.
    const shown = quote && speechForDisplay(quote, fromTranscript).replace(/^[\s\-*•]+/, '');
    // wrapped here, so an 80-column terminal does not break the quote mid-word
    if (shown)
      for (const line of wrap(
        `From your notes: "${shown.length > 160 ? `${shown.slice(0, 157)}…` : shown}"`,
        78,
        '  ',
      ))
        say(line);
    const value = await ask.choose(`${info.question}`, CONFIRM, 'present');
    const observation: Observation = { value, source: 'analyzer' };
    if (quote) observation.evidence = quote;
    if (value === 'present' && sign.confidence < 0.5) observation.strength = 1;
    out[sign.id] = observation;
  }
  return out;
}

/**
 * Walks the rest of the catalogue one channel at a time. A channel can be skipped whole: a
 * phone call has no body language, and an unanswered sign simply carries no weight.
 */
export async function askSignsByChannel(
  ask: Ask,
  catalogue: readonly SignInfo[],
  already: Observations,
  say: (line: string) => void,
): Promise<Observations> {
  const out: Observations = {};
  for (const channel of CHANNELS) {
    const signs = catalogue.filter((s) => s.channel === channel && already[s.id] === undefined);
    if (signs.length === 0) continue;
    say('');
    const go = await ask.choose(
      `${CHANNEL_NAMES[channel]}: ${signs.length} question${signs.length === 1 ? '' : 's'}`,
      [
        { value: true, name: 'Go through them' },
        {
          value: false,
          name: 'Skip these',
          description: 'Skipped questions count as "not noticed", not as "no".',
        },
      ],
      true,
    );
    if (!go) continue;
    for (const sign of signs) {
      const value = await ask.choose(sign.question, ANSWERS, SKIP);
      if (value === SKIP) continue;
      // "Not sure" is recorded rather than dropped, so the record shows the question was asked.
      out[sign.id] = { value, source: 'user' };
    }
  }
  return out;
}
