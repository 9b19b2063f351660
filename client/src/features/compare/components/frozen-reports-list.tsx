import { Link } from 'react-router';
import type { FrozenReportSummary } from '@cpea/shared/comparison';
import { DataTable, type Column } from '../../../components/data-table';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatPeriod } from '../../../lib/format';
import { useFrozenReports } from '../api/get-frozen-reports';
import { formatTimestamp } from '../lib/report-format';

function rangeOf({ parameters: p }: FrozenReportSummary): string {
  if (!p.from && !p.to) return 'All periods';
  return `${p.from ? formatPeriod(p.from) : 'first'} – ${p.to ? formatPeriod(p.to) : 'latest'}`;
}

/** The reports frozen so far, newest first. `acronyms` names the missions by id where known. */
export function FrozenReportsList({ acronyms }: { acronyms: ReadonlyMap<number, string> }) {
  const reports = useFrozenReports();
  const columns: Column<FrozenReportSummary>[] = [
    {
      key: 'title',
      header: 'Title',
      rowHeader: true,
      cell: (report) => <Link to={`/reports/${report.id}`}>{report.title}</Link>,
    },
    {
      key: 'missions',
      header: 'Missions',
      cell: (report) => report.parameters.missions.map((id) => acronyms.get(id) ?? `#${id}`).join(', '),
    },
    { key: 'range', header: 'Range', nowrap: true, cell: rangeOf },
    { key: 'approved', header: 'Approved only', cell: (report) => (report.parameters.approvedOnly ? 'Yes' : 'No') },
    {
      key: 'frozen',
      header: 'Frozen',
      cell: (report) => `${formatTimestamp(report.frozenAt)} by ${report.createdBy?.displayName ?? 'a former user'}`,
    },
    { key: 'method', header: 'Methodology', nowrap: true, cell: (report) => report.methodologyVersion },
  ];
  return (
    <section className="report-section frozen-reports" aria-labelledby="frozen-reports-title">
      <h2 id="frozen-reports-title">Frozen reports</h2>
      {reports.isPending ? (
        <LoadingState label="Loading frozen reports…" />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.length === 0 ? (
        <EmptyState title="No frozen reports yet">
          <p>Freeze a comparison to keep its numbers exactly as they are today.</p>
        </EmptyState>
      ) : (
        <DataTable
          caption="Frozen reports, newest first"
          captionHidden
          columns={columns}
          rows={reports.data}
          rowKey={(report) => report.id}
        />
      )}
    </section>
  );
}
