import { Link } from 'react-router';
import type { FrozenReportSummary } from '@cpea/shared/comparison';
import { DataTable, type Column } from '../../../components/data-table';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatPeriod } from '../../../lib/format';
import { useT, type Translate } from '../../../lib/i18n';
import { useFrozenReports } from '../api/get-frozen-reports';
import { formatTimestamp } from '../lib/report-format';

function rangeOf({ parameters: p }: FrozenReportSummary, t: Translate): string {
  if (!p.from && !p.to) return t('compareReport.allPeriods');
  const from = p.from ? formatPeriod(p.from) : t('compareReport.firstPeriod');
  const to = p.to ? formatPeriod(p.to) : t('compareReport.latestPeriod');
  return `${from} – ${to}`;
}

/** The reports frozen so far, newest first. `acronyms` names the missions by id where known. */
export function FrozenReportsList({ acronyms }: { acronyms: ReadonlyMap<number, string> }) {
  const t = useT();
  const reports = useFrozenReports();
  const columns: Column<FrozenReportSummary>[] = [
    {
      key: 'title',
      header: t('compareReport.title'),
      rowHeader: true,
      sortValue: (report) => report.title,
      cell: (report) => <Link to={`/reports/${report.id}`}>{report.title}</Link>,
    },
    {
      key: 'missions',
      header: t('compareReport.missions'),
      filterText: (report) => report.parameters.missions.map((id) => acronyms.get(id) ?? `#${id}`).join(' '),
      cell: (report) => report.parameters.missions.map((id) => acronyms.get(id) ?? `#${id}`).join(', '),
    },
    {
      key: 'range',
      header: t('compareReport.range'),
      nowrap: true,
      sortValue: (report) => report.parameters.from ?? '',
      filterText: (report) => rangeOf(report, t),
      cell: (report) => rangeOf(report, t),
    },
    {
      key: 'approved',
      header: t('compareReport.approvedOnly'),
      cell: (report) => t(report.parameters.approvedOnly ? 'compareReport.yes' : 'compareReport.no'),
    },
    {
      key: 'frozen',
      header: t('compareReport.frozen'),
      sortValue: (report) => report.frozenAt,
      firstSort: 'descending',
      filterText: (report) => report.createdBy?.displayName ?? '',
      cell: (report) =>
        t('compareReport.frozenBy', {
          date: formatTimestamp(report.frozenAt),
          name: report.createdBy?.displayName ?? t('compareReport.formerUser'),
        }),
    },
    {
      key: 'method',
      header: t('compareReport.methodology'),
      nowrap: true,
      sortValue: (report) => report.methodologyVersion,
      cell: (report) => report.methodologyVersion,
    },
  ];
  return (
    <section className="report-section frozen-reports" aria-labelledby="frozen-reports-title">
      <h2 id="frozen-reports-title">{t('compareReport.frozenReports')}</h2>
      {reports.isPending ? (
        <LoadingState label={t('compareReport.loadingFrozen')} />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.length === 0 ? (
        <EmptyState title={t('compareReport.noFrozen')}>
          <p>{t('compareReport.noFrozenText')}</p>
        </EmptyState>
      ) : (
        <DataTable
          caption={t('compareReport.frozenCaption')}
          captionHidden
          columns={columns}
          rows={reports.data}
          rowKey={(report) => report.id}
          name={t('compareReport.frozenFilterName')}
        />
      )}
    </section>
  );
}
