import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import {
  LEAD_ORGANISATIONS,
  MISSION_TYPES,
  SETTINGS,
  missionInputSchema,
  type Mission,
  type MissionChanges,
  type MissionInput,
} from '@cpea/shared/mission';
import { PERIOD_TYPES } from '@cpea/shared/periods';
import { CheckboxField, FieldError, FormField } from '../../../components/form-field';
import { SaveRefused, isStaleVersion } from '../../../components/save-refused';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { useCreateMission } from '../api/create-mission';
import { useUpdateMission } from '../api/update-mission';
import { useCatalogText, useT, useTranslateMessage } from '../../../lib/i18n';

/** What the form holds: lists as comma-separated text, choices possibly not yet made. */
interface MissionFormValues {
  name: string;
  acronym: string;
  country: string;
  areas: string;
  missionType: string;
  leadOrganisation: string;
  partners: string;
  setting: string;
  multiEthnic: boolean;
  mandate: string;
  nameFr: string;
  mandateFr: string;
  startDate: string;
  endDate: string;
  periodType: string;
}
type FieldName = keyof MissionFormValues;

const EMPTY: MissionFormValues = {
  name: '',
  acronym: '',
  country: '',
  areas: '',
  missionType: '',
  leadOrganisation: '',
  partners: '',
  setting: '',
  multiEthnic: false,
  mandate: '',
  nameFr: '',
  mandateFr: '',
  startDate: '',
  endDate: '',
  periodType: 'quarter',
};

const CHOOSE: Partial<Record<FieldName, string>> = {
  missionType: 'Choose the mission type',
  leadOrganisation: 'Choose the lead organisation',
  setting: 'Choose the setting',
  periodType: 'Choose quarterly or monthly reporting',
};

const splitList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function toMissionInput(form: MissionFormValues): MissionInput {
  return {
    ...form,
    areas: splitList(form.areas),
    partners: splitList(form.partners),
    endDate: form.endDate || null,
  } as MissionInput;
}

const FIELD_NAMES = new Set<string>(Object.keys(EMPTY));

/** The form filled with a stored mission, for editing it. */
function valuesOf(mission: Mission): MissionFormValues {
  return {
    name: mission.name,
    acronym: mission.acronym,
    country: mission.country,
    areas: mission.areas.join(', '),
    missionType: mission.missionType,
    leadOrganisation: mission.leadOrganisation,
    partners: mission.partners.join(', '),
    setting: mission.setting,
    multiEthnic: mission.multiEthnic,
    mandate: mission.mandate,
    nameFr: mission.nameFr,
    mandateFr: mission.mandateFr,
    startDate: mission.startDate,
    endDate: mission.endDate ?? '',
    periodType: mission.periodType,
  };
}

/**
 * Only the fields that differ from the mission as it was loaded: a save never writes back a
 * value someone else changed meanwhile in a field this person did not touch.
 */
function changedFields(mission: Mission, input: MissionInput): MissionChanges {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (JSON.stringify(value) !== JSON.stringify(mission[key as keyof Mission])) changes[key] = value;
  }
  return changes as MissionChanges;
}

/**
 * The form's own shape, checked by the shared mission schema: the lists are split and the
 * issues put back on the field they came from, so the rule is the server's, not a copy.
 */
const missionFormSchema = z
  .object({
    name: z.string(),
    acronym: z.string(),
    country: z.string(),
    areas: z.string(),
    missionType: z.string(),
    leadOrganisation: z.string(),
    partners: z.string(),
    setting: z.string(),
    multiEthnic: z.boolean(),
    mandate: z.string(),
    nameFr: z.string(),
    mandateFr: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    periodType: z.string(),
  })
  .superRefine((form, ctx) => {
    const result = missionInputSchema.safeParse(toMissionInput(form));
    if (result.success) return;
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '') as FieldName;
      const message =
        issue.code === 'invalid_value' && CHOOSE[field]
          ? (CHOOSE[field] as string)
          : field === 'startDate' && form.startDate === ''
            ? 'Start date is required'
            : issue.message;
      ctx.addIssue({ code: 'custom', path: [FIELD_NAMES.has(field) ? field : 'root'], message });
    }
  });

interface MissionFormProps {
  /** Set to edit this mission; otherwise the form creates one. */
  mission?: Mission;
  onSaved: (mission: Mission) => void;
  /** Throws away the form and loads the version someone else saved. */
  onReloadLatest?: () => void;
}

