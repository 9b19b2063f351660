import { KPIS } from '@cpea/shared/catalog';
import type { AssessmentScore } from '@cpea/shared/scoring';
import { BandBadge } from '../../../components/band-badge';
import { formatCompleteness, formatScore } from '../../../lib/format';

/** The score the values typed so far would get, against the mission's baselines and targets. */
export function ScorePreview({ score }: { score: AssessmentScore }) {
  return (
    <section className="score-preview" aria-labelledby="score-preview-title">
      <h2 id="score-preview-title">Score preview</h2>
      <div className="score-preview__overall" aria-live="polite" aria-atomic="true">
        <span className="score-preview__label">Overall</span>
        <span className="score-preview__number">{formatScore(score.overall)}</span>
        <BandBadge band={score.band} />
        <span className="score-preview__completeness">{formatCompleteness(score.completeness)}</span>
      </div>
      {score.overall != null && score.completeness < 1 ? (
        <p className="score-preview__flag">
          Incomplete: built on {formatCompleteness(score.completeness)}, not all four.
        </p>
      ) : null}
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">KPI scores for the values entered</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            <th scope="col" className="num">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {KPIS.map((kpi) => {
            const kpiScore = score.kpis.find((k) => k.kpi === kpi.id);
            return (
              <tr key={kpi.id}>
                <th scope="row">{kpi.name}</th>
                <td className="num">{kpiScore?.score == null ? 'Not scored' : formatScore(kpiScore.score)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="score-preview__note">
        Recomputed as you type with the same formulas as the server. Missing KPIs are left out of the overall score, not
        counted as zero.
      </p>
    </section>
  );
}
