import { localize } from '@/utils/pack/localize';
import type { ReportGroup, ReportNumber } from '@/utils/rounds/report/types';
import { useLocale, useT } from '../../i18n';
import { shortLabel } from './short-label';
import { useNumberText } from './useNumberText';

// Drawing units of the viewBox; the chart scales to its container's width. One line per item:
// a short label, then its bar (the table above has the full titles).
const WIDTH = 480;
const LABEL_CHARS = 30;
const BAR_LEFT = 220;
const BAR_MAX = 210;
const ROW = 24;
const BAR = 14;
const TOP = 18;

/**
 * One horizontal bar per item: members who flagged it, on a 0…n scale. Every length comes
 * from the published number: an exact count is a bar, a band a range bar from its low to its
 * high end, an estimate a bar with its interval as a whisker, a hidden number no bar at all.
 */
export function FlaggedBars(props: { group: ReportGroup; n: number }) {
  const t = useT();
  const locale = useLocale();
  const text = useNumberText();
  const items = props.group.items.filter((item) => item.flagged !== undefined);
  if (items.length === 0) return null;
  const title = t('rounds.report.chartTitle', { group: localize(props.group.title, locale) });
  const x = (value: number) => BAR_LEFT + (props.n > 0 ? (value / props.n) * BAR_MAX : 0);
  const height = TOP + items.length * ROW;

  return (
    <svg
      class="bars"
      role="img"
      aria-label={title}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title>{title}</title>
      <line x1={x(props.n)} x2={x(props.n)} y1={0} y2={height} class="bars__scale" />
      <text x={x(props.n)} y={11} class="bars__scale-label" text-anchor="end">
        {props.n}
      </text>
      {items.map((item, index) => {
        const barY = TOP + index * ROW + (ROW - BAR) / 2;
        const number = item.flagged as ReportNumber;
        const label = localize(item.title, locale);
        return (
          <g key={item.name} class="bars__row">
            <title>{label}</title>
            <text x={0} y={barY + BAR - 2} class="bars__label">
              {shortLabel(label, LABEL_CHARS)}
            </text>
            <Bar number={number} y={barY} x={x} />
            <text x={barEnd(number, x) + 6} y={barY + BAR - 2} class="bars__value">
              {text(number)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Bar(props: { number: ReportNumber; y: number; x(value: number): number }) {
  const { number, y, x } = props;
  const fromZero = (kind: string, value: number) => (
    <rect class={`bar ${kind}`} x={BAR_LEFT} y={y} width={x(value) - BAR_LEFT} height={BAR} />
  );
  switch (number.kind) {
    case 'exact':
      return fromZero('bar--exact', number.value);
    case 'band':
      return (
        <rect
          class="bar bar--band"
          x={x(number.low)}
          y={y}
          width={x(number.high) - x(number.low)}
          height={BAR}
        />
      );
    case 'estimate': {
      const mid = y + BAR / 2;
      return (
        <>
          {fromZero('bar--estimate', number.value)}
          <path
            class="bar__whisker"
            d={`M${x(number.low)} ${mid}H${x(number.high)}M${x(number.low)} ${y}V${y + BAR}M${x(number.high)} ${y}V${y + BAR}`}
          />
        </>
      );
    }
    default:
      return null;
  }
}

/** Where the value's text goes: after the longest mark drawn for the number. */
function barEnd(number: ReportNumber, x: (value: number) => number): number {
  switch (number.kind) {
    case 'exact':
      return x(number.value);
    case 'band':
    case 'estimate':
      return x(number.high);
    default:
      return BAR_LEFT;
  }
}
