// The sign catalogue: each sign's id, polarity and channel (ids.ts) with its words (sign-text.ts).
import { CHANNELS, SIGN_IDS, SIGN_META, isContractSignId } from './ids.js';
import type { Channel, Polarity, SignId } from './ids.js';
import { SIGN_TEXT, type SignText } from './sign-text.js';

export { MOOT_TIPS } from './sign-text.js';

export interface SignInfo extends SignText {
  id: SignId;
  polarity: Polarity;
  channel: Channel;
  /** True for the 19 contract signs, false for Debrief's extras. */
  isContract: boolean;
}

export const CATALOGUE: readonly SignInfo[] = Object.freeze(
  SIGN_IDS.map((id) =>
    Object.freeze({ id, ...SIGN_META[id], isContract: isContractSignId(id), ...SIGN_TEXT[id] }),
  ),
);

const byId: ReadonlyMap<SignId, SignInfo> = new Map(CATALOGUE.map((s) => [s.id, s]));

export function signById(id: SignId): SignInfo {
  const sign = byId.get(id);
  if (!sign) throw new Error(`catalogue: no sign with id "${String(id)}"`);
  return sign;
}

const byChannel: ReadonlyMap<Channel, readonly SignInfo[]> = new Map(
  CHANNELS.map((c) => [c, CATALOGUE.filter((s) => s.channel === c)]),
);

export function signsByChannel(channel: Channel): readonly SignInfo[] {
  return byChannel.get(channel) ?? [];
}
