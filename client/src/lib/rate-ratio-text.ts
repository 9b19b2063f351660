import type { RateRatio } from '@cpea/shared/method/rate-ratio';
import { formulaNumber } from './format';
import type { Translate } from './i18n';

/**
 * A count's change against its baseline in words: "+180 % vs baseline" (never clamped, so worse
 * than baseline reads as such), the rate ratio with its 95 % interval, and how the interval was worked out.
 */
export function rateRatioText(
  rateRatio: RateRatio,
  t: Translate,
): { change: string; interval: string | null; method: string } {
  const { ratio, lower, upper } = rateRatio;
  const method =
    rateRatio.baselineEvents != null && rateRatio.baselinePeriods != null
      ? t('whyScore.rateRatioWindow', {
          events: formulaNumber(rateRatio.events),
          baselineEvents: formulaNumber(rateRatio.baselineEvents),
          periods: rateRatio.baselinePeriods,
        })
      : t('whyScore.rateRatioTyped', {
          events: formulaNumber(rateRatio.events),
          baseline: formulaNumber(rateRatio.baselineMean),
        });
  if (ratio == null || lower == null) return { change: t('whyScore.changeNoBaseline'), interval: null, method };
  const percent = Math.round((ratio - 1) * 100);
  const change =
    percent > 0
      ? t('whyScore.changeUp', { percent: formulaNumber(percent) })
      : percent < 0
        ? t('whyScore.changeDown', { percent: formulaNumber(-percent) })
        : t('whyScore.changeNone');
  const interval =
    upper == null
      ? t('whyScore.rateRatioOpen', { ratio: formulaNumber(ratio), lower: formulaNumber(lower) })
      : t('whyScore.rateRatio', {
          ratio: formulaNumber(ratio),
          lower: formulaNumber(lower),
          upper: formulaNumber(upper),
        });
  return { change, interval, method };
}
