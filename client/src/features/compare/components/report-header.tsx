import type { ComparisonReport } from '@cpea/shared/comparison';
import { BANDS, BAND_LABELS, TREND_THRESHOLD, TREND_WINDOW, bandOf } from '@cpea/shared/scoring';
import { ASSOCIATION_MIN_N } from '@cpea/shared/statistics';
import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import { formatPeriod } from '../../../lib/format';
import { formatTimestamp } from '../lib/report-format';
import type { ReportSources } from '../lib/report-series';

interface ReportHeaderProps {
  report: ComparisonReport;
  sources: ReportSources;
}

/** `Off track 0–39, …`, found by asking the scoring code rather than restating its thresholds. */
function bandRanges(): string {
  return BANDS.map((band) => {
    const scores = Array.from({ length: 101 }, (_, score) => score).filter((score) => bandOf(score) === band);
    return `${BAND_LABELS[band]} ${scores[0]}–${scores[scores.length - 1]}`;
  }).join(', ');
}

function rangeText(report: ComparisonReport): string {
  const { from, to, periodType } = report.parameters;
  const unit = periodType === 'quarter' ? 'quarterly' : 'monthly';
  const assessed = report.trendSeries.periods;
  const start = from ?? assessed[0];
  const end = to ?? assessed[assessed.length - 1];
  if (!start || !end) return `No assessed period (${unit})`;
  const open = !from && !to ? ', every assessed period' : '';
  return `${formatPeriod(start)} – ${formatPeriod(end)} (${unit}${open})`;
}

/**
 * What a printed copy must say about itself: what was compared, over which range, on which data,
 * when, and by which method. Shown on screen too, so the screen and the paper agree.
 */
export function ReportHeader({ report, sources }: ReportHeaderProps) {
  const p = report.parameters;
  return (
    <header className="report-header">
      <h2 className="report-header__title">Comparison report</h2>
      <dl className="report-header__facts">
        <div className="report-header__wide">
          <dt>Missions</dt>
          <dd>{report.missions.map((m) => `${m.acronym} (${m.name})`).join('; ')}</dd>
        </div>
        <div>
          <dt>Range</dt>
          <dd>{rangeText(report)}</dd>
        </div>
        <div>
          <dt>Approved data only</dt>
          <dd>{p.approvedOnly ? 'Yes: draft and submitted assessments left out' : 'No: all assessments'}</dd>
        </div>
        <div>
          <dt>Generated</dt>
          <dd>{formatTimestamp(p.generatedAt)}</dd>
        </div>
        <div className="report-header__wide">
          <dt>Data sources</dt>
          <dd>
            <ul className="plain-list">
              {sources.illustrative.length > 0 ? (
                <li>
                  Illustrative demo data ({sources.illustrative.join(', ')}): invented values that show how the tool
                  works, not an assessment of any real operation.
                </li>
              ) : null}
              {sources.entered.length > 0 ? (
                <li>Assessments entered by mission analysts ({sources.entered.join(', ')}).</li>
              ) : null}
              {sources.ucdp.length > 0 ? (
                <li>
                  Violence and civilian-casualty counts for {sources.ucdp.join(', ')}: <cite>{UCDP_GED_CITATION}</cite>.
                </li>
              ) : null}
            </ul>
          </dd>
        </div>
        <div className="report-header__wide">
          <dt>Method</dt>
          <dd>
            Indicator score = 100 × clamp((value − baseline) / (target − baseline), 0, 1); KPI score = weighted mean of
            its scored indicators; overall = weighted mean of the KPI scores present. Bands: {bandRanges()}. Trend:
            least-squares slope over the last {TREND_WINDOW} scored periods, beyond ±{TREND_THRESHOLD} points per
            period. Challenge association is descriptive (association, not causation) and is not shown below n ={' '}
            {ASSOCIATION_MIN_N}. Methodology version {p.methodologyVersion}.
          </dd>
        </div>
      </dl>
    </header>
  );
}
