import { INDICATORS, KPIS } from '@cpea/shared/catalog';
import type { AssessmentScore, DataQuality } from '@cpea/shared/scoring';

const kpiName = (id: string) => KPIS.find((kpi) => kpi.id === id)?.name ?? id;
const indicatorName = (id: string) => INDICATORS.find((indicator) => indicator.id === id)?.name ?? id;

/** A data-quality flag's detail in words, naming KPIs and indicators as the screen does. */
export function flagDetail(flag: DataQuality, score: AssessmentScore): string {
  switch (flag.flag) {
    case 'incomplete': {
      const missing = score.kpis.filter((kpi) => kpi.score == null).map((kpi) => kpiName(kpi.kpi));
      return `Built on ${score.kpis.length - missing.length} of ${score.kpis.length} KPIs; not scored: ${missing.join(', ')}`;
    }
    case 'outlier':
      return `Unusual against this mission’s own history (modified z-score above 3.5): ${flag.indicators.map(indicatorName).join(', ')}`;
    case 'inconsistent':
      return flag.detail;
    case 'outputs_only': {
      const kpis = score.kpis.filter((kpi) => kpi.outputsOnly).map((kpi) => kpiName(kpi.kpi));
      return `Scored only on outputs (activity, not effect): ${kpis.join(', ')}`;
    }
  }
}
