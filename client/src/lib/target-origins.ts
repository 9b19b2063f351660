import { getIndicator, type IndicatorId } from '@cpea/shared/catalog';
import type { ResolvedTarget, TargetSetting } from '@cpea/shared/scoring';
import { formatPeriod } from './format';
import type { Translate } from './i18n';

export interface BoundOrigins {
  baseline: string;
  target: string;
}

/**
 * Where an indicator's baseline and target come from, in words, bound by bound: a mission may
 * set only a baseline and leave the target to the catalog rule (50 % of that baseline).
 * `firstValuePeriod` is the period of the mission's first assessed value of the indicator.
 */
export function describeOrigins(
  id: IndicatorId,
  setting: TargetSetting | undefined,
  resolved: ResolvedTarget,
  firstValuePeriod: string | null,
  t: Translate,
): BoundOrigins {
  const indicator = getIndicator(id);
  const rule = indicator.defaultTarget.rule;
  const setBaseline = setting?.baseline != null;
  const setTarget = setting?.target != null;
  const firstValue = firstValuePeriod
    ? t('targetsEditor.origins.firstValueIn', { period: formatPeriod(firstValuePeriod) })
    : t('targetsEditor.origins.firstValue');

  let baseline: string;
  if (setBaseline) baseline = t('targetsEditor.origins.setForMission');
  else if (rule === 'fixed') baseline = t('targetsEditor.origins.catalogDefault');
  else if (rule === 'first_value_halved')
    baseline = resolved.baseline == null ? t('targetsEditor.origins.notMeasured') : firstValue;
  else baseline = t('targetsEditor.origins.noneSet');

  let target: string;
  if (setTarget) target = t('targetsEditor.origins.setForMission');
  else if (rule === 'fixed') target = t('targetsEditor.origins.catalogDefault');
  else if (rule === 'first_value_halved') {
    target =
      resolved.target == null
        ? t('targetsEditor.origins.notMeasured')
        : setBaseline
          ? t('targetsEditor.origins.halfOfBaseline')
          : t('targetsEditor.origins.halfOfFirstValue');
  } else target = t('targetsEditor.origins.noTargetSet');

  return { baseline, target };
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
