import { indicatorText, type CatalogText } from '@cpea/shared/i18n/catalog-text';
import { OUTLIER_WINDOW, OUTLIER_Z } from '@cpea/shared/method/outlier';
import type { AssessmentScore, DataQuality } from '@cpea/shared/scoring';
import { formatNumber } from '../lib/format';
import type { Translate } from '../lib/i18n';

/** How the shared scoring joins the broken cross-field rules in an 'inconsistent' flag's detail. */
const RULE_SEPARATOR = '; ';

/**
 * A data-quality flag's detail in words, naming KPIs and indicators as the screen does.
 * `translateMessage` turns each broken rule, which the shared scoring writes in English, into the screen's language.
 */
export function flagDetail(
  flag: DataQuality,
  score: AssessmentScore,
  t: Translate,
  catalog: CatalogText,
  translateMessage: (message: string) => string,
): string {
  switch (flag.flag) {
    case 'incomplete': {
      const missing = score.kpis.filter((kpi) => kpi.score == null).map((kpi) => catalog.kpis[kpi.kpi].name);
      return t('whyScore.flags.incomplete', {
        present: score.kpis.length - missing.length,
        total: score.kpis.length,
        missing: missing.join(', '),
      });
    }
    case 'outlier':
      return t('whyScore.flags.outlier', {
        z: formatNumber(OUTLIER_Z),
        window: OUTLIER_WINDOW,
        indicators: flag.indicators.map((id) => indicatorText(catalog, id).name).join(', '),
      });
    case 'recorded_surge':
      return t('whyScore.flags.recordedSurge', {
        window: OUTLIER_WINDOW,
        indicators: flag.indicators.map((id) => indicatorText(catalog, id).name).join(', '),
      });
    case 'inconsistent':
      return flag.detail.split(RULE_SEPARATOR).map(translateMessage).join(t('whyScore.flags.ruleSeparator'));
    case 'outputs_only': {
      const kpis = score.kpis.filter((kpi) => kpi.outputsOnly).map((kpi) => catalog.kpis[kpi.kpi].name);
      return t('whyScore.flags.outputsOnly', { kpis: kpis.join(', ') });
    }
  }
}
