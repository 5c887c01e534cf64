import type { ChannelSummary } from '../../core/model/types.js';
import { CHANNEL_NAMES } from '../../core/signs/channel-names.js';

function lean(c: ChannelSummary): string {
  if (c.positives === 0 && c.negatives === 0) return 'Nothing noted';
  if (Math.abs(c.contribution) < 0.05) return 'Evens out';
  return c.contribution > 0 ? 'Leans positive' : 'Leans negative';
}

export function ChannelSummaries({ channels }: { channels: readonly ChannelSummary[] }) {
  return (
    <ul class="channels">
      {channels.map((c) => (
        <li
          key={c.channel}
          class={`channel-tile ${c.contribution > 0.05 ? 'pos' : c.contribution < -0.05 ? 'neg' : ''}`}
        >
          <span class="channel-name">{CHANNEL_NAMES[c.channel]}</span>
          <strong>{lean(c)}</strong>
          <span class="muted small">
            {c.positives} good · {c.negatives} not so good
          </span>
        </li>
      ))}
    </ul>
  );
}
