import { localize } from '@/utils/pack/localize';
import type { ReportGroup, ReportNumber } from '@/utils/rounds/report/types';
import { useLocale, useT } from '../../i18n';
import { useNumberText } from './useNumberText';
import { wrapWords } from './wrap-words';

// Drawing units of the viewBox; the chart scales to its container's width.
const WIDTH = 400;
const BAR_MAX = 290;
const LINE = 18;
const BAR = 16;
const GAP = 14;
const LABEL_CHARS = 44;

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
  const x = (value: number) => (props.n > 0 ? (value / props.n) * BAR_MAX : 0);

  let y = LINE;
  const rows = items.map((item) => {
    const lines = wrapWords(localize(item.title, locale), LABEL_CHARS);
    const top = y;
    const barY = top + lines.length * LINE - LINE / 2;
    y = barY + BAR + GAP + LINE;
    const number = item.flagged as ReportNumber;
    return (
      <g key={item.name} class="bars__row">
        <text x={0} y={top} class="bars__label">
          {lines.map((line, index) => (
            <tspan key={line} x={0} dy={index === 0 ? 0 : LINE}>
              {line}
            </tspan>
          ))}
        </text>
        <Bar number={number} y={barY} x={x} />
        <text x={barEnd(number, x) + 8} y={barY + BAR - 3} class="bars__value">
          {text(number)}
        </text>
      </g>
    );
  });
  const height = y - LINE;

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
      <text x={x(props.n)} y={10} class="bars__scale-label" text-anchor="end">
        {props.n}
      </text>
      {rows}
    </svg>
  );
}

function Bar(props: { number: ReportNumber; y: number; x(value: number): number }) {
  const { number, y, x } = props;
  switch (number.kind) {
    case 'exact':
      return <rect class="bar bar--exact" x={0} y={y} width={x(number.value)} height={BAR} />;
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
          <rect class="bar bar--estimate" x={0} y={y} width={x(number.value)} height={BAR} />
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
      return 0;
  }
}
