import { Link } from 'react-router';
import type { ReportingGrid as Grid, ReportingStatus } from '@cpea/shared/reporting';
import { TableScroll } from '../../../components/data-table';
import { formatPeriod } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import '../reporting.css';

type GridOfType = Grid['grids'][number];

/** Active missions × periods, each cell a status in words (colour only repeats it). */
export function ReportingGrid({ grid }: { grid: GridOfType }) {
  const t = useT();
  return (
    <TableScroll>
      <table className="data-table reporting-grid">
        <caption>{t(grid.periodType === 'quarter' ? 'reporting.quarterly' : 'reporting.monthly')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.mission')}</th>
            {grid.periods.map((period) => (
              <th key={period} scope="col">
                {formatPeriod(period)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map(({ mission, cells }) => (
            <tr key={mission.id}>
              <th scope="row">
                <Link to={`/missions/${mission.id}`}>{mission.acronym}</Link>
              </th>
              {cells.map((cell) => (
                <td key={cell.period} className={`reporting-cell reporting-cell--${cell.status}`}>
                  <CellContent status={cell.status} missionId={mission.id} assessmentId={cell.assessmentId} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function CellContent({
  status,
  missionId,
  assessmentId,
}: {
  status: ReportingStatus;
  missionId: number;
  assessmentId: number | null;
}) {
  const t = useT();
  const label = t(`reporting.status.${status}`);
  if (assessmentId != null) return <Link to={`/missions/${missionId}#assessments`}>{label}</Link>;
  return <span>{label}</span>;
}
