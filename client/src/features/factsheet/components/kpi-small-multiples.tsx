import { formatPeriod, formatScore } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';
import { smallMultiplePaths, type KpiSeries } from '../lib/factsheet';

const WIDTH = 160;
const HEIGHT = 56;

/** One KPI's score over the recent approved periods, on a fixed 0–100 scale. */
function KpiPlot({ series }: { series: KpiSeries }) {
  const t = useT();
  const catalog = useCatalogText();
  const { lines, dots } = smallMultiplePaths(series.points, WIDTH, HEIGHT);
  const name = catalog.kpis[series.kpi].name;
  const first = series.points[0]?.period;
  const last = series.points.at(-1)?.period;
  return (
    <figure className="kpi-multiple">
      <figcaption className="kpi-multiple__title">{name}</figcaption>
      <p className="kpi-multiple__latest">{formatScore(series.latest)}</p>
      <svg
        className="kpi-multiple__plot"
        viewBox={`-4 -4 ${WIDTH + 8} ${HEIGHT + 8}`}
        role="img"
        aria-label={t('factsheet.plotLabel', {
          kpi: name,
          first: formatPeriod(first),
          last: formatPeriod(last),
          latest: formatScore(series.latest),
        })}
      >
        <line className="kpi-multiple__axis" x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
        <line className="kpi-multiple__grid" x1={0} x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} />
        <line className="kpi-multiple__grid" x1={0} x2={WIDTH} y1={0} y2={0} />
        {lines.map((points) => (
          <polyline key={points} className="kpi-multiple__line" points={points} />
        ))}
        {dots.map((dot) => (
          <circle key={`${dot.x}`} className="kpi-multiple__dot" cx={dot.x} cy={dot.y} r={2.5} />
        ))}
      </svg>
      <p className="kpi-multiple__span">
        {first ? `${formatPeriod(first)} – ${formatPeriod(last)}` : t('factsheet.noScores')}
      </p>
    </figure>
  );
}

/** The four KPIs side by side, each on the same scale, then the same numbers as a table. */
export function KpiSmallMultiples({ kpis }: { kpis: readonly KpiSeries[] }) {
  const t = useT();
  const catalog = useCatalogText();
  const periods = kpis[0]?.points.map((point) => point.period) ?? [];
  return (
    <>
      <div className="kpi-multiples">
        {kpis.map((series) => (
          <KpiPlot key={series.kpi} series={series} />
        ))}
      </div>
      {periods.length > 0 ? (
        <div className="table-scroll factsheet__table">
          <table className="data-table">
            <caption>{t('factsheet.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('factsheet.period')}</th>
                {kpis.map((series) => (
                  <th key={series.kpi} scope="col" className="num">
                    {catalog.kpis[series.kpi].name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((period, i) => (
                <tr key={period}>
                  <th scope="row">{formatPeriod(period)}</th>
                  {kpis.map((series) => (
                    <td key={series.kpi} className="num">
                      {formatScore(series.points[i].score)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
