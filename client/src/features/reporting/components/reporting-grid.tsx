import { Link } from 'react-router';
import { REPORTING_STATUSES, type ReportingGrid as Grid, type ReportingStatus } from '@cpea/shared/reporting';
import { DataTable, type Column } from '../../../components/data-table';
import { formatPeriod } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import '../reporting.css';

type GridOfType = Grid['grids'][number];
type GridRow = GridOfType['rows'][number];

/** Active missions × periods, each cell a status in words (colour only repeats it). */
export function ReportingGrid({ grid }: { grid: GridOfType }) {
  const t = useT();
  const columns: Column<GridRow>[] = [
    {
      key: 'mission',
      header: t('reporting.mission'),
      rowHeader: true,
      sortValue: ({ mission }) => mission.acronym,
      filterText: ({ mission }) => `${mission.acronym} ${mission.name}`,
      cell: ({ mission }) => <Link to={`/missions/${mission.id}`}>{mission.acronym}</Link>,
    },
    ...grid.periods.map((period, index): Column<GridRow> => ({
      key: period,
      header: formatPeriod(period),
      sortValue: ({ cells }) => REPORTING_STATUSES.indexOf(cells[index].status),
      filterText: ({ cells }) => t(`reporting.status.${cells[index].status}`),
      cellClassName: ({ cells }) => `reporting-cell reporting-cell--${cells[index].status}`,
      cell: ({ mission, cells }) => (
        <CellContent status={cells[index].status} missionId={mission.id} assessmentId={cells[index].assessmentId} />
      ),
    })),
  ];
  return (
    <DataTable
      caption={t(grid.periodType === 'quarter' ? 'reporting.quarterly' : 'reporting.monthly')}
      className="reporting-grid"
      columns={columns}
      rows={grid.rows}
      rowKey={({ mission }) => mission.id}
      name={t('reporting.filterName')}
    />
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
