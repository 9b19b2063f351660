import { startTransition, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ComparisonQuery, ComparisonReport } from '@cpea/shared/comparison';
import { formatPeriod } from '../../lib/format';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useHasRole } from '../../features/auth/api/get-me';
import { useComparison } from '../../features/compare/api/get-comparison';
import { comparisonCsvUrl } from '../../features/compare/api/get-comparison-csv';
import { ComparisonForm } from '../../features/compare/components/comparison-form';
import { ComparisonReportView } from '../../features/compare/components/comparison-report';
import { FreezeReport } from '../../features/compare/components/freeze-report-form';
import { FrozenReportsList } from '../../features/compare/components/frozen-reports-list';
import type { MissionOption } from '../../features/compare/components/mission-picker';
import { ReportActions } from '../../features/compare/components/report-actions';
import {
  fieldErrors,
  parseSearch,
  searchFromSelection,
  selectionFromSearch,
  type FieldErrors,
} from '../../features/compare/lib/compare-params';
import { useMissions } from '../../features/missions/api/get-missions';
import { isApiError } from '../../lib/api';
import { useT, useTranslateMessage, type Translate } from '../../lib/i18n';
import '../../features/compare/compare.css';

function defaultTitle(report: ComparisonReport, t: Translate): string {
  const names = report.missions.map((m) => m.acronym);
  const missions = names.length <= 6 ? names.join(', ') : t('compareReport.manyMissions', { count: names.length });
  const first = report.parameters.from ?? report.trendSeries.periods[0];
  const last = report.parameters.to ?? report.trendSeries.periods.at(-1);
  const title =
    first && last
      ? t('compareReport.defaultTitleSpan', { missions, from: formatPeriod(first), to: formatPeriod(last) })
      : t('compareReport.defaultTitle', { missions });
  return title.slice(0, 200);
}

/**
 * The comparison found nothing to show. Under the approved-only default with drafts or submitted
 * assessments in the range, it says so and points to the switch that includes them.
 */
function NoAssessments({ report }: { report: ComparisonReport }) {
  const t = useT();
  const leftOut = report.missions.reduce((sum, m) => sum + (m.unapprovedLeftOut ?? 0), 0);
  if (!report.parameters.approvedOnly || leftOut === 0) {
    return (
      <EmptyState title={t('compareReport.noAssessments')}>
        <p>{t('compareReport.noAssessmentsText')}</p>
      </EmptyState>
    );
  }
  const label = t('compareForm.approvedOnly');
  return (
    <EmptyState title={t('compareReport.noApproved')}>
      <p>{t('compareReport.noApprovedText')}</p>
      <p>{t.plural('compareReport.noApprovedSwitch', leftOut, { switch: label })}</p>
      <p>
        <a
          href="#compare-approved"
          onClick={(event) => {
            // The switch is a checkbox: focus it rather than only scrolling to it.
            const box = document.getElementById('compare-approved');
            if (box) {
              event.preventDefault();
              box.focus();
              box.scrollIntoView({ block: 'center' });
            }
          }}
        >
          {t('compareReport.noApprovedLink', { switch: label })}
        </a>
      </p>
    </EmptyState>
  );
}

export function ComparePage() {
  const [searchParams] = useSearchParams();
  const t = useT();
  const translate = useTranslateMessage();
  const navigate = useNavigate();
  const search = searchParams.toString();
  const selection = useMemo(() => selectionFromSearch(new URLSearchParams(search)), [search]);
  const parsed = useMemo(() => parseSearch(new URLSearchParams(search)), [search]);
  const comparison = useComparison(parsed.query);
  const missions = useMissions({ includeArchived: true });
  const canFreeze = useHasRole('analyst');
  // The form is remounted from the address whenever either changes. The address alone is not
  // enough: Back can land before the submitted address ever rendered, and the form would keep
  // what was typed under the old address's key.
  const [submissions, setSubmissions] = useState(0);

  // Archived missions are offered only when the URL already names them, so a shared link still reads right.
  const options: MissionOption[] = useMemo(
    () => (missions.data ?? []).filter((m) => !m.archived || selection.missions.includes(m.id)),
    [missions.data, selection.missions],
  );
  const acronyms = useMemo(() => new Map((missions.data ?? []).map((m) => [m.id, m.acronym])), [missions.data]);

  const badRequest =
    parsed.query != null && comparison.isError && isApiError(comparison.error) && comparison.error.status === 400;
  let errors: FieldErrors | null = parsed.errors;
  if (badRequest && isApiError(comparison.error)) {
    errors = fieldErrors(comparison.error.issues);
    if (comparison.error.issues.length === 0) errors.other = [comparison.error.message];
  }
  const report = parsed.query != null && !comparison.isError ? comparison.data : undefined;
  const query: ComparisonQuery | null = parsed.query;

  return (
    <div className="page compare-page">
      <title>
        {report
          ? t('comparePage.reportTitle', { missions: report.missions.map((m) => m.acronym).join(', ') })
          : t('comparePage.title')}
      </title>
      <div className="page-header compare-page__intro">
        <div>
          <h1>{t('comparePage.heading')}</h1>
          <p className="page-header__lead">{t('comparePage.lead')}</p>
        </div>
      </div>

      {missions.isPending ? (
        <LoadingState label={t('overview.loading')} />
      ) : missions.isError ? (
        <ErrorState error={missions.error} onRetry={() => void missions.refetch()} />
      ) : (
        <ComparisonForm
          key={`${search}#${submissions}`}
          missions={options}
          initial={selection}
          errors={errors}
          onSubmit={(next) =>
            startTransition(() => {
              setSubmissions((count) => count + 1);
              void navigate({ search: `?${searchFromSelection(next)}` });
            })
          }
        />
      )}

      <div className="compare-page__report">
        {query == null ? (
          parsed.errors ? null : (
            <EmptyState title={t('compareReport.noComparison')}>
              <p>{t('compareReport.noComparisonText')}</p>
            </EmptyState>
          )
        ) : badRequest ? (
          <div className="form-error" role="alert">
            <p>{t('compareReport.notBuilt')}</p>
            <p>{t('compareReport.notBuiltText', { message: translate(comparison.error?.message ?? '') })}</p>
          </div>
        ) : comparison.isError ? (
          <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
        ) : !report ? (
          <LoadingState label={t('compareReport.building')} />
        ) : (
          <>
            <ReportActions csvUrl={comparisonCsvUrl(query)}>
              {canFreeze && !comparison.isPlaceholderData ? (
                <FreezeReport key={search} query={query} defaultTitle={defaultTitle(report, t)} />
              ) : null}
            </ReportActions>
            {comparison.isPlaceholderData ? <LoadingState label={t('compareReport.updating')} /> : null}
            {report.missions.every((m) => m.periodsCovered.count === 0) ? (
              <NoAssessments report={report} />
            ) : (
              <ComparisonReportView report={report} />
            )}
          </>
        )}
      </div>

      <FrozenReportsList acronyms={acronyms} />
    </div>
  );
}
