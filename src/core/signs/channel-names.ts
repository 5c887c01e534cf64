import type { Channel } from './ids.js';

/** Each channel's heading as people read it, one wording for the web page and the CLI. */
export const CHANNEL_NAMES: Readonly<Record<Channel | 'process', string>> = {
  verbal: 'What was said',
  body: 'Body language',
  atmosphere: 'Atmosphere',
  energy: 'Energy',
  aftermath: 'Afterwards',
  process: 'The process',
};
