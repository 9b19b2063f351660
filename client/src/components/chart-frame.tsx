import { useId, useState, type ReactNode } from 'react';

interface ChartFrameProps {
  title: string;
  /** What the numbers come from, shown under the chart: "Illustrative demo data", "UCDP GED 23.1". */
  sources: string[];
  /** The same numbers as an accessible table; its caption should be the title. */
  table: ReactNode;
  /** The chart itself; hidden from assistive technology, which gets the table instead. */
  children: ReactNode;
  actions?: ReactNode;
}

/** A chart with its title, its source line and a "Table" toggle that shows the same numbers as a table. */
export function ChartFrame({ title, sources, table, children, actions }: ChartFrameProps) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  return (
    <section className="chart-frame" aria-labelledby={titleId}>
      <div className="chart-frame__header">
        <h2 id={titleId} className="chart-frame__title">
          {title}
        </h2>
        <div className="chart-frame__actions">
          {actions}
          <button
            type="button"
            className="button button--small"
            aria-pressed={showTable}
            onClick={() => setShowTable((shown) => !shown)}
          >
            Table
          </button>
        </div>
      </div>
      {showTable ? (
        table
      ) : (
        <div className="chart-frame__chart" role="img" aria-label={`${title}. Choose Table for the numbers.`}>
          {children}
        </div>
      )}
      {sources.length > 0 ? <p className="chart-frame__source">Source: {sources.join('. ')}.</p> : null}
    </section>
  );
}