export function MissionForm({ mission, onSaved, onReloadLatest }: MissionFormProps) {
  const createMission = useCreateMission();
  const updateMission = useUpdateMission(mission?.id ?? 0);
  const t = useT();
  const catalog = useCatalogText();
  const translate = useTranslateMessage();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MissionFormValues>({
    resolver: zodResolver(missionFormSchema),
    defaultValues: mission ? valuesOf(mission) : EMPTY,
  });
  const [stale, setStale] = useState(false);

  const onSubmit = handleSubmit(async (form) => {
    setStale(false);
    try {
      const input = toMissionInput(form);
      if (!mission) {
        onSaved(await createMission.mutateAsync(input));
        return;
      }
      const changes = changedFields(mission, input);
      onSaved(
        Object.keys(changes).length === 0
          ? mission
          : await updateMission.mutateAsync({ ...changes, version: mission.version }),
      );
    } catch (error) {
      if (isStaleVersion(error)) {
        setStale(true);
        setError('root.server', { type: 'server', message: errorMessage(error) });
        return;
      }
      const unplaced: string[] = [];
      if (isApiError(error)) {
        for (const issue of error.issues) {
          const field = issue.path.split('.')[0];
          if (FIELD_NAMES.has(field)) setError(field as FieldName, { type: 'server', message: issue.message });
          else unplaced.push(issue.message);
        }
      }
      if (!isApiError(error) || error.issues.length === 0 || unplaced.length > 0) {
        setError('root.server', { type: 'server', message: [errorMessage(error), ...unplaced].join(' ') });
      } else if (error.status === 409) {
        // A conflict placed on a field still deserves its headline (the mission has assessments outside…).
        setError('root.server', { type: 'server', message: error.message });
      }
    }
  });

  const err = (name: FieldName) => errors[name]?.message;

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <div className="form-grid">
        <FormField id="mission-name" label={t('missionForm.name')} error={err('name')} className="span-2">
          {(control) => <input {...control} type="text" autoComplete="off" {...register('name')} />}
        </FormField>
        <FormField
          id="mission-acronym"
          label={t('missionForm.acronym')}
          error={err('acronym')}
          hint={t('missionForm.acronymHint')}
        >
          {(control) => <input {...control} type="text" autoComplete="off" {...register('acronym')} />}
        </FormField>
        <FormField
          id="mission-country"
          label={t('missionForm.country')}
          error={err('country')}
          hint={t('missionForm.countryHint')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              maxLength={3}
              className="input--short"
              {...register('country')}
            />
          )}
        </FormField>
        <FormField
          id="mission-areas"
          label={t('missionForm.areas')}
          error={err('areas')}
          hint={t('missionForm.areasHint')}
          className="span-2"
        >
          {(control) => <input {...control} type="text" autoComplete="off" {...register('areas')} />}
        </FormField>
        <FormField id="mission-type" label={t('missionForm.type')} error={err('missionType')}>
          {(control) => (
            <select {...control} {...register('missionType')}>
              <option value="">{t('missionForm.choose')}</option>
              {MISSION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {catalog.missionTypes[type]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="mission-lead" label={t('missionForm.lead')} error={err('leadOrganisation')}>
          {(control) => (
            <select {...control} {...register('leadOrganisation')}>
              <option value="">{t('missionForm.choose')}</option>
              {LEAD_ORGANISATIONS.map((organisation) => (
                <option key={organisation} value={organisation}>
                  {catalog.organisations[organisation]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="mission-partners"
          label={t('missionForm.partners')}
          error={err('partners')}
          hint={t('missionForm.partnersHint')}
          className="span-2"
        >
          {(control) => <input {...control} type="text" autoComplete="off" {...register('partners')} />}
        </FormField>
        <FormField id="mission-setting" label={t('missionForm.setting')} error={err('setting')}>
          {(control) => (
            <select {...control} {...register('setting')}>
              <option value="">{t('missionForm.choose')}</option>
              {SETTINGS.map((setting) => (
                <option key={setting} value={setting}>
                  {catalog.settings[setting]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <CheckboxField
          id="mission-multi-ethnic"
          label={t('missionForm.multiEthnic')}
          error={err('multiEthnic')}
          hint={t('missionForm.multiEthnicHint')}
        >
          {(control) => <input {...control} type="checkbox" {...register('multiEthnic')} />}
        </CheckboxField>
        <FormField id="mission-start" label={t('missionForm.startDate')} error={err('startDate')}>
          {(control) => <input {...control} type="date" {...register('startDate')} />}
        </FormField>
        <FormField
          id="mission-end"
          label={t('missionForm.endDate')}
          error={err('endDate')}
          hint={t('missionForm.endDateHint')}
        >
          {(control) => <input {...control} type="date" {...register('endDate')} />}
        </FormField>
        <fieldset
          className="field field--radios span-2"
          aria-describedby={err('periodType') ? 'mission-period-type-error' : undefined}
        >
          <legend className="field__label">{t('missionForm.reporting')}</legend>
          {PERIOD_TYPES.map((type) => (
            <label key={type} className="radio">
              <input type="radio" value={type} {...register('periodType')} />{' '}
              {type === 'quarter' ? t('missionForm.quarterly') : t('missionForm.monthly')}
            </label>
          ))}
          {err('periodType') ? (
            <FieldError id="mission-period-type-error" message={err('periodType') as string} />
          ) : null}
        </fieldset>
        <FormField
          id="mission-mandate"
          label={t('missionForm.mandate')}
          error={err('mandate')}
          hint={t('missionForm.mandateHint')}
          className="span-2"
        >
          {(control) => <textarea {...control} rows={4} {...register('mandate')} />}
        </FormField>
        <FormField
          id="mission-name-fr"
          label={t('missionForm.nameFr')}
          error={err('nameFr')}
          hint={t('missionForm.frenchHint')}
          className="span-2"
        >
          {(control) => <input {...control} type="text" autoComplete="off" lang="fr" {...register('nameFr')} />}
        </FormField>
        <FormField
          id="mission-mandate-fr"
          label={t('missionForm.mandateFr')}
          error={err('mandateFr')}
          className="span-2"
        >
          {(control) => <textarea {...control} rows={4} lang="fr" {...register('mandateFr')} />}
        </FormField>
      </div>
      <div className="form-actions">
        {errors.root?.server?.message || errors.root?.message ? (
          <SaveRefused
            message={translate(errors.root?.server?.message ?? errors.root?.message ?? '')}
            stale={stale}
            onReloadLatest={onReloadLatest}
          />
        ) : null}
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {mission
            ? isSubmitting
              ? t('missionForm.saving')
              : t('missionForm.save')
            : isSubmitting
              ? t('missionForm.creating')
              : t('missionForm.create')}
        </button>
      </div>
    </form>
  );
}
