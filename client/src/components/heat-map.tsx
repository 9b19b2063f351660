import { TableScroll } from './data-table';
import type { HeatMapData } from './heat-map-export';
import { severityColour } from './severity-scale';
import './heat-map.css';
import { useCatalogText, useT } from '../lib/i18n';

interface HeatMapProps {
  data: HeatMapData;
  /** Names the table for screen readers. */
  caption: string;
  /** The header over the category names. */
  corner: string;
  /** Open scrolled to the last columns: the latest periods. */
  startAtEnd?: boolean;
}

/**
 * Challenge severity as a table coloured on one light-to-dark scale, the number in each cell,
 * with the scale as a legend beneath. The mission page's heat-map and the comparison's.
 */
export function HeatMap({ data, caption, corner, startAtEnd }: HeatMapProps) {
  return (
    <>
      <TableScroll label={caption} startAtEnd={startAtEnd}>
        <table className="data-table heat-map">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="heat-map__corner">
                {corner}
              </th>
              {data.columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.muted ? 'heat-map__column muted' : 'heat-map__column'}
                >
                  {column.marker}
                  <span className="visually-hidden">{column.label}</span>
                  <span aria-hidden="true">
                    {column.lines.map((line, i) => (
                      <span key={i} className="heat-map__line">
                        {line}
                      </span>
                    ))}
                  </span>
                  {column.note ? <span className="visually-hidden">{column.note}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="heat-map__category">
                  {row.name}
                </th>
                {row.cells.map((cell) => {
                  const colour = severityColour(cell.severity);
                  return (
                    <td
                      key={cell.key}
                      className={colour ? 'heat-map__cell' : 'heat-map__cell heat-map__cell--none'}
                      style={colour ? { background: colour.fill, color: colour.ink } : undefined}
                      title={cell.title}
                    >
                      {cell.text}
                      {cell.spoken ? <span className="visually-hidden"> {cell.spoken}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <HeatMapLegend />
    </>
  );
}

function HeatMapLegend() {
  const t = useT();
  const catalog = useCatalogText();
  return (
    <ul className="heat-map-legend" aria-label={t('charts.severityScale')}>
      {catalog.severities.map((label, severity) => {
        const colour = severityColour(severity);
        return (
          <li key={label}>
            <span
              className="heat-map-legend__swatch"
              style={{ background: colour?.fill, color: colour?.ink }}
              aria-hidden="true"
            >
              {severity}
            </span>
            {label}
          </li>
        );
      })}
      <li>
        <span className="heat-map-legend__swatch heat-map__cell--none" aria-hidden="true">
          —
        </span>
        {t('charts.notRated')}
      </li>
    </ul>
  );
}
