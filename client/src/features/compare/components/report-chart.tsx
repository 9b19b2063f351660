import type { ReactNode } from 'react';
import { ChartFrame } from '../../../components/chart-frame';
import type { ChartBody } from '../../../components/chart-export';

interface ReportChartProps {
  title: string;
  sources: string[];
  table: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  /** Let the chart take the height of its content (heat-map, small multiples) instead of the fixed plot height. */
  autoHeight?: boolean;
  /** Draws the chart for PNG/SVG export when it is not SVG on screen (the heat-map). */
  exportBody?: () => ChartBody;
  /** False for a chart that already prints its numbers (the heat-map's cells). */
  printTable?: boolean;
  /** The numbers as printed, when the table view would print mostly empty. */
  printedTable?: ReactNode;
  /** 3 for a chart inside a report section that has its own heading. */
  headingLevel?: 2 | 3;
}

/**
 * A chart of the report in its frame. A printed report carries the numbers too: a copy of the
 * table view waits here, hidden on screen, and the print stylesheet shows it under the chart
 * (unless the reader has already switched the frame to its table).
 */
export function ReportChart({
  title,
  sources,
  table,
  children,
  actions,
  autoHeight,
  exportBody,
  printTable = true,
  printedTable,
  headingLevel,
}: ReportChartProps) {
  return (
    <div className="report-chart">
      <ChartFrame
        title={title}
        sources={sources}
        table={table}
        actions={actions}
        chartClassName={autoHeight ? 'chart-frame__chart--auto' : undefined}
        exportBody={exportBody}
        headingLevel={headingLevel}
      >
        {children}
      </ChartFrame>
      {printTable ? <div className="report-chart__print-table">{printedTable ?? table}</div> : null}
    </div>
  );
}
