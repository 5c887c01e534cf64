import type { EstimatePoint } from '../../contract/responses.js';
import { bandWords } from '../../core/model/band.js';
import { momentWords, percent } from '../format.js';

/** How the estimate moved with each change, as a small line chart and the list it draws. */
export function HistoryChart({ history }: { history: readonly EstimatePoint[] }) {
  if (history.length === 0) return <p class="muted">No history yet.</p>;
  const w = 300;
  const h = 80;
  const x = (i: number) => (history.length === 1 ? w / 2 : (i / (history.length - 1)) * (w - 16) + 8);
  const y = (p: number) => h - 6 - p * (h - 12);
  const line = history.map((p, i) => `${x(i)},${y(p.probability)}`).join(' ');
  return (
    <div class="history">
      {/* The "50%" is page text beside the chart, not SVG text: scaled with the chart it shrank to
          7 px on a phone, and at the plot's right end it sat on the latest point. */}
      <div class="history-plot">
        <svg viewBox={`0 0 ${w} ${h}`} class="history-svg" role="img" aria-label="Estimate over time">
          <line x1="0" x2={w} y1={y(0.5)} y2={y(0.5)} class="history-mid" />
          <polyline points={line} class="history-line" />
          {history.map((p, i) => (
            <circle
              key={p.at}
              cx={x(i)}
              cy={y(p.probability)}
              r="3.5"
              class={`history-dot${i === history.length - 1 ? ' is-latest' : ''}`}
            />
          ))}
        </svg>
        {/* The dashed line is otherwise a mystery: say what it marks. */}
        <span class="history-mid-label" style={{ top: `${(y(0.5) / h) * 100}%` }} aria-hidden="true">
          50%
        </span>
      </div>
      {history.length > 1 && (
        <p class="muted small" data-testid="history-order">
          Oldest first, in the chart (left to right) and in the list (top to bottom).
        </p>
      )}
      {/* The same order as the chart, so the list reads as the line does. */}
      <ol class="history-list">
        {history.map((p, i) => (
          <li key={p.at} class={i === history.length - 1 ? 'is-latest' : undefined}>
            <span class="tl-date">{momentWords(p.at)}</span>
            <span>
              {percent(p.probability)} · {bandWords(p.band)}
              {i === history.length - 1 && history.length > 1 && (
                <>
                  {' '}
                  <span class="tag tag-found">latest</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
