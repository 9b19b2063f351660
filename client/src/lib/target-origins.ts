import type { IndicatorId } from '@cpea/shared/catalog';
import { boundOrigins, type BoundOrigin } from '@cpea/shared/scoring';
import type { ResolvedTarget, TargetSetting } from '@cpea/shared/targets';
import { formatPeriod } from './format';
import type { Translate } from './i18n';

/** Where each bound comes from, in words. */
export interface OriginWords {
  baseline: string;
  target: string;
}

/**
 * Where an indicator's baseline and target come from, in words, bound by bound (the shared
 * boundOrigins decides). `firstValuePeriod` is the period of the mission's first assessed
 * value of the indicator, named when the baseline written down does not say it.
 */
export function describeOrigins(
  id: IndicatorId,
  setting: TargetSetting | undefined,
  resolved: ResolvedTarget,
  firstValuePeriod: string | null,
  t: Translate,
): OriginWords {
  const origins = boundOrigins(id, setting, resolved);
  const source = setting?.baselineSource;
  const words = (origin: BoundOrigin, none: string): string => {
    switch (origin) {
      case 'mission':
        return t('targetsEditor.origins.setForMission');
      case 'catalog':
        return t('targetsEditor.origins.catalogDefault');
      case 'first_value': {
        const period = source?.kind === 'first_value' ? source.period : firstValuePeriod;
        return t('targetsEditor.origins.firstValueIn', { period: period ? formatPeriod(period) : '?' });
      }
      case 'window':
        return source?.kind === 'window'
          ? t('targetsEditor.origins.window', { from: formatPeriod(source.from), to: formatPeriod(source.to) })
          : t('targetsEditor.origins.setForMission');
      case 'half_of_baseline':
        return t('targetsEditor.origins.halfOfBaseline');
      case 'no_baseline':
        return t('targetsEditor.origins.noBaseline');
      case 'none':
        return none;
    }
  };
  return {
    baseline: words(origins.baseline, t('targetsEditor.origins.noneSet')),
    target: words(origins.target, t('targetsEditor.origins.noTargetSet')),
  };
}

/** The first period in which each indicator has a value, from periods in any order. */
export function firstValuePeriods(
  periods: readonly { period: string; values: Partial<Record<IndicatorId, number | null>> }[],
  compare: (a: string, b: string) => number,
): Partial<Record<IndicatorId, string>> {
  const first: Partial<Record<IndicatorId, string>> = {};
  for (const { period, values } of [...periods].sort((a, b) => compare(a.period, b.period))) {
    for (const [id, value] of Object.entries(values) as [IndicatorId, number | null][]) {
      if (value != null && first[id] == null) first[id] = period;
    }
  }
  return first;
}
