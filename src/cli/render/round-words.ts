import type { Format, Stage } from '../../core/record.js';

/** A stage as the debrief's stage question names it; `analyze` says the same words. */
export const STAGE_NAMES: Record<Stage, string> = {
  screen: 'A screening call',
  first: 'A first interview',
  later: 'A later round',
  final: 'The final round',
  other: 'Something else',
};

/** A format as the debrief's format question names it. */
export const FORMAT_NAMES: Record<Format, string> = {
  video: 'Video call',
  phone: 'Phone',
  onsite: 'In person',
  panel: 'A panel',
};
