import type { HistoryEntry } from '@/utils/history/service';
import { useT } from '../i18n';

const WIDTH = 480;
const HEIGHT = 160;
const BOTTOM = 28;
const TOP = 18;

/** One bar per review, oldest first: how many items the member marked partly or fully. */
export function HistoryChart(props: { entries: HistoryEntry[]; items: number; title: string }) {
  const t = useT();
  const { entries, items } = props;
  const slot = WIDTH / Math.max(entries.length, 1);
  const bar = Math.min(48, slot * 0.6);
  const y = (count: number) =>
    HEIGHT - BOTTOM - ((HEIGHT - BOTTOM - TOP) * count) / Math.max(items, 1);
  return (
    <svg
      class="history-chart"
      role="img"
      aria-label={props.title}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title>{props.title}</title>
      <line
        x1={0}
        x2={WIDTH}
        y1={HEIGHT - BOTTOM}
        y2={HEIGHT - BOTTOM}
        class="history-chart__axis"
      />
      {entries.map((entry, index) => {
        const x = slot * index + (slot - bar) / 2;
        return (
          <g key={entry.responseId}>
            <rect
              class="history-chart__bar"
              x={x}
              y={y(entry.flagged)}
              width={bar}
              height={HEIGHT - BOTTOM - y(entry.flagged)}
            />
            <text
              x={x + bar / 2}
              y={y(entry.flagged) - 4}
              text-anchor="middle"
              class="history-chart__value"
            >
              {entry.flagged}
            </text>
            <text x={x + bar / 2} y={HEIGHT - 8} text-anchor="middle" class="history-chart__label">
              {t('history.chartRound', { index: index + 1 })}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
