import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import {
  LEAD_ORGANISATIONS,
  MISSION_TYPES,
  MISSION_TYPE_LABELS,
  SETTINGS,
  missionInputSchema,
  type Mission,
  type MissionInput,
} from '@cpea/shared/mission';
import { PERIOD_TYPES } from '@cpea/shared/periods';
import { CheckboxField, FieldError, FormField } from '../../../components/form-field';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { humanize } from '../../../lib/format';
import { useCreateMission } from '../api/create-mission';

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

export function MissionForm({ onCreated }: { onCreated: (mission: Mission) => void }) {
  const createMission = useCreateMission();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MissionFormValues>({ resolver: zodResolver(missionFormSchema), defaultValues: EMPTY });

  const onSubmit = handleSubmit(async (form) => {
    try {
      onCreated(await createMission.mutateAsync(toMissionInput(form)));
    } catch (error) {
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
      }
    }
  });

  const err = (name: FieldName) => errors[name]?.message;

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <div className="form-grid">
        <FormField id="mission-name" label="Name" error={err('name')} className="span-2">
          {(control) => <input {...control} type="text" autoComplete="off" {...register('name')} />}
        </FormField>
        <FormField id="mission-acronym" label="Acronym" error={err('acronym')} hint="For example MINUSCA">
          {(control) => <input {...control} type="text" autoComplete="off" {...register('acronym')} />}
        </FormField>
        <FormField
          id="mission-country"
          label="Country"
          error={err('country')}
          hint="Three-letter ISO 3166-1 alpha-3 code, for example CAF"
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
          label="Areas"
          error={err('areas')}
          hint="Admin-1 names, separated by commas; leave empty for the whole country"
          className="span-2"
        >
          {(control) => <input {...control} type="text" autoComplete="off" {...register('areas')} />}
        </FormField>
        <FormField id="mission-type" label="Mission type" error={err('missionType')}>
          {(control) => (
            <select {...control} {...register('missionType')}>
              <option value="">Choose…</option>
              {MISSION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {MISSION_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="mission-lead" label="Lead organisation" error={err('leadOrganisation')}>
          {(control) => (
            <select {...control} {...register('leadOrganisation')}>
              <option value="">Choose…</option>
              {LEAD_ORGANISATIONS.map((organisation) => (
                <option key={organisation} value={organisation}>
                  {organisation.length <= 4 ? organisation : humanize(organisation)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="mission-partners"
          label="Partners"
          error={err('partners')}
          hint="Separated by commas"
          className="span-2"
        >
          {(control) => <input {...control} type="text" autoComplete="off" {...register('partners')} />}
        </FormField>
        <FormField id="mission-setting" label="Setting" error={err('setting')}>
          {(control) => (
            <select {...control} {...register('setting')}>
              <option value="">Choose…</option>
              {SETTINGS.map((setting) => (
                <option key={setting} value={setting}>
                  {humanize(setting)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <CheckboxField
          id="mission-multi-ethnic"
          label="Multi-ethnic context"
          error={err('multiEthnic')}
          hint="Several ethnic or communal groups are party to the conflict"
        >
          {(control) => <input {...control} type="checkbox" {...register('multiEthnic')} />}
        </CheckboxField>
        <FormField id="mission-start" label="Start date" error={err('startDate')}>
          {(control) => <input {...control} type="date" {...register('startDate')} />}
        </FormField>
        <FormField id="mission-end" label="End date" error={err('endDate')} hint="Leave empty while the mission runs">
          {(control) => <input {...control} type="date" {...register('endDate')} />}
        </FormField>
        <fieldset
          className="field field--radios span-2"
          aria-describedby={err('periodType') ? 'mission-period-type-error' : undefined}
        >
          <legend className="field__label">Reporting period</legend>
          {PERIOD_TYPES.map((type) => (
            <label key={type} className="radio">
              <input type="radio" value={type} {...register('periodType')} />{' '}
              {type === 'quarter' ? 'Quarterly (2024Q1)' : 'Monthly (2024-03)'}
            </label>
          ))}
          {err('periodType') ? (
            <FieldError id="mission-period-type-error" message={err('periodType') as string} />
          ) : null}
        </fieldset>
        <FormField
          id="mission-mandate"
          label="Mandate"
          error={err('mandate')}
          hint="The mandate in brief, with its resolution number"
          className="span-2"
        >
          {(control) => <textarea {...control} rows={4} {...register('mandate')} />}
        </FormField>
      </div>
      <div className="form-actions">
        {errors.root?.server?.message || errors.root?.message ? (
          <p className="form-error" role="alert">
            {errors.root?.server?.message ?? errors.root?.message}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Creating…' : 'Create mission'}
        </button>
      </div>
    </form>
  );
}
