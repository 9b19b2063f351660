import { isPooledAssociation, type ComparisonReport } from '@cpea/shared/comparison';
import type { CatalogText } from '@cpea/shared/i18n/catalog-text';
import { TREND_POINTS_PER_YEAR } from '@cpea/shared/method/trend';
import { BANDS, bandOf } from '@cpea/shared/scoring';
import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import { formatPeriod } from '../../../lib/format';
import { useCatalogText, useMissionName, useT, type Translate } from '../../../lib/i18n';
import { formatTimestamp } from '../lib/report-format';
import type { ReportSources } from '../lib/report-series';

interface ReportHeaderProps {
  report: ComparisonReport;
  sources: ReportSources;
}

/** `Off track 0–39, …`, found by asking the scoring code rather than restating its thresholds. */
function bandRanges(catalog: CatalogText): string {
  return BANDS.map((band) => {
    const scores = Array.from({ length: 101 }, (_, score) => score).filter((score) => bandOf(score) === band);
    return `${catalog.bands[band]} ${scores[0]}–${scores[scores.length - 1]}`;
  }).join(', ');
}

function rangeText(report: ComparisonReport, t: Translate): string {
  const { from, to, periodType } = report.parameters;
  const unit = t(periodType === 'quarter' ? 'compareReport.quarterly' : 'compareReport.monthly');
  const assessed = report.trendSeries.periods;
  const start = from ?? assessed[0];
  const end = to ?? assessed[assessed.length - 1];
  if (!start || !end) return t('compareReport.noAssessedPeriod', { unit });
  const span = { from: formatPeriod(start), to: formatPeriod(end), unit };
  return !from && !to ? t('compareReport.rangeSpanAll', span) : t('compareReport.rangeSpan', span);
}

/** How the report's association was worked out: the pooled one of a report frozen under 2026.1 says so. */
function associationMethodText(association: ComparisonReport['association'], t: Translate): string {
  if (isPooledAssociation(association)) return t('compareReport.methodAssociationPooled', { minN: association.minN });
  return t('compareReport.methodAssociation', {
    resamples: association.resamples,
    minAssessments: association.gapMinAssessments,
    minMissions: association.gapMinMissions,
  });
}

/**
 * What a printed copy must say about itself: what was compared, over which range, on which data,
 * when, and by which method. Shown on screen too, so the screen and the paper agree.
 */
export function ReportHeader({ report, sources }: ReportHeaderProps) {
  const t = useT();
  const missionName = useMissionName();
  const catalog = useCatalogText();
  const p = report.parameters;
  return (
    <header className="report-header">
      <h2 className="report-header__title">{t('compareReport.reportTitle')}</h2>
      <dl className="report-header__facts">
        <div className="report-header__wide">
          <dt>{t('compareReport.missions')}</dt>
          <dd>
            {report.missions.map((m) => `${m.acronym} (${missionName(m)})`).join(t('compareReport.listSeparator'))}
          </dd>
        </div>
        <div>
          <dt>{t('compareReport.range')}</dt>
          <dd>{rangeText(report, t)}</dd>
        </div>
        <div>
          <dt>{t('compareForm.approvedOnly')}</dt>
          <dd>{t(p.approvedOnly ? 'compareReport.approvedYes' : 'compareReport.approvedNo')}</dd>
        </div>
        {p.rescored ? (
          <div className="report-header__wide">
            <dt>{t('published.rescored')}</dt>
            <dd>{t('published.rescoredNote')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('compareReport.generated')}</dt>
          <dd>{formatTimestamp(p.generatedAt)}</dd>
        </div>
        <div className="report-header__wide">
          <dt>{t('compareReport.dataSources')}</dt>
          <dd>
            <ul className="plain-list">
              {sources.illustrative.length > 0 ? (
                <li>{t('compareReport.sourceIllustrative', { missions: sources.illustrative.join(', ') })}</li>
              ) : null}
              {sources.entered.length > 0 ? (
                <li>{t('compareReport.sourceEntered', { missions: sources.entered.join(', ') })}</li>
              ) : null}
              {sources.ucdp.length > 0 ? (
                <li>
                  {t('compareReport.sourceUcdp', { missions: sources.ucdp.join(', ') })}{' '}
                  <cite>{UCDP_GED_CITATION}</cite>.
                </li>
              ) : null}
            </ul>
          </dd>
        </div>
        <div className="report-header__wide">
          <dt>{t('compareReport.method')}</dt>
          <dd>
            {t('compareReport.methodText', {
              bands: bandRanges(catalog),
              threshold: TREND_POINTS_PER_YEAR,
            })}{' '}
            {associationMethodText(report.association, t)}{' '}
            {t('compareReport.methodologyVersion', { version: p.methodologyVersion })}
          </dd>
        </div>
      </dl>
    </header>
  );
}
