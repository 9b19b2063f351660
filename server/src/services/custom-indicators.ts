import type { Indicator } from '@cpea/shared/catalog';
import {
  customIndicatorInputSchema,
  type CustomIndicator,
  type CustomIndicatorPatch,
  type ParsedCustomIndicatorInput,
} from '@cpea/shared/custom-indicators';
import type { Store } from '../db/store';
import type { StoredCustomIndicator } from '../db/custom-indicators-repo';
import { conflict, invalid, notFound } from '../domain-error';
import type { Actor } from './actor';
import { indicatorSetOf } from './indicator-set';
import { getMission } from './missions';
import { checkVersion, staleVersion } from './versions';

const answer = ({ rowId: _rowId, ...indicator }: StoredCustomIndicator): CustomIndicator => indicator;

export function listCustomIndicators(store: Store): CustomIndicator[] {
  return store.customIndicators.list().map(answer);
}

export function missionIndicators(store: Store, missionId: number): Indicator[] {
  getMission(store, missionId);
  return indicatorSetOf(store, missionId);
}

function getCustomIndicator(store: Store, id: string): StoredCustomIndicator {
  const indicator = store.customIndicators.get(id);
  if (!indicator) throw notFound(`Indicator ${id}`);
  return indicator;
}

export function createCustomIndicator(store: Store, actor: Actor, input: ParsedCustomIndicatorInput): CustomIndicator {
  return store.transaction(() => {
    if (input.missionId != null) getMission(store, input.missionId);
    if (store.customIndicators.get(input.id)) {
      throw conflict(`The indicator id ${input.id} is taken`, [
        { path: 'id', message: 'Another indicator has this id; choose another' },
      ]);
    }
    const created = store.customIndicators.insert(input);
    store.audit.record({
      userId: actor.userId,
      action: 'create',
      entity: 'indicator',
      entityId: created.rowId,
      before: null,
      after: answer(created),
    });
    return answer(created);
  });
}

/**
 * Changes what the patch names. Unit and direction are what its values mean: once it has
 * values they stay, and a different measure is a new indicator (retire this one, add another).
 */
export function updateCustomIndicator(
  store: Store,
  actor: Actor,
  id: string,
  { version, ...patch }: CustomIndicatorPatch,
): CustomIndicator {
  return store.transaction(() => {
    const current = getCustomIndicator(store, id);
    checkVersion('indicator', answer(current), version);
    const changesMeaning = (['unit', 'direction'] as const).filter(
      (key) => patch[key] !== undefined && patch[key] !== current[key],
    );
    if (changesMeaning.length > 0 && current.valueCount > 0) {
      throw conflict(
        `${current.nameEn} has ${current.valueCount} values: its ${changesMeaning.join(' and ')} cannot change. Retire it and add another indicator instead.`,
        changesMeaning.map((key) => ({
          path: key,
          message: `Values were entered under this ${key}; retire the indicator and add another`,
        })),
      );
    }
    const unit = patch.unit ?? current.unit;
    const merged = {
      ...current,
      ...patch,
      // A unit other than a number has its own range: switching to one drops the stated range.
      ...(unit !== 'number' ? { unitLabel: null, min: null, max: null } : {}),
    };
    const checked = customIndicatorInputSchema.safeParse({
      id: current.id,
      missionId: current.missionId,
      nameEn: merged.nameEn,
      nameFr: merged.nameFr,
      kpi: merged.kpi,
      unit: merged.unit,
      unitLabel: merged.unitLabel,
      min: merged.min,
      max: merged.max,
      direction: merged.direction,
      kind: merged.kind,
      helpEn: merged.helpEn,
      helpFr: merged.helpFr,
      source: merged.source,
    });
    if (!checked.success) {
      throw invalid(
        'The indicator is not valid',
        checked.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    }
    const updated = store.customIndicators.update(id, current.version, checked.data);
    if (!updated) throw staleVersion('indicator', answer(current));
    store.audit.record({
      userId: actor.userId,
      action: 'update',
      entity: 'indicator',
      entityId: current.rowId,
      before: answer(current),
      after: answer(updated),
    });
    return answer(updated);
  });
}

/** Retires an indicator: it takes no new values; its history stays scored, charted and exported. */
export function retireCustomIndicator(store: Store, actor: Actor, id: string): CustomIndicator {
  return store.transaction(() => {
    const current = getCustomIndicator(store, id);
    if (current.retiredAt) throw conflict(`${current.nameEn} is already retired`);
    const retired = store.customIndicators.retire(id);
    store.audit.record({
      userId: actor.userId,
      action: 'retire',
      entity: 'indicator',
      entityId: current.rowId,
      before: answer(current),
      after: answer(retired),
    });
    return answer(retired);
  });
}
