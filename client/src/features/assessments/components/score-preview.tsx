import { KPIS } from '@cpea/shared/catalog';
import type { AssessmentScore } from '@cpea/shared/scoring';
import { BandBadge } from '../../../components/band-badge';
import { formatCompleteness, formatScore } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';

/** The score the values typed so far would get, against the mission's baselines and targets. */
export function ScorePreview({ score }: { score: AssessmentScore }) {
  const t = useT();
  const catalog = useCatalogText();
  return (
    <section className="score-preview" aria-labelledby="score-preview-title">
      <h2 id="score-preview-title">{t('preview.heading')}</h2>
      <div className="score-preview__overall" aria-live="polite" aria-atomic="true">
        <span className="score-preview__label">{t('preview.overall')}</span>
        <span className="score-preview__number">{formatScore(score.overall)}</span>
        <BandBadge band={score.band} completeness={score.completeness} />
        <span className="score-preview__completeness">{formatCompleteness(score.completeness)}</span>
      </div>
      {score.overall != null && score.completeness < 1 ? (
        <p className="score-preview__flag">
          {t('preview.incomplete', { completeness: formatCompleteness(score.completeness) })}
        </p>
      ) : null}
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{t('preview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('preview.kpi')}</th>
            <th scope="col" className="num">
              {t('preview.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {KPIS.map((kpi) => {
            const kpiScore = score.kpis.find((k) => k.kpi === kpi.id);
            return (
              <tr key={kpi.id}>
                <th scope="row">{catalog.kpis[kpi.id].name}</th>
                <td className="num">
                  {kpiScore?.score == null ? t('preview.notScored') : formatScore(kpiScore.score)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="score-preview__note">{t('preview.note')}</p>
    </section>
  );
}
