import { niceTicks, spreadIndexes } from './niceTicks';
import { useChartWidth } from './useChartWidth';

export interface LinePoint {
  key: string;
  /** The x label, for example "5 Mar". */
  label: string;
  value: number;
}

interface LineChartProps {
  /** What the picture says, for screen readers; the table that goes with it holds every figure. */
  label: string;
  points: LinePoint[];
  formatTick: (value: number) => string;
}

const height = 240;
const margin = { top: 12, right: 16, bottom: 28, left: 64 };
const plotHeight = height - margin.top - margin.bottom;

/**
 * A line over evenly spaced points, drawn as plain SVG (docs/decisions/0020: no chart library) at its container's
 * width; a dot per point while there are few enough to tell apart.
 */
export function LineChart({ label, points, formatTick }: LineChartProps) {
  const { ref, width } = useChartWidth();
  const plotWidth = width - margin.left - margin.right;
  const labels = spreadIndexes(points.length, Math.max(2, Math.min(8, Math.floor(plotWidth / 90))));
  const ticks = niceTicks(Math.max(0, ...points.map((point) => point.value)));
  const top = ticks[ticks.length - 1] ?? 1;
  const x = (i: number) => margin.left + (points.length > 1 ? (i * plotWidth) / (points.length - 1) : plotWidth / 2);
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  const line = points.map((point, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(point.value).toFixed(1)}`).join('');
  const baseline = y(0).toFixed(1);
  const area = points.length > 1 ? `${line}L${x(points.length - 1).toFixed(1)},${baseline}L${x(0).toFixed(1)},${baseline}Z` : '';

  return (
    <div ref={ref}>
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="chart-grid" x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart-text" x={margin.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {labels.map((i) => (
          <text key={points[i]!.key} className="chart-text" x={x(i)} y={height - 8} textAnchor={i === points.length - 1 && i > 0 ? 'end' : 'middle'}>
            {points[i]!.label}
          </text>
        ))}
        {area && <path className="chart-area" d={area} />}
        <path className="chart-line" d={line} />
        {points.length <= 31 &&
          points.map((point, i) => <circle key={point.key} className="chart-dot" cx={x(i)} cy={y(point.value)} r={3} />)}
      </svg>
    </div>
  );
}
