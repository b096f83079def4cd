export interface Bar {
  key: string;
  label: string;
  value: number;
}

interface BarChartProps {
  /** What the picture says, for screen readers; the table that goes with it holds every figure. */
  label: string;
  bars: Bar[];
}

import { useChartWidth } from './useChartWidth';

const rowHeight = 44;
const barHeight = 16;
const valueRoom = 56;

/** Shortens a title to what fits in `width` pixels (about 7 px a character at the chart's 13 px). */
function clip(text: string, width: number): string {
  const max = Math.max(8, Math.floor(width / 7));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Horizontal bars, one row per item with its name above the bar (names are long game titles) and the value at the
 * bar's end, drawn as plain SVG (docs/decisions/0020). Bars share one scale, from zero to the largest.
 */
export function BarChart({ label, bars }: BarChartProps) {
  const { ref, width } = useChartWidth();
  const top = Math.max(1, ...bars.map((bar) => bar.value));
  const length = (value: number) => Math.max(value > 0 ? 2 : 0, (value / top) * (width - valueRoom));
  const height = bars.length * rowHeight + 4;

  return (
    <div ref={ref}>
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {bars.map((bar, i) => {
          const rowTop = i * rowHeight;
          const end = length(bar.value);
          return (
            <g key={bar.key}>
              <text className="chart-text chart-label" x={0} y={rowTop + 14}>
                {clip(bar.label, width)}
              </text>
              <rect className="chart-bar" x={0} y={rowTop + 20} width={end} height={barHeight} rx={3} />
              <text className="chart-text" x={end + 6} y={rowTop + 20 + barHeight / 2} dominantBaseline="middle">
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
