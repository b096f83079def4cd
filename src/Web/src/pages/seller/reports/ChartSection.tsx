import { useId, useState, type ReactNode } from 'react';

interface ChartSectionProps {
  title: string;
  /** The picture (an SVG with role img and a summary label). */
  chart: ReactNode;
  /** The same figures as a table with a caption: always read by screen readers, shown on request. */
  table: ReactNode;
}

/**
 * A chart with its table alternative. The table stays in the accessibility tree at all times (visually hidden until
 * asked for), so screen-reader users get every figure while sighted users see the picture.
 */
export function ChartSection({ title, chart, table }: ChartSectionProps) {
  const headingId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <section aria-labelledby={headingId} className="report-card">
      <div className="report-card-heading">
        <h3 id={headingId}>{title}</h3>
        <button type="button" className="link-button" onClick={() => setShowTable((shown) => !shown)}>
          {showTable ? 'Hide table' : 'Show table'}
          <span className="visually-hidden"> of {title.toLowerCase()}</span>
        </button>
      </div>
      {chart}
      <div className={showTable ? 'table-wrap report-table' : 'visually-hidden'}>{table}</div>
    </section>
  );
}
