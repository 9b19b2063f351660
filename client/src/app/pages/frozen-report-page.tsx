import { Link } from 'react-router';
import { METHODOLOGY_VERSION, comparisonSearchParams } from '@cpea/shared/comparison';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { ErrorState, LoadingState } from '../../components/states';
import { useFrozenReport } from '../../features/compare/api/get-frozen-report';
import { ComparisonReportView } from '../../features/compare/components/comparison-report';
import { FrozenLiveComparison } from '../../features/compare/components/frozen-live-comparison';
import { ReportActions } from '../../features/compare/components/report-actions';
import { formatTimestamp } from '../../features/compare/lib/report-format';
import { isApiError } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useIdParam } from '../use-id-param';
import { NotFoundPage } from './not-found-page';
import '../../features/compare/compare.css';

/** A frozen comparison report: the stored payload, unchanged, with today's numbers beside it on request. */
export function FrozenReportPage() {
  const t = useT();
  const reportId = useIdParam('reportId');
  const frozen = useFrozenReport(reportId ?? undefined);

  if (reportId == null || (frozen.isError && isApiError(frozen.error) && frozen.error.status === 404)) {
    return <NotFoundPage what="report" />;
  }
  if (frozen.isPending) return <LoadingState label={t('compareReport.loadingReport')} />;
  if (frozen.isError) return <ErrorState error={frozen.error} onRetry={() => void frozen.refetch()} />;

  const r = frozen.data;
  return (
    <div className="page compare-page frozen-report-page">
      <title>{t('compareReport.pageTitle', { title: r.title })}</title>
      <Breadcrumbs items={[{ label: t('nav.compare'), to: '/compare' }, { label: r.title }]} />
      <div className="page-header">
        <div>
          <h1>{r.title}</h1>
          <p className="frozen-stamp">
            {t('compareReport.frozenOn', {
              date: formatTimestamp(r.frozenAt),
              name: r.createdBy?.displayName ?? t('compareReport.unknownUser'),
            })}{' '}
            {t('compareReport.methodologyVersion', { version: r.methodologyVersion })}
          </p>
        </div>
      </div>
      {r.methodologyVersion !== METHODOLOGY_VERSION ? (
        <p className="note" role="note">
          {t('compareReport.otherMethodology', { then: r.methodologyVersion, now: METHODOLOGY_VERSION })}
        </p>
      ) : null}
      <ReportActions>
        <Link className="button" to={`/compare?${comparisonSearchParams(r.parameters)}`}>
          {t('compareReport.openLive')}
        </Link>
      </ReportActions>
      <FrozenLiveComparison frozen={r.payload} live={r.live} liveUnavailableReason={r.liveUnavailableReason} />
      <ComparisonReportView report={r.payload} />
    </div>
  );
}
