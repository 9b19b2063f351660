import { isPooledAssociation, type ComparisonReport } from '@cpea/shared/comparison';
import { useT } from '../../../lib/i18n';
import { missionStyles } from '../lib/mission-colours';
import { chartSourceLines, reportSources } from '../lib/report-series';
import { AssociationSection } from './association-section';
import { ChallengeHeatMap } from './challenge-heat-map';
import { ChallengeProfilesChart } from './challenge-profiles-chart';
import { KpiComparisonChart } from './kpi-comparison-chart';
import { MissionSummaryTable } from './mission-summary-table';
import { NarrativeHighlights } from './narrative-highlights';
import { PooledAssociationTable } from './pooled-association-table';
import { PrintPageMargins } from './print-page-margins';
import { ReportHeader } from './report-header';
import { TrendComparisonChart } from './trend-comparison-chart';

/**
 * The comparison report itself, from its payload alone: the live report and a frozen one render
 * the same way. Mission colours follow the report's mission order, on every chart.
 */
export function ComparisonReportView({ report }: { report: ComparisonReport }) {
  const t = useT();
  const styles = missionStyles(report.missions.map((m) => m.missionId));
  const sources = reportSources(report.missions);
  const sourceLines = chartSourceLines(sources, t);
  return (
    <article className="comparison-report" aria-label={t('compareReport.reportTitle')}>
      <PrintPageMargins header={`${t('compareReport.reportTitle')} · CPEA`} />
      <ReportHeader report={report} sources={sources} />

      <section className="report-section" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('compareReport.summaryTitle')}</h2>
        <MissionSummaryTable missions={report.missions} styles={styles} />
      </section>

      <div className="report-section">
        <KpiComparisonChart report={report} styles={styles} sources={sourceLines} />
      </div>
      <div className="report-section">
        <TrendComparisonChart report={report} styles={styles} sources={sourceLines} />
      </div>
      <div className="report-section">
        <ChallengeProfilesChart report={report} styles={styles} sources={sourceLines} />
      </div>
      <div className="report-section">
        <ChallengeHeatMap report={report} styles={styles} sources={sourceLines} />
      </div>

      {isPooledAssociation(report.association) ? (
        <PooledAssociationTable association={report.association} version={report.parameters.methodologyVersion} />
      ) : (
        <AssociationSection association={report.association} sources={sourceLines} />
      )}
      <NarrativeHighlights report={report} styles={styles} />
    </article>
  );
}
