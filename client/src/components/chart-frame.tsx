import { useId, useRef, useState, type ReactNode } from 'react';
import {
  collectChartBody,
  composeExportSvg,
  downloadPng,
  downloadSvg,
  fileNameOf,
  type ChartBody,
} from './chart-export';
import './chart-frame.css';
import { useT } from '../lib/i18n';

interface ChartFrameProps {
  title: string;
  /** The title drawn into exported images and their file names, when it needs more context (the mission). */
  exportTitle?: string;
  /** What the numbers come from, shown under the chart: "Illustrative demo data", "UCDP GED 23.1". */
  sources: string[];
  /** The same numbers as an accessible table; its caption should be the title. Not needed when the chart is a table. */
  table?: ReactNode;
  /** The chart itself; hidden from assistive technology, which gets the table instead. */
  children: ReactNode;
  actions?: ReactNode;
  /** The chart is itself an accessible table (a heat-map): shown as is, without a Table toggle. */
  chartIsTable?: boolean;
  /** Draws the chart for export when what is on screen is not SVG (the heat-map's table). */
  exportBody?: () => ChartBody;
  /** For a chart whose height is set by its content (small multiples) rather than the frame. */
  chartClassName?: string;
  headingLevel?: 2 | 3 | 4;
}

/**
 * A chart with its title, its source line, a "Table" toggle that shows the same numbers as a
 * table, and downloads as PNG or SVG with the title and source drawn in.
 */
export function ChartFrame({
  title,
  exportTitle,
  sources,
  table,
  children,
  actions,
  chartIsTable = false,
  exportBody,
  chartClassName,
  headingLevel = 2,
}: ChartFrameProps) {
  const [showTable, setShowTable] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const chart = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  const sourceLine = sources.length > 0 ? t('chart.source', { sources: sources.join('. ') }) : '';
  const chartShown = chartIsTable || !showTable;

  function exported() {
    const body = exportBody ? exportBody() : chart.current ? collectChartBody(chart.current) : null;
    if (!body || body.width === 0) throw new Error(t('chart.notDrawn'));
    const heading = exportTitle ?? title;
    return { ...composeExportSvg({ title: heading, source: sourceLine, body }), fileName: fileNameOf(heading) };
  }

  async function onDownload(format: 'png' | 'svg') {
    setExportError(null);
    try {
      const { svg, width, height, fileName } = exported();
      if (format === 'svg') downloadSvg(svg, fileName);
      else await downloadPng(svg, width, height, fileName, t);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : t('chart.exportFailed'));
    }
  }

  return (
    <section className="chart-frame" aria-labelledby={titleId}>
      <div className="chart-frame__header">
        <Heading id={titleId} className="chart-frame__title">
          {title}
        </Heading>
        <div className="chart-frame__actions">
          {actions}
          {chartShown ? (
            <>
              <button type="button" className="button button--small" onClick={() => void onDownload('png')}>
                {t('chart.downloadPng')}
              </button>
              <button type="button" className="button button--small" onClick={() => void onDownload('svg')}>
                {t('chart.downloadSvg')}
              </button>
            </>
          ) : null}
          {chartIsTable ? null : (
            <button
              type="button"
              className="button button--small"
              aria-pressed={showTable}
              onClick={() => setShowTable((shown) => !shown)}
            >
              {t('chart.table')}
            </button>
          )}
        </div>
      </div>
      {exportError ? (
        <p className="chart-frame__error" role="alert">
          {exportError}
        </p>
      ) : null}
      {chartIsTable ? (
        <div ref={chart} className={chartClassName}>
          {children}
        </div>
      ) : showTable ? (
        table
      ) : (
        <div
          ref={chart}
          className={['chart-frame__chart', chartClassName ?? ''].filter(Boolean).join(' ')}
          role="img"
          aria-label={t('chart.imgLabel', { title })}
        >
          {children}
        </div>
      )}
      {sourceLine ? <p className="chart-frame__source">{sourceLine}</p> : null}
    </section>
  );
}
