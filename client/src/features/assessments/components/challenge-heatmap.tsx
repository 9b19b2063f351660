import { SEVERITY_LABELS } from '@cpea/shared/catalog';
import { ChartFrame } from '../../../components/chart-frame';
import { TableScroll } from '../../../components/data-table';
import { ErrorState, LoadingState } from '../../../components/states';
import { useAssessments } from '../api/get-assessments';
import { buildChallengeHeatmap, heatmapSvgBody, type ChallengeHeatmap as Heatmap } from '../lib/challenge-heatmap';
import '../assessments.css';

export const HEATMAP_TITLE = 'Challenge severity by period';

interface ChallengeHeatmapProps {
  missionId: number;
  sources: string[];
  subject?: string;
}

/** Challenge categories × periods as a table coloured light to dark, with the severity in each cell. */
export function ChallengeHeatmap({ missionId, sources, subject }: ChallengeHeatmapProps) {
  const assessments = useAssessments(missionId);
  if (assessments.isPending) return <LoadingState label="Loading challenges…" />;
  if (assessments.isError) return <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />;
  const heatmap = buildChallengeHeatmap(assessments.data);
  if (heatmap.periods.length === 0) return null;
  return (
    <ChartFrame
      title={HEATMAP_TITLE}
      exportTitle={`${subject ? `${subject}: ` : ''}${HEATMAP_TITLE} (0 none – 4 critical)`}
      sources={sources}
      chartIsTable
      exportBody={() => heatmapSvgBody(heatmap)}
    >
      <HeatmapTable heatmap={heatmap} />
      <HeatmapLegend />
    </ChartFrame>
  );
}

function HeatmapTable({ heatmap }: { heatmap: Heatmap }) {
  return (
    <TableScroll>
      <table className="data-table heatmap">
        <caption className="visually-hidden">{HEATMAP_TITLE}: severity from 0 (none) to 4 (critical)</caption>
        <thead>
          <tr>
            <th scope="col">Challenge</th>
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
                  {period.assessed ? null : <span className="visually-hidden"> (not assessed)</span>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.challenge.id}>
              <th scope="row" className="heatmap__challenge">
                {row.challenge.name}
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.period}
                  className={`heatmap__cell ${cell.severity == null ? 'heatmap__cell--none' : `sev--${cell.severity}`}`}
                  title={cell.note ? `${cell.label}: ${cell.note}` : cell.label}
                >
                  {cell.severity ?? '—'}
                  <span className="visually-hidden"> {cell.label}</span>
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
  return (
    <ul className="heatmap-legend" aria-label="Severity scale">
      {SEVERITY_LABELS.map((label, severity) => (
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
        Not rated
      </li>
    </ul>
  );
}
