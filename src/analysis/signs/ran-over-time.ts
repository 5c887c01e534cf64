import type { SignPatterns } from '../detect/types.js';

export const ranOverTime: SignPatterns = {
  id: 'ran-over-time',
  cues: [
    {
      re: /\b(ran|run|running|went|go) ((about |around |like |nearly |almost |a good |well )?(\d+|five|ten|fifteen|twenty|thirty|forty) (min|mins|minutes) )?over( time| the time| our time)?\b|\bover (our|the) (slot|time)\b|\blonger than (planned|scheduled|booked)\b/,
      neg: 'block',
    },
  ],
};
