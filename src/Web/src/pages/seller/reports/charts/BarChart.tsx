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

const width = 640;
const rowHeight = 44;
const barHeight = 16;
const valueRoom = 56;
const maxLabel = 64;

function clip(text: string): string {
  return text.length > maxLabel ? `${text.slice(0, maxLabel - 1)}…` : text;
}

/**
 * Horizontal bars, one row per item with its name above the bar (names are long game titles) and the value at the
 * bar's end, drawn as plain SVG (docs/decisions/0020). Bars share one scale, from zero to the largest.
 */
export function BarChart({ label, bars }: BarChartProps) {
  const top = Math.max(1, ...bars.map((bar) => bar.value));
  const length = (value: number) => Math.max(value > 0 ? 2 : 0, (value / top) * (width - valueRoom));
  const height = bars.length * rowHeight + 4;

  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {bars.map((bar, i) => {
        const rowTop = i * rowHeight;
        const end = length(bar.value);
        return (
          <g key={bar.key}>
            <text className="chart-text chart-label" x={0} y={rowTop + 14}>
              {clip(bar.label)}
            </text>
            <rect className="chart-bar" x={0} y={rowTop + 20} width={end} height={barHeight} rx={3} />
            <text className="chart-text" x={end + 6} y={rowTop + 20 + barHeight / 2} dominantBaseline="middle">
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
