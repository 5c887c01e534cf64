import type { Channel } from '../../core/signs/ids.js';

export const CHANNEL_TITLES: Readonly<Record<Channel | 'process', string>> = {
  verbal: 'What was said',
  body: 'Body language',
  atmosphere: 'Atmosphere',
  energy: 'Energy',
  aftermath: 'Afterwards',
  process: 'The process',
};
