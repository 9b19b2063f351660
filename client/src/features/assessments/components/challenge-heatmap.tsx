import { ChartFrame } from '../../../components/chart-frame';
import { TableScroll } from '../../../components/data-table';
import { ErrorState, LoadingState } from '../../../components/states';
import { useAssessments } from '../api/get-assessments';
import { buildChallengeHeatmap, heatmapSvgBody, type ChallengeHeatmap as Heatmap } from '../lib/challenge-heatmap';
import '../assessments.css';
import { useCatalogText, useT } from '../../../lib/i18n';

interface ChallengeHeatmapProps {
  missionId: number;
  sources: string[];
  subject?: string;
}

/** Challenge categories × periods as a table coloured light to dark, with the severity in each cell. */
export function ChallengeHeatmap({ missionId, sources, subject }: ChallengeHeatmapProps) {
  const assessments = useAssessments(missionId);
  const t = useT();
  const catalog = useCatalogText();
  const title = t('charts.heatmap');
  if (assessments.isPending) return <LoadingState label={t('charts.loadingChallenges')} />;
  if (assessments.isError) return <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />;
  const heatmap = buildChallengeHeatmap(assessments.data);
  if (heatmap.periods.length === 0) return null;
  return (
    <ChartFrame
      title={title}
      exportTitle={`${subject ? `${subject}: ` : ''}${title}${t('charts.heatmapScale')}`}
      sources={sources}
      chartIsTable
      exportBody={() => heatmapSvgBody(heatmap, t, catalog)}
    >
      <HeatmapTable heatmap={heatmap} />
      <HeatmapLegend />
    </ChartFrame>
  );
}

function HeatmapTable({ heatmap }: { heatmap: Heatmap }) {
  const t = useT();
  const catalog = useCatalogText();
  const severityLabel = (severity: number | null) =>
    severity == null ? t('charts.notRated') : (catalog.severities[severity] ?? String(severity));
  return (
    <TableScroll>
      <table className="data-table heatmap">
        <caption className="visually-hidden">{t('charts.heatmapCaption', { title: t('charts.heatmap') })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('charts.challenge')}</th>
            {heatmap.periods.map((period) => {
              const [first, second = ''] = period.label.split(' ');
              return (
                <th
                  key={period.period}
                  scope="col"
                  className={period.assessed ? 'heatmap__period' : 'heatmap__period muted'}
                >
                  <span className="visually-hidden">{period.label}</span>
                  <span aria-hidden="true">
                    {first}
                    <br />
                    {second}
                  </span>
                  {period.assessed ? null : <span className="visually-hidden">{t('charts.notAssessed')}</span>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.challenge.id}>
              <th scope="row" className="heatmap__challenge">
                {catalog.challenges[row.challenge.id].name}
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.period}
                  className={`heatmap__cell ${cell.severity == null ? 'heatmap__cell--none' : `sev--${cell.severity}`}`}
                  title={cell.note ? `${severityLabel(cell.severity)}: ${cell.note}` : severityLabel(cell.severity)}
                >
                  {cell.severity ?? '—'}
                  <span className="visually-hidden"> {severityLabel(cell.severity)}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function HeatmapLegend() {
  const t = useT();
  const catalog = useCatalogText();
  return (
    <ul className="heatmap-legend" aria-label={t('charts.severityScale')}>
      {catalog.severities.map((label, severity) => (
        <li key={label}>
          <span className={`heatmap-legend__swatch sev--${severity}`} aria-hidden="true">
            {severity}
          </span>
          {label}
        </li>
      ))}
      <li>
        <span className="heatmap-legend__swatch heatmap__cell--none" aria-hidden="true">
          —
        </span>
        {t('charts.notRated')}
      </li>
    </ul>
  );
}
