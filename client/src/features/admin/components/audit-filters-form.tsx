import { useState, type FormEvent } from 'react';
import { AUDIT_ENTITIES } from '@cpea/shared/audit';
import type { Mission } from '@cpea/shared/mission';
import type { User } from '@cpea/shared/user';
import { FormField } from '../../../components/form-field';
import { useT } from '../../../lib/i18n';
import { auditEntityLabel } from '../lib/audit-labels';
import { parseAuditFilters, type AuditFilterField, type AuditFilterValues } from '../lib/audit-filters';

interface AuditFiltersFormProps {
  /** The filters in the address bar; the form starts from them. */
  initial: AuditFilterValues;
  users: readonly User[];
  missions: readonly Pick<Mission, 'id' | 'acronym'>[];
  onApply: (values: AuditFilterValues) => void;
  onClear: () => void;
}

/** Narrows the trail by entity, entity id, mission, user and dates; the page keeps the result in the URL. */
export function AuditFiltersForm({ initial, users, missions, onApply, onClear }: AuditFiltersFormProps) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<AuditFilterField, string>>>({});
  const set = (field: AuditFilterField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAuditFilters(values, t);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      const first = Object.keys(parsed.errors)[0];
      document.getElementById(`audit-filter-${first}`)?.focus();
      return;
    }
    setErrors({});
    onApply(values);
  };

  return (
    <form className="audit-filters" noValidate onSubmit={submit} aria-label={t('audit.filters')}>
      <div className="audit-filters__grid">
        <FormField id="audit-filter-entity" label={t('audit.entity')} error={errors.entity}>
          {(control) => (
            <select {...control} value={values.entity} onChange={set('entity')}>
              <option value="">{t('audit.anyEntity')}</option>
              {AUDIT_ENTITIES.map((entity) => (
                <option key={entity} value={entity}>
                  {auditEntityLabel(entity, t)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="audit-filter-id" label={t('audit.entityId')} error={errors.id}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="input--short"
              value={values.id}
              onChange={set('id')}
            />
          )}
        </FormField>
        <FormField id="audit-filter-mission" label={t('audit.mission')} error={errors.mission}>
          {(control) => (
            <select {...control} value={values.mission} onChange={set('mission')}>
              <option value="">{t('audit.anyMission')}</option>
              {missions.map((mission) => (
                <option key={mission.id} value={String(mission.id)}>
                  {mission.acronym}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="audit-filter-user" label={t('audit.user')} error={errors.user}>
          {(control) => (
            <select {...control} value={values.user} onChange={set('user')}>
              <option value="">{t('audit.anyone')}</option>
              {users.map((user) => (
                <option key={user.id} value={String(user.id)}>
                  {user.username} ({user.displayName})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="audit-filter-from" label={t('audit.from')} error={errors.from}>
          {(control) => <input {...control} type="date" value={values.from} onChange={set('from')} />}
        </FormField>
        <FormField id="audit-filter-to" label={t('audit.to')} error={errors.to}>
          {(control) => <input {...control} type="date" value={values.to} onChange={set('to')} />}
        </FormField>
      </div>
      <div className="audit-filters__actions">
        <button type="submit" className="button button--primary">
          {t('audit.apply')}
        </button>
        <button type="button" className="button" onClick={onClear}>
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
